/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
export interface paths {
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Applications
         * @description Retrieves all applications for the authenticated team.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Create Application
         * @description Creates a new application for identity management.
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Application
         * @description Retrieves details of a specific application by its ID.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        /**
         * Delete Application
         * @description Deletes an existing application.
         */
        delete: operations["deleteApplication"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/auth-flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Application Authentication Flows
         * @description Retrieves all authentication flows for a specific application.
         */
        get: operations["listApplicationAuthenticationFlows"];
        put?: never;
        /**
         * Create Authentication Flow
         * @description Creates a new authentication flow for an application.
         */
        post: operations["createAuthenticationFlow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/auth-flows/{authFlowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Authentication Flow
         * @description Deletes an existing authentication flow.
         */
        delete: operations["deleteAuthenticationFlow"];
        options?: never;
        head?: never;
        /**
         * Update Authentication Flow
         * @description Updates an existing authentication flow.
         */
        patch: operations["updateAuthenticationFlow"];
        trace?: never;
    };
    "/v1/applications/{applicationId}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Application Identities
         * @description Retrieves all identities associated with a specific application.
         */
        get: operations["listApplicationIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Identity Token
         * @description Creates an identity token for a specific application. This token is used to initiate
         *     an authentication flow for linking user identities to the application.
         *
         *     The callback URL must use HTTPS and is where the user will be redirected after authentication.
         */
        post: operations["createIdentityToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batch-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Batch Sessions
         * @description Lists all batch session requests for the authenticated team, with optional filtering
         *     by status and pagination support.
         */
        get: operations["listBatchSessions"];
        put?: never;
        /**
         * Create Batch Sessions
         * @description Creates multiple browser sessions in a single batch operation. This endpoint allows you to
         *     create up to 5,000 browser sessions simultaneously with the same configuration.
         *
         *     The batch will be processed asynchronously, and you can monitor progress using the batch status endpoint.
         */
        post: operations["createBatchSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batch-sessions/{batch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Batch Session Status
         * @description Retrieves detailed status information for a specific batch, including progress,
         *     individual session details, and any errors that occurred.
         */
        get: operations["getBatchSessionStatus"];
        put?: never;
        post?: never;
        /**
         * Delete Batch Sessions
         * @description Deletes all sessions in a batch. Running sessions will be terminated
         *     and all session data will be removed.
         */
        delete: operations["deleteBatchSessions"];
        options?: never;
        head?: never;
        /**
         * Update Batch Session
         * @description Updates a batch session. Supports cancelling a running or pending batch,
         *     which terminates all running sessions in the batch.
         */
        patch: operations["updateBatchSession"];
        trace?: never;
    };
    "/v1/batch-sessions/{batch_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry Failed Batch Sessions
         * @description Retries failed sessions in a batch by creating new browser pods for each
         *     failed session. The batch status will be set back to 'processing'.
         */
        post: operations["retryFailedBatchSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signal Event
         * @description Signals an event with associated data, unblocking any clients waiting for this event.
         *     This enables coordination between different browser sessions, workflows, or external processes.
         */
        post: operations["signalEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_name}/wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait for Event
         * @description Waits for a specific event to be signaled by another process, workflow, or session.
         *     This endpoint blocks until the event is signaled or the timeout is reached.
         *     Useful for coordinating between multiple browser sessions or workflows.
         */
        post: operations["waitForEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Extensions
         * @description Get all extensions for the authenticated user
         */
        get: operations["listExtensions"];
        put?: never;
        /**
         * Upload Extension
         * @description Upload a new browser extension as a ZIP file. The extension will be validated and stored for use in browser sessions.
         */
        post: operations["uploadExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extensions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Extension Details
         * @description Get details of a specific extension by its ID
         */
        get: operations["getExtensionDetails"];
        put?: never;
        post?: never;
        /**
         * Delete Extension
         * @description Delete an extension and remove it from storage
         */
        delete: operations["deleteExtension"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Identity
         * @description Creates a new identity with credentials for authentication.
         */
        post: operations["createIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Identity
         * @description Retrieves details of a specific identity by its ID.
         */
        get: operations["getIdentity"];
        /**
         * Update Identity
         * @description Updates an existing identity's name, metadata, or credentials.
         */
        put: operations["updateIdentity"];
        post?: never;
        /**
         * Delete Identity
         * @description Deletes an existing identity.
         */
        delete: operations["deleteIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{identityId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Identity Credentials
         * @description Retrieves the credentials for a specific identity. This endpoint returns sensitive credential data.
         */
        get: operations["getIdentityCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Integrations
         * @description Retrieves all integrations for the authenticated team.
         */
        get: operations["listIntegrations"];
        put?: never;
        /**
         * Create Integration
         * @description Creates a new integration with a third-party service like 1Password.
         *     The integration can then be used in browser sessions to automatically load secrets and credentials.
         */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Integration
         * @description Deletes an existing integration and removes its stored credentials.
         */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Profiles
         * @description Fetches all stored profiles.
         */
        get: operations["listProfiles"];
        put?: never;
        /**
         * Create Profile
         * @description Creates a new profile from a browser session. A Profile stores cookies, local storage, and cache.
         */
        post: operations["createProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile
         * @description Retrieves details of a specific profile by its name.
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        /**
         * Delete Profile
         * @description Deletes an existing profile by its name.
         */
        delete: operations["deleteProfile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sessions History Page
         * @description Retrieves a paginated list of sessions for the authenticated team with support for
         *     sorting and advanced filtering. This endpoint mirrors the backend session history-page
         *     filtering behavior.
         */
        get: operations["listSessionsHistoryPage"];
        put?: never;
        /**
         * Start Browser Session
         * @description Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha solving, proxy usage, and idle timeout.
         */
        post: operations["startBrowserSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End All Sessions
         * @description Terminates all active browser sessions associated with the provided API key.
         */
        delete: operations["endAllSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/all/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List All Sessions Status
         * @description Retrieves status information for all browser sessions associated with the API key.
         */
        get: operations["listSessionsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Sessions History
         * @description Retrieves a list of sessions for a team.
         */
        get: operations["getSessionsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/agent/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Agent Resources
         * @description List all resources that have been uploaded to the browser session for agent use.
         *     Returns resource metadata including name, size, type, and last modified timestamp.
         */
        get: operations["listAgentResources"];
        put?: never;
        /**
         * Upload Agent Resources
         * @description Upload files as agent resources to a browser session using multipart/form-data.
         *     If you upload a ZIP file, it will be automatically extracted and the files will be made available as agent resources.
         *     If you upload a single file, it will be saved directly as an agent resource.
         *     Resources are then accessible to AI agents for task completion and automation.
         */
        post: operations["uploadAgentResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/clipboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Clipboard Content
         * @description Retrieves the current content of the clipboard
         */
        get: operations["getClipboardContent"];
        put?: never;
        /**
         * Set Clipboard Content
         * @description Sets the content of the clipboard
         */
        post: operations["setClipboardContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy Selected Text
         * @description Copies the currently selected text to the clipboard
         */
        post: operations["copySelectedText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/drag-and-drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drag and Drop
         * @description Performs a drag and drop operation from start coordinates to end coordinates
         */
        post: operations["dragAndDrop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/goto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Navigate to URL
         * @description Navigates the browser session to the specified URL
         */
        post: operations["navigateToUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/keyboard/shortcut": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keyboard Shortcut
         * @description Performs a keyboard shortcut using the specified keys
         */
        post: operations["createShortcut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/keyboard/type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Type Text
         * @description Types the specified text with optional delay between keystrokes
         */
        post: operations["typeText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/mouse/click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mouse Click
         * @description Performs a mouse click at the specified coordinates
         */
        post: operations["clickMouse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/mouse/doubleClick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mouse Double Click
         * @description Performs a double click at the specified coordinates
         */
        post: operations["createDoubleClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/mouse/down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mouse Down
         * @description Performs a mouse button down action at the specified coordinates
         */
        post: operations["createDown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/mouse/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mouse Move
         * @description Moves the mouse cursor to the specified coordinates
         */
        post: operations["moveMouse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/mouse/up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mouse Up
         * @description Performs a mouse button up action at the specified coordinates
         */
        post: operations["createUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/paste": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Paste Text
         * @description Pastes text at the current cursor position
         */
        post: operations["pasteText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/screenshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Take Screenshot
         * @description Takes a screenshot of the current browser session and returns it as an image.
         */
        get: operations["takeScreenshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/scroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scroll
         * @description Performs a scroll action at the specified coordinates
         */
        post: operations["scroll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Files
         * @description Upload files directly to a browser session for use with web forms and file inputs.
         *
         *     Files are saved to the session's uploads directory and can be referenced in CDP commands.
         */
        post: operations["uploadFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Browser Session
         * @description Retrieves detailed information about a specific browser session.
         */
        get: operations["getBrowserSession"];
        put?: never;
        post?: never;
        /**
         * End Browser Session
         * @description Deletes the browser session associated with the provided browser session ID. Requires a valid API key for authentication.
         */
        delete: operations["endBrowserSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/agent/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause Agent
         * @description Pauses the AI agent for the specified browser session.
         */
        post: operations["pauseAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/agent/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume Agent
         * @description Resumes the AI agent for the specified browser session.
         */
        post: operations["resumeAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Session Downloads
         * @description Retrieves metadata of files downloaded during a browser session. Requires a valid API key for authentication.
         */
        get: operations["listSessionDownloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Browser Session Pages
         * @description Retrieves a list of pages associated with a specific browser session.
         */
        get: operations["getBrowserSessionPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Session Recordings
         * @description Retrieves the URLs of the browser session's video recordings. Requires a valid API key for authentication.
         */
        get: operations["listSessionRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/recordings/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause Session Recording
         * @description Pauses the video recording for the specified browser session.
         */
        post: operations["pauseSessionRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/recordings/primary/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session Recording
         * @description Downloads the primary recording file for the specified browser session. Returns the recording as an MP4 file.
         */
        get: operations["getSessionRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/recordings/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume Session Recording
         * @description Resumes the video recording for the specified browser session.
         */
        post: operations["resumeSessionRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tasks (Legacy)
         * @description Retrieves a paginated list of all tasks for the authenticated team. Tasks are returned
         *     with their latest version information and metadata.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create Task (Legacy)
         * @description Creates a new task or updates an existing task with the same name. Tasks are reusable code snippets
         *     that can be executed in browser sessions. Tasks support versioning with draft and published versions.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Task (Legacy)
         * @description Executes a task in a browser session. The task can be run with a specific version or the latest version.
         *     Optionally, you can provide an existing session ID or let the system create a new one.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        post: operations["runTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/run/{taskName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Task by Name (Legacy)
         * @description Executes a task by its name, always using the latest version. This is a convenience endpoint
         *     for running tasks without needing to know the task ID.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        post: operations["runTaskByName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Metadata (Legacy)
         * @description Retrieves task metadata without the code content. Useful for getting task information
         *     without downloading the full task code.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        get: operations["getTaskMetadata"];
        /**
         * Update Task Metadata (Legacy)
         * @description Updates task metadata (name and description). This does not affect the task code or versions.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        put: operations["updateTaskMetadata"];
        post?: never;
        /**
         * Delete Task (Legacy)
         * @description Soft deletes a task and all its versions. The task will no longer be accessible
         *     but the data is preserved for potential recovery.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/deploy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy Task (Legacy)
         * @description Deploys a task by creating a new version with auto-incremented version number.
         *     This is the recommended way to publish task changes.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        post: operations["deployTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Draft (Legacy)
         * @description Retrieves the draft version of a task, including the full code content.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        get: operations["getTaskDraft"];
        put?: never;
        /**
         * Create or Update Task Draft (Legacy)
         * @description Creates or updates the draft version of a task. Draft versions are used for development
         *     and testing before publishing.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        post: operations["createOrUpdateTaskDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Task Executions (Legacy)
         * @description Retrieves execution history for a task, including success/failure status,
         *     execution times, and outputs. Results can be filtered by version and status.
         *
         *     If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
         */
        get: operations["listTaskExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/executions/{executionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Execution Result (Legacy)
         * @description Retrieves a single execution result by its ID. This endpoint is useful for polling
         *     execution status in async mode or retrieving detailed execution information.
         *
         *     If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
         */
        get: operations["getTaskExecutionResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Latest Task Version (Legacy)
         * @description Retrieves the latest version of a task, including the full code content.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        get: operations["getLatestTaskVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Task Versions (Legacy)
         * @description Retrieves all versions of a specific task, including draft and published versions.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        get: operations["listTaskVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/{taskVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Version (Legacy)
         * @description Retrieves a specific version of a task, including the full code content.
         *
         *     If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
         */
        get: operations["getTaskVersion"];
        put?: never;
        /**
         * Publish Task Version (Legacy)
         * @description Publishes a specific version of a task. This creates a new version if it doesn't exist,
         *     or updates an existing version's metadata.
         *
         *     If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
         */
        post: operations["publishTaskVersion"];
        /**
         * Delete Task Version (Legacy)
         * @description Soft deletes a specific version of a task. The version will no longer be accessible
         *     but the data is preserved for potential recovery.
         *
         *     If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
         */
        delete: operations["deleteTaskVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tools/fetch-webpage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Webpage Content
         * @description Retrieve the rendered content of a webpage, optionally formatted as Markdown or HTML.
         */
        post: operations["getWebpageContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tools/page-pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Page PDF
         * @description Generates a PDF of the current page for a browser session and returns it as a binary PDF file.
         */
        post: operations["getPagePdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tools/perform-web-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform Web Task
         * @description Start from a URL and perform the given task.
         */
        post: operations["performWebTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tools/perform-web-task/{workflowId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Perform Web Task Status
         * @description Get the status of an asynchronous perform-web-task execution by workflow ID.
         */
        get: operations["getPerformWebTaskStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tools/screenshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screenshot Webpage
         * @description This endpoint captures a screenshot of the specified webpage using Chromium. Users can customize the viewport dimensions and capture options.
         */
        post: operations["createScreenshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tasks/runs/{runId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Run Status
         * @description Retrieves the current status and result of a task run in the non-deprecated Tasks endpoints.
         */
        get: operations["getTaskRunStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tasks/{taskId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a Task
         * @description Triggers execution of a task by ID using the non-deprecated Tasks endpoints.
         */
        post: operations["runTaskV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Anchor Proxy */
        AnchorProxy: {
            active: boolean;
            /**
             * anchor_proxy
             * @description Create a session with a proxy to access websites as if you're browsing from a computer in that country.
             * @enum {string}
             */
            type?: "anchor_proxy";
            /** @description Supported country codes ISO 2 lowercase */
            country_code?: components["schemas"]["AnchorProxyCountryCode"];
            /**
             * @description Region code for more specific geographic targeting.
             *     The city parameter can only be used when region is also provided.
             */
            region?: string;
            /**
             * @description City name for precise geographic targeting. Supported for anchor_proxy only.
             *     Can only be used when region is also provided.
             */
            city?: string;
        };
        /**
         * anchor_proxy
         * @default us
         * @enum {string}
         */
        AnchorProxyCountryCode:
            | "af" | "al" | "dz" | "ad" | "ao" | "as" | "ag" | "ar" | "am" | "aw" | "au" | "at"
            | "az" | "bs" | "bh" | "bb" | "by" | "be" | "bz" | "bj" | "bm" | "bo" | "ba" | "br"
            | "bg" | "bf" | "cm" | "ca" | "cv" | "td" | "cl" | "co" | "cg" | "cr" | "ci" | "hr"
            | "cu" | "cy" | "cz" | "dk" | "dm" | "do" | "ec" | "eg" | "sv" | "ee" | "et" | "fo"
            | "fi" | "fr" | "gf" | "pf" | "ga" | "gm" | "ge" | "de" | "gh" | "gi" | "gr" | "gd"
            | "gp" | "gt" | "gg" | "gn" | "gw" | "gy" | "ht" | "hn" | "hu" | "is" | "in" | "ir"
            | "iq" | "ie" | "il" | "it" | "jm" | "jp" | "jo" | "kz" | "kw" | "kg" | "lv" | "lb"
            | "ly" | "li" | "lt" | "lu" | "mk" | "ml" | "mt" | "mq" | "mr" | "mx" | "md" | "mc"
            | "me" | "ma" | "nl" | "nz" | "ni" | "ng" | "no" | "pk" | "pa" | "py" | "pe" | "ph"
            | "pl" | "pt" | "pr" | "qa" | "ro" | "lc" | "sm" | "sa" | "sn" | "rs" | "sc" | "sl"
            | "sk" | "si" | "so" | "za" | "kr" | "es" | "sr" | "se" | "ch" | "sy" | "st" | "tw"
            | "tj" | "tg" | "tt" | "tn" | "tr" | "tc" | "ua" | "ae" | "us" | "uy" | "uz" | "ve"
            | "ye";
        ApplicationIdentityItem: {
            /**
             * Format: uuid
             * @description Unique identifier for the identity
             */
            id?: string;
            /** @description Name of the identity */
            name?: string;
            /** @description Authentication flow associated with this identity */
            auth_flow?: string | null;
            /**
             * @description Status of the identity
             * @enum {string}
             */
            status?: "pending" | "validated" | "failed";
            /**
             * Format: date-time
             * @description Timestamp when the identity was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the identity was last updated
             */
            updated_at?: string;
        };
        ApplicationItem: {
            /**
             * Format: uuid
             * @description Unique identifier for the application
             */
            id?: string;
            /** @description Name of the application */
            name?: string;
            /** @description URL of the application */
            url?: string | null;
            /** @description Description of the application */
            description?: string | null;
            /** @description Number of identities associated with this application */
            identity_count?: number;
            /** @description Authentication methods available for this application */
            auth_methods?: string[];
            /** @description List of allowed domains for this application */
            allowed_domains?: string[];
            /**
             * Format: date-time
             * @description Timestamp when the application was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the application was last updated
             */
            updated_at?: string;
        };
        AuthFlowItem: {
            /**
             * Format: uuid
             * @description Unique identifier for the authentication flow
             */
            id?: string;
            /** @description Name of the authentication flow */
            name?: string;
            /** @description Description of the authentication flow */
            description?: string | null;
            /** @description Whether this is the recommended authentication flow */
            is_recommended?: boolean;
            /** @description Authentication methods in this flow */
            methods?: string[];
            /** @description Custom fields for this authentication flow */
            custom_fields?: components["schemas"]["CustomFieldDefinition"][];
            /**
             * Format: date-time
             * @description Timestamp when the authentication flow was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the authentication flow was last updated
             */
            updated_at?: string;
        };
        /** authenticator */
        AuthenticatorCredential: {
            /**
             * @description Credential type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "authenticator";
            /** @description TOTP secret for authenticator */
            secret: string;
            /** @description Optional OTP code */
            otp?: string;
        };
        BatchSessionDeleteResponseSchema: {
            /**
             * Format: uuid
             * @description Unique identifier for the batch
             */
            batch_id?: string;
            /** @description Number of sessions successfully deleted */
            deleted_sessions?: number;
            /** @description Number of sessions that failed to delete */
            failed_deletions?: number;
            /** @description Details of deletion failures (only present if there were failures) */
            errors?: {
                /** @description ID of the session that failed to delete */
                session_id?: string;
                /** @description Error message */
                error?: string;
            }[];
            /** @description Summary message of the deletion operation */
            message?: string;
        };
        BatchSessionItemSchema: {
            /** @description Index of this session within the batch (0-based) */
            item_index?: number;
            /**
             * Format: uuid
             * @description Unique identifier for the browser session (if created successfully)
             */
            session_id?: string;
            /**
             * @description Current status of this individual session
             * @enum {string}
             */
            status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
            /** @description CDP websocket connection URL (if session is ready) */
            cdp_url?: string;
            /** @description Live view URL for the session (if session is ready) */
            live_view_url?: string;
            /** @description Error message if session creation failed */
            error?: string;
            /** @description Number of times this session creation has been retried */
            retry_count?: number;
            /**
             * Format: date-time
             * @description Timestamp when session creation started
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when session creation completed
             */
            completed_at?: string;
            /** @description Session-specific metadata */
            metadata?: {
                [key: string]: unknown;
            };
        };
        BatchSessionListItemSchema: {
            /**
             * Format: uuid
             * @description Unique identifier for the batch
             */
            batch_id?: string;
            /**
             * @description Current status of the batch
             * @enum {string}
             */
            status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
            /** @description Total number of sessions requested */
            total_requests?: number;
            /** @description Number of sessions successfully completed */
            completed_requests?: number;
            /** @description Number of sessions that failed */
            failed_requests?: number;
            /**
             * Format: date-time
             * @description Timestamp when the batch was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the batch completed (if completed)
             */
            actual_completion_time?: string;
        };
        BatchSessionListResponseSchema: {
            /** @description Array of batch session summaries */
            batches?: components["schemas"]["BatchSessionListItemSchema"][];
            pagination?: {
                /** @description Current page number */
                current_page?: number;
                /** @description Total number of pages */
                total_pages?: number;
                /** @description Total number of batch records */
                total_records?: number;
                /** @description Whether there is a next page */
                has_next?: boolean;
                /** @description Whether there is a previous page */
                has_prev?: boolean;
            };
        };
        BatchSessionRequestSchema: {
            /** @description Number of sessions to create in the batch (1-1000) */
            count: number;
            /** @description Configuration that applies to all sessions in the batch */
            configuration?: components["schemas"]["SessionCreateRequestSchema"];
            /** @description Optional batch-level metadata for identification and organization */
            metadata?: {
                [key: string]: unknown;
            };
        };
        BatchSessionResponseSchema: {
            /**
             * Format: uuid
             * @description Unique identifier for the batch
             */
            batch_id?: string;
            /**
             * @description Current status of the batch
             * @enum {string}
             */
            status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
            /** @description Total number of sessions requested in the batch */
            total_requests?: number;
            /**
             * Format: date-time
             * @description Timestamp when the batch was created
             */
            created_at?: string;
        };
        BatchSessionRetryRequestSchema: {
            /**
             * @description Whether to only retry failed sessions
             * @default true
             */
            retry_failed_only?: boolean;
            /**
             * @description Maximum number of attempts per failed session. Each session is retried up to this many times, stopping on first success.
             * @default 1
             */
            max_retries?: number;
        };
        BatchSessionRetryResponseSchema: {
            /**
             * Format: uuid
             * @description Unique identifier for the batch
             */
            batch_id?: string;
            /**
             * @description Current status of the batch after retry
             * @enum {string}
             */
            status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
            /** @description Number of sessions that were retried */
            retried_sessions?: number;
            /** @description Summary message */
            message?: string;
        };
        BatchSessionStatusResponseSchema: {
            /**
             * Format: uuid
             * @description Unique identifier for the batch
             */
            batch_id?: string;
            /**
             * @description Current status of the batch
             * @enum {string}
             */
            status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
            /** @description Total number of sessions requested */
            total_requests?: number;
            /** @description Number of sessions successfully created */
            completed_requests?: number;
            /** @description Number of sessions that failed to create */
            failed_requests?: number;
            /** @description Number of sessions currently being processed */
            processing_requests?: number;
            /** @description Number of sessions waiting to be processed */
            pending_requests?: number;
            /**
             * Format: date-time
             * @description Timestamp when the batch was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the batch completed (if completed)
             */
            actual_completion_time?: string;
            /** @description Error message if batch failed */
            error?: string;
            /** @description Array of individual session details */
            sessions?: components["schemas"]["BatchSessionItemSchema"][];
            progress?: {
                /** @description Completion percentage (0-100) */
                percentage?: number;
                /**
                 * @description Current processing phase
                 * @enum {string}
                 */
                current_phase?: "queued" | "provisioning" | "configuring" | "ready";
            };
        };
        BatchSessionUpdateRequestSchema: {
            /**
             * @description Target status for the batch
             * @enum {string}
             */
            status: "cancelled";
        };
        BatchSessionUpdateResponseSchema: {
            /**
             * Format: uuid
             * @description Unique identifier for the batch
             */
            batch_id?: string;
            /**
             * @description New status of the batch
             * @enum {string}
             */
            status?: "cancelled";
            /** @description Number of running sessions that were terminated */
            cancelled_sessions?: number;
            /** @description Summary message */
            message?: string;
        };
        /** @description Browser-specific configurations. */
        BrowserConfig: {
            /** @description Options for managing and persisting browser session profiles. */
            profile?: {
                /** @description The name of the profile to be used during the browser session. */
                name?: string;
                /** @description Indicates whether the browser session profile data should be saved when the browser session ends. Defaults to `false`. */
                persist?: boolean;
            };
            /** @description Configuration for ad-blocking. */
            adblock?: {
                /** @description Enable or disable ad-blocking. Defaults to `true`. */
                active?: boolean;
            };
            /** @description Configuration for popup blocking. */
            popup_blocker?: {
                /** @description Blocks popups, including ads and CAPTCHA consent banners. Requires adblock to be active. Defaults to `true`. */
                active?: boolean;
            };
            /** @description Configuration for captcha-solving. */
            captcha_solver?: {
                /** @description Enable or disable captcha-solving. Requires proxy to be active. Defaults to `false`. */
                active?: boolean;
            };
            /** @description Configuration for headless mode. */
            headless?: {
                /** @description Whether browser should be headless or headful. Defaults to `false`. */
                active?: boolean;
            };
            /** @description Configuration for the browser's viewport size. */
            viewport?: {
                /** @description Width of the viewport in pixels. Defaults to `1440`. */
                width?: number;
                /** @description Height of the viewport in pixels. Defaults to `900`. */
                height?: number;
            };
            /** @description Configuration for fullscreen mode. */
            fullscreen?: {
                /** @description Enable or disable fullscreen mode. When enabled, the browser will start in fullscreen mode. Defaults to `false`. */
                active?: boolean;
            };
            /** @description Configuration for PDF viewer mode. */
            pdf_viewer?: {
                /** @description Enable or disable PDF viewer mode. When disabled, the browser will download PDFs instead of viewing them. Defaults to `true`. */
                active?: boolean;
            };
            /** @description Configuration for peer-to-peer download capture functionality. */
            p2p_download?: {
                /** @description Enable or disable P2P downloads. When enabled, the browser will capture downloads for direct data extraction, instead of uploading them on Anchor's storage. Defaults to `false`. */
                active?: boolean;
            };
            /** @description Array of extension IDs to load in the browser session. Extensions must be previously uploaded using the Extensions API. */
            extensions?: string[];
            /** @description Configuration for disabling web security features. */
            disable_web_security?: {
                /** @description Whether to disable web security features (CORS, same-origin policy, etc.). Allows accessing iframes and resources from different origins. Defaults to `false`. */
                active?: boolean;
            };
            /** @description Enables our dedicated patched Chromium build, designed to avoid bot detection and blocking. Works with Anchor Proxy enabled only. */
            extra_stealth?: {
                /** @description Enable or disable extra stealth mode. */
                active?: boolean;
            };
            /** @description Configuration for forcing popups to open as tabs instead of popup windows. */
            force_popups_as_tabs?: {
                /** @description Enable or disable forcing popups as tabs. Defaults to `false`. */
                active?: boolean;
            };
            /** @description Configuration for Cloudflare Web Bot Auth HTTP message signing. Enables authentication with websites that require Cloudflare's web bot authentication. */
            web_bot_auth?: {
                /** @description Enable or disable web bot auth. Defaults to `false`. */
                active?: boolean;
            };
            /** @description Configuration for browser tracing and debugging capabilities. */
            tracing?: {
                /** @description Enable or disable tracing. Defaults to `true`. */
                active?: boolean;
                /** @description Enable or disable snapshot capture in traces. Defaults to `false`. */
                snapshots?: boolean;
                /** @description Enable or disable source code capture in traces. Defaults to `true`. */
                sources?: boolean;
            };
            /** @description Automatically detects and masks sensitive data (passwords, emails, phone numbers, credit card fields, tokens) in web pages. Supports custom CSS selectors globally or per site, and custom regex patterns. */
            sensitive_data_mask?: {
                /** @description Enable or disable sensitive data masking. Defaults to `false`. */
                active?: boolean;
                /** @description Additional CSS selectors to mask globally across all sites. Matched elements will be blurred. */
                custom_selectors?: string[];
                /** @description Per-site CSS selectors. Keys are hostnames (supports wildcard prefix like `*.bank.com`), values are arrays of CSS selectors. Matched elements will be blurred. */
                site_selectors?: {
                    [key: string]: string[];
                };
                /** @description Custom regex patterns to detect and mask additional sensitive data types. */
                custom_patterns?: {
                    /** @description Regular expression pattern to match sensitive data. */
                    regex?: string;
                    /** @description Replacement string for matched text. Defaults to `****`. */
                    mask?: string;
                }[];
            };
        };
        ClipboardRequestSchema: {
            /** @description Text to set in the clipboard */
            text: string;
        };
        ClipboardResponseSchema: {
            data?: {
                /** @description Text content of the clipboard */
                text?: string;
            };
        };
        CoordinatesRequestSchema: {
            /** @description X coordinate */
            x: number;
            /** @description Y coordinate */
            y: number;
        };
        CopyResponseSchema: {
            /** @description The text that was copied */
            text?: string;
        };
        CreateApplicationRequest: {
            /**
             * Format: uri
             * @description The source URL of the application
             */
            source: string;
            /** @description Name of the application */
            name?: string;
            /** @description Description of the application */
            description?: string;
        };
        CreateApplicationResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the application
             */
            id?: string;
            /** @description Name of the application */
            name?: string;
            /** @description URL of the application */
            url?: string | null;
            /** @description Description of the application */
            description?: string | null;
            /**
             * Format: date-time
             * @description Timestamp when the application was created
             */
            created_at?: string;
        };
        CreateAuthFlowRequest: {
            /** @description Name of the authentication flow */
            name: string;
            /** @description Description of the authentication flow */
            description?: string;
            /** @description Whether this is the recommended authentication flow */
            is_recommended?: boolean;
            /** @description Authentication methods in this flow */
            methods: ("username_password" | "authenticator" | "custom")[];
            /** @description Custom fields for this authentication flow */
            custom_fields?: components["schemas"]["CustomFieldDefinition"][];
        };
        CreateAuthFlowResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the authentication flow
             */
            id?: string;
            /** @description Name of the authentication flow */
            name?: string;
            /** @description Description of the authentication flow */
            description?: string | null;
            /** @description Whether this is the recommended authentication flow */
            is_recommended?: boolean;
            /** @description Authentication methods in this flow */
            methods?: string[];
            /** @description Custom fields for this authentication flow */
            custom_fields?: components["schemas"]["CustomFieldDefinition"][];
            /**
             * Format: date-time
             * @description Timestamp when the authentication flow was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the authentication flow was last updated
             */
            updated_at?: string;
        };
        CreateIdentityRequest: {
            /** @description Name of the identity. Defaults to "Unnamed Identity" if not provided. */
            name?: string;
            /**
             * Format: uri
             * @description The source URL for the identity (e.g., login page URL)
             */
            source: string;
            /** @description Array of credentials for authentication */
            credentials: components["schemas"]["CredentialData"][];
            /** @description Optional metadata for the identity */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description Optional application name to associate with the identity */
            applicationName?: string;
            /** @description Optional application description */
            applicationDescription?: string;
        };
        CreateIdentityResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the identity
             */
            id?: string;
            /** @description Name of the identity */
            name?: string;
            /**
             * @description Status of the identity
             * @enum {string}
             */
            status?: "pending" | "validated" | "failed";
            /** @description Metadata associated with the identity */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Timestamp when the identity was created
             */
            created_at?: string;
        };
        CreateIdentityTokenRequest: {
            /**
             * Format: uri
             * @description The HTTPS URL where the user will be redirected after authentication. Must use HTTPS protocol.
             * @example https://example.com/callback
             */
            callbackUrl: string;
        };
        CreateIntegrationRequest: {
            /**
             * @description Name for the integration
             * @example My 1Password Integration
             */
            name: string;
            type: components["schemas"]["IntegrationType"];
            credentials: components["schemas"]["ServiceAccountCredentials"];
        };
        CreateTaskRequest: {
            /** @description Task name (letters, numbers, hyphens, and underscores only) */
            name: string;
            /** @description Base64 encoded task code (optional) */
            code?: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language: "typescript";
            /** @description Optional description of the task */
            description?: string;
            /** @description Browser configuration for task execution */
            browserConfiguration?: components["schemas"]["SessionConfig"];
        };
        CredentialData: components["schemas"]["UsernamePasswordCredential"] | components["schemas"]["AuthenticatorCredential"] | components["schemas"]["CustomCredential"];
        /** custom */
        CustomCredential: {
            /**
             * @description Credential type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "custom";
            /** @description Array of custom fields */
            fields: components["schemas"]["CustomFieldItem"][];
        };
        CustomFieldDefinition: {
            /** @description Name of the custom field */
            name: string;
        };
        CustomFieldItem: {
            /** @description Field name */
            name: string;
            /** @description Field value */
            value: string;
        };
        /** Custom Proxy */
        CustomProxy: {
            /** @enum {string} */
            type: "custom";
            /** @description Proxy address in **PROTOCOL://HOST:PORT** format (e.g., https://proxy.example.com:443). See [proxy page](/advanced/proxy#custom-proxy). */
            server: string;
            /** @description Proxy username */
            username: string;
            /** @description Proxy password */
            password: string;
            active: boolean;
        };
        DeleteApplicationResponse: {
            /** @description Whether the deletion was successful */
            success?: boolean;
        };
        DeleteAuthFlowResponse: {
            /** @description Whether the deletion was successful */
            success?: boolean;
        };
        DeleteIdentityResponse: {
            /** @description Deletion result message */
            message?: string;
        };
        DeleteTaskResponse: {
            data?: {
                /** @description Whether the deletion was successful */
                success: boolean;
                /** @description Deletion result message */
                message: string;
            };
        };
        DownloadItem: {
            /** @description The unique ID of the download record. */
            id?: string;
            /**
             * Format: uri
             * @description The URL to download the file from anchorbrowser servers. Requires api key authentication.
             */
            file_link?: string;
            /**
             * Format: uri
             * @description The URL used to download the file.
             */
            original_download_url?: string;
            /**
             * Format: uri
             * @description The original URL where the file was found.
             */
            origin_url?: string;
            /** @description The suggested file name for saving the file. */
            suggested_file_name?: string;
            /** @description The original file name before any modification. */
            original_file_name?: string;
            /** @description The time it took to process or download the file, in milliseconds. */
            duration?: number;
            /** @description The size of the file in bytes. */
            size?: number;
            /**
             * Format: date-time
             * @description The timestamp when the file record was created.
             */
            created_at?: string;
        };
        DownloadListResponse: {
            data?: {
                /** @description Total number of downloads */
                count?: number;
                items?: components["schemas"]["DownloadItem"][];
            };
        };
        DraftTaskRequest: {
            /** @description Base64 encoded task code */
            code: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language?: "typescript";
            /** @description Optional description of the version */
            description?: string;
            /** @description Browser configuration for task execution */
            browserConfiguration?: components["schemas"]["SessionConfig"];
        };
        DragDropRequestSchema: {
            /** @description Starting X coordinate */
            startX: number;
            /** @description Starting Y coordinate */
            startY: number;
            /** @description Ending X coordinate */
            endX: number;
            /** @description Ending Y coordinate */
            endY: number;
            /**
             * @description Mouse button to use
             * @enum {string}
             */
            button?: "left" | "middle" | "right";
        };
        ErrorResponse: {
            error?: {
                code?: number;
                message?: string;
            };
        };
        EventResponseSchema: {
            /**
             * @description The event data that was signaled
             * @example {
             *       "message": "Task completed",
             *       "result": "success",
             *       "timestamp": "2024-01-01T12:00:00Z"
             *     }
             */
            data?: {
                [key: string]: unknown;
            };
        };
        ExtensionListResponse: {
            data?: components["schemas"]["ExtensionResponseSchema"][];
        };
        ExtensionManifest: {
            name?: string;
            version?: string;
            manifest_version?: number;
            description?: string;
            permissions?: string[];
        } & {
            [key: string]: unknown;
        };
        ExtensionResponse: {
            data?: components["schemas"]["ExtensionResponseSchema"];
        };
        ExtensionResponseSchema: {
            /**
             * Format: uuid
             * @description Unique identifier for the extension
             */
            id?: string;
            /** @description Extension name */
            name?: string;
            manifest?: components["schemas"]["ExtensionManifest"];
            /**
             * Format: date-time
             * @description Timestamp when the extension was created
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Timestamp when the extension was last updated
             */
            updatedAt?: string;
        };
        FetchWebpageRequestSchema: {
            /** @description The URL of the webpage to fetch content from. When left empty, the current webpage is used. */
            url?: string;
            /**
             * @description The output format of the content.
             * @enum {string}
             */
            format?: "html" | "markdown";
            /** @description The time to wait for **dynamic** content to load in **milliseconds**. */
            wait?: number;
            /** @description Whether to create a new page for the content. */
            new_page?: boolean;
            /** @description The index of the page to fetch content from. **Overides new_page**. */
            page_index?: number;
            /** @description Whether to return partial content if the content is not loaded within the 20 seconds. */
            return_partial_on_timeout?: boolean;
        };
        GetApplicationResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the application
             */
            id?: string;
            /** @description Name of the application */
            name?: string;
            /** @description URL of the application */
            url?: string | null;
            /** @description Description of the application */
            description?: string | null;
            /** @description Number of identities associated with this application */
            identity_count?: number;
            /** @description Authentication methods available for this application */
            auth_methods?: string[];
            /** @description List of allowed domains for this application */
            allowed_domains?: string[];
            /**
             * Format: date-time
             * @description Timestamp when the application was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the application was last updated
             */
            updated_at?: string;
        };
        GetIdentityCredentialsResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the identity
             */
            id?: string;
            /** @description Name of the identity */
            name?: string;
            /** @description Source URL for the identity */
            source?: string;
            /** @description Array of credentials with sensitive data */
            credentials?: components["schemas"]["CredentialData"][];
        };
        GetIdentityResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the identity
             */
            id?: string;
            /** @description Name of the identity */
            name?: string;
            /** @description Source URL for the identity */
            source?: string;
            /**
             * @description Status of the identity
             * @enum {string}
             */
            status?: "pending" | "validated" | "failed";
            /** @description Metadata associated with the identity */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Timestamp when the identity was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the identity was last updated
             */
            updated_at?: string;
        };
        IdentityTokenResponse: {
            data?: {
                /** @description The generated identity token for authentication */
                token?: string;
                /**
                 * Format: date-time
                 * @description The timestamp when the token expires
                 */
                expires_at?: string;
                /** @description A hash of the token for verification purposes */
                token_hash?: string;
            };
        };
        Integration: components["schemas"]["OnePasswordIntegration"];
        IntegrationItem: {
            /**
             * Format: uuid
             * @description Unique integration ID
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            id?: string;
            /**
             * @description Integration name
             * @example My 1Password Integration
             */
            name?: string;
            type?: components["schemas"]["IntegrationType"];
            /**
             * @description Storage path for the integration
             * @example integrations/team-id/550e8400-e29b-41d4-a716-446655440000
             */
            path?: string;
            /**
             * Format: date-time
             * @description Timestamp when the integration was created
             * @example 2024-01-01T00:00:00.000Z
             */
            createdAt?: string;
        };
        IntegrationListResponse: {
            data?: {
                integrations?: components["schemas"]["IntegrationItem"][];
            };
        };
        IntegrationResponse: {
            data?: {
                integration?: components["schemas"]["IntegrationItem"];
            };
        };
        /**
         * @description The type of integration
         * @enum {string}
         */
        IntegrationType: "1PASSWORD";
        KeyboardShortcutRequestSchema: {
            /** @description Array of keys to press simultaneously */
            keys: string[];
            /** @description Time to hold the keys down in milliseconds */
            holdTime?: number;
        };
        ListApplicationAuthFlowsResponse: {
            auth_flows?: components["schemas"]["AuthFlowItem"][];
        };
        ListApplicationIdentitiesResponse: {
            identities?: components["schemas"]["ApplicationIdentityItem"][];
        };
        ListApplicationsResponse: {
            applications?: components["schemas"]["ApplicationItem"][];
        };
        MouseClickRequestSchema: components["schemas"]["CoordinatesRequestSchema"] & {
            /**
             * @description Mouse button to use
             * @enum {string}
             */
            button?: "left" | "middle" | "right";
        };
        /** @description Mouse click request. Must provide either (x, y) coordinates or a selector, but not both. */
        MouseSingleClickRequestSchema: {
            /** @description X coordinate */
            x?: number;
            /** @description Y coordinate */
            y?: number;
            /**
             * @description Mouse button to use
             * @enum {string}
             */
            button?: "left" | "middle" | "right";
            /** @description A valid CSS selector for the requested element */
            selector?: string;
            /** @description If a selector was passed, timeout in ms for waiting for the DOM element to be selected. Defaults to 5000 (5 seconds). */
            timeout?: number;
            /** @description If a selector was passed and multiple elements match the selector, the index of the element in the list (0-based). Defaults to 0. */
            index?: number;
        };
        NavigateRequestSchema: {
            /** @description The URL to navigate to */
            url: string;
        };
        OnePasswordAllSecretsConfig: {
            /**
             * @description Load all secrets from 1Password
             * @enum {string}
             */
            load_mode: "all";
        };
        OnePasswordConfig: components["schemas"]["OnePasswordAllSecretsConfig"] | components["schemas"]["OnePasswordSpecificSecretsConfig"];
        OnePasswordIntegration: {
            /**
             * Format: uuid
             * @description Unique integration ID
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description Integration type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "1PASSWORD";
            configuration: components["schemas"]["OnePasswordConfig"];
        };
        OnePasswordSpecificSecretsConfig: {
            /**
             * @description Load specific secrets from 1Password
             * @enum {string}
             */
            load_mode: "specific";
            /**
             * @description Array of secret references to load
             * @example [
             *       "op://vault/item/field"
             *     ]
             */
            secrets: string[];
        };
        PasteRequestSchema: {
            /** @description Text to paste */
            text: string;
        };
        /** async */
        PerformWebTaskAsyncResponseData: {
            /**
             * @description The status of the asynchronous task execution.
             * @enum {string}
             */
            status: "running";
            /** @description The workflow ID for tracking the asynchronous task execution. */
            workflow_id: string;
        };
        PerformWebTaskRequestSchema: {
            /** @description The URL of the webpage. If not provided, the tool will use the current page in the session. */
            url?: string;
            /** @description The task to be autonomously completed. */
            prompt: string;
            /**
             * @description The AI agent to use for task completion. Defaults to browser-use.
             * @enum {string}
             */
            agent?: "browser-use" | "openai-cua" | "gemini-computer-use" | "anthropic-cua";
            /**
             * @description The AI provider to use for task completion.
             * @enum {string}
             */
            provider?: "openai" | "gemini" | "groq" | "azure" | "xai";
            /** @description The specific model to use for task completion. see our [models](/agentic-browser-control/ai-task-completion#available-models) page for more information. */
            model?: string;
            /** @description Enable element detection for better interaction accuracy. Improves the agent's ability to identify and interact with UI elements. */
            detect_elements?: boolean;
            /** @description Allow human intervention during task execution. When enabled, the agent can request human input for ambiguous situations. */
            human_intervention?: boolean;
            /** @description Maximum number of steps the agent can take to complete the task. Defaults to 200. */
            max_steps?: number;
            /** @description Secret values to pass to the agent for secure credential handling. Keys and values are passed as environment variables to the agent. */
            secret_values?: {
                [key: string]: string;
            };
            /** @description Whether to highlight elements during task execution for better visibility. */
            highlight_elements?: boolean;
            /** @description JSON Schema defining the expected structure of the output data. */
            output_schema?: Record<string, never>;
            /**
             * @description Whether to run the task asynchronously. If true, the task will be run asynchronously and the response will include a workflow ID.
             * @default false
             */
            async?: boolean;
        };
        PerformWebTaskResponseSchema: {
            data?: components["schemas"]["PerformWebTaskSyncResponseData"] | components["schemas"]["PerformWebTaskAsyncResponseData"];
        };
        /** failed */
        PerformWebTaskStatusFailedResponseData: {
            /**
             * @description The workflow has failed.
             * @enum {string}
             */
            status: "FAILED";
            /** @description Error message describing why the workflow failed. */
            error: string;
        };
        PerformWebTaskStatusResponseSchema: {
            data: components["schemas"]["PerformWebTaskStatusSuccessResponseData"] | components["schemas"]["PerformWebTaskStatusRunningResponseData"] | components["schemas"]["PerformWebTaskStatusFailedResponseData"];
        };
        /** running */
        PerformWebTaskStatusRunningResponseData: {
            /**
             * @description The workflow is currently running.
             * @enum {string}
             */
            status: "RUNNING";
        };
        /** success */
        PerformWebTaskStatusSuccessResponseData: {
            /**
             * @description The workflow has completed successfully.
             * @enum {string}
             */
            status: "COMPLETED";
            /** @description The outcome or answer produced by the autonomous task. */
            result: Record<string, never>;
        };
        /** sync */
        PerformWebTaskSyncResponseData: {
            /** @description The outcome or answer produced by the autonomous task. */
            result: Record<string, never>;
        };
        ProfileListResponse: {
            data?: {
                /** @description Total number of profiles */
                count?: number;
                items?: components["schemas"]["ProfileResponseSchema"][];
            };
        };
        ProfileRequestSchema: {
            /** @description The name of the profile. */
            name: string;
            /** @description A description of the profile. */
            description?: string;
            /**
             * @description The source of the profile data. currently only `session` is supported.
             * @enum {string}
             */
            source?: "session";
            /**
             * Format: uuid
             * @description The browser session ID is required if the source is set to `session`. The browser session must be running, and the profile will be stored once the browser session terminates.
             */
            session_id?: string;
            /** @description Whether to use a dedicated sticky IP for this profile. Defaults to false. */
            dedicated_sticky_ip?: boolean;
        };
        ProfileResponse: {
            data?: components["schemas"]["ProfileResponseSchema"];
        };
        ProfileResponseSchema: {
            /** @description The name of the profile. */
            name?: string;
            /** @description A description of the profile. */
            description?: string;
            /**
             * @description The source of the profile data.
             * @enum {string}
             */
            source?: "session";
            /**
             * Format: uuid
             * @description The browser session ID used to create this profile, if applicable.
             */
            session_id?: string;
            /** @description The current status of the profile. */
            status?: string;
            /**
             * Format: date-time
             * @description The timestamp when the profile was created.
             */
            created_at?: string;
        };
        /** @description Proxy Documentation available at [Proxy Documentation](/advanced/proxy) */
        ProxyConfig: components["schemas"]["AnchorProxy"] | components["schemas"]["CustomProxy"];
        PublishVersionRequest: {
            /** @description Base64 encoded task code (required for new versions) */
            code?: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language?: "typescript";
            /** @description Optional description of the version */
            description?: string;
            /** @description Browser configuration for task execution */
            browserConfiguration?: components["schemas"]["SessionConfig"];
        };
        RecordingItem: {
            /** @description Unique identifier for the recording */
            id?: string;
            /** @description Indicates if this is the primary recording */
            is_primary?: boolean;
            /** @description URL to access the recording file */
            file_link?: string;
            /** @description Suggested filename for the recording */
            suggested_file_name?: string;
            /** @description Duration of the recording */
            duration?: string;
            /** @description Size of the recording file in bytes */
            size?: number;
            /**
             * Format: date-time
             * @description Timestamp when the recording was created
             */
            created_at?: string;
        };
        RecordingListResponse: {
            data?: {
                /** @description Total number of video recordings */
                count?: number;
                items?: components["schemas"]["RecordingItem"][];
            };
        };
        RunTaskByNameRequest: {
            /**
             * Format: uuid
             * @description Optional existing browser session ID to use for task execution
             */
            sessionId?: string;
            /** @description Whether to run the task asynchronously */
            async?: boolean;
            /** @description Override browser configuration for this execution */
            overrideBrowserConfiguration?: components["schemas"]["SessionConfig"];
            /** @description Environment variables for task execution (keys must start with ANCHOR_) */
            inputs?: {
                [key: string]: string;
            };
            /**
             * @description Whether to cleanup browser sessions after task execution. Defaults to true.
             * @default true
             */
            cleanupSessions?: boolean;
        };
        RunTaskRequest: {
            /**
             * Format: uuid
             * @description Task identifier
             */
            taskId: string;
            /** @description Version to run (draft, latest, or version number) */
            version?: string;
            /**
             * Format: uuid
             * @description Optional existing browser session ID to use for task execution
             */
            sessionId?: string;
            /** @description Whether to run the task asynchronously. */
            async?: boolean;
            /** @description Override browser configuration for this execution */
            overrideBrowserConfiguration?: components["schemas"]["SessionConfig"];
            /** @description Environment variables for task execution (keys must start with ANCHOR_) */
            inputs?: {
                [key: string]: string;
            };
            /**
             * @description Whether to cleanup browser sessions after task execution. Defaults to true.
             * @default true
             */
            cleanupSessions?: boolean;
        };
        RunTaskResponse: {
            data?: {
                /** @description Whether the task executed successfully */
                success: boolean;
                /** @description Whether the task was executed asynchronously */
                async: boolean;
                /** @description Execution result message */
                message: string;
                /**
                 * Format: uuid
                 * @description Task identifier
                 */
                taskId: string;
                /** @description Execution duration in milliseconds (only present in sync mode) */
                executionTime?: number;
                /** @description Task execution output (only present in sync mode) */
                output?: string;
                /** @description Error message if execution failed (only present in sync mode) */
                error?: string;
                /**
                 * Format: uuid
                 * @description Execution result identifier for tracking and polling (present in async mode)
                 */
                executionResultId?: string;
            };
        };
        RunTaskV2Request: {
            /** @description Key-value pairs of input parameters for the task */
            input_params: {
                [key: string]: string;
            };
            /** @description Optional identity ID to use for the task */
            identity_id?: string;
            /** @description Optional session ID to run the task in */
            session_id?: string;
            /** @description Whether to clean up sessions after execution */
            cleanup_sessions?: boolean;
        };
        ScreenshotRequestSchema: {
            /** @description The URL of the webpage to capture. */
            url?: string;
            /** @description The width of the browser viewport in pixels. */
            width?: number;
            /** @description The height of the browser viewport in pixels. */
            height?: number;
            /** @description Quality of the output image, on the range 1-100. 100 will not perform any compression. */
            image_quality?: number;
            /** @description Duration in milliseconds to wait after page has loaded, mainly used for sites with JS animations. */
            wait?: number;
            /** @description If true, scrolls the page and captures all visible content. */
            scroll_all_content?: boolean;
            /** @description If true, captures the entire height of the page, ignoring the viewport height. */
            capture_full_height?: boolean;
            /** @description Presigned S3 url target to upload the image to. */
            s3_target_address?: string;
        };
        ScrollRequestSchema: components["schemas"]["CoordinatesRequestSchema"] & {
            /** @description Horizontal scroll amount (positive is right, negative is left) */
            deltaX?: number;
            /** @description Vertical scroll amount (positive is down, negative is up) */
            deltaY: number;
            /** @description Number of steps to break the scroll into for smoother scrolling */
            steps?: number;
            /** @description Whether to use the OS scroll or the Playwright scroll */
            useOs?: boolean;
        };
        ServiceAccountCredentials: {
            /**
             * @description Credential type
             * @enum {string}
             */
            type: "serviceAccount";
            data: {
                /**
                 * @description Service account token
                 * @example ops_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                 */
                serviceAccount: string;
            };
        };
        /** @description Session-related configurations. */
        SessionConfig: {
            /**
             * Format: uri
             * @description The URL to navigate to when the browser session starts. If not provided, the browser will load an empty page.
             */
            initial_url?: string;
            /**
             * @description Custom labels to categorize and identify browser sessions. Useful for filtering, organizing, and tracking sessions across your workflows.
             * @example [
             *       "production",
             *       "scraping",
             *       "customer-123"
             *     ]
             */
            tags?: string[];
            /** @description Configuration for session recording. */
            recording?: {
                /** @description Enable or disable video recording of the browser session. Defaults to `true`. */
                active?: boolean;
            };
            proxy?: components["schemas"]["ProxyConfig"];
            /** @description Timeout configurations for the browser session. */
            timeout?: {
                /** @description Maximum time (in minutes) the session can run before automatically terminating. Defaults to `20`. Set to `-1` to disable this limit. */
                max_duration?: number;
                /** @description Time (in minutes) the session waits for new connections after all others are closed before stopping. Defaults to `5`. Set to `-1` to disable this limit. */
                idle_timeout?: number;
            };
            /** @description Configuration for live viewing the browser session. */
            live_view?: {
                /** @description Enable or disable read-only mode for live viewing. Defaults to `false`. */
                read_only?: boolean;
            };
        };
        SessionCreateRequestSchema: {
            session?: components["schemas"]["SessionConfig"];
            browser?: components["schemas"]["BrowserConfig"];
            /**
             * @description Array of integrations to load in the browser session. Integrations must be previously created using the Integrations API.
             * @example [
             *       {
             *         "id": "550e8400-e29b-41d4-a716-446655440000",
             *         "type": "1PASSWORD",
             *         "configuration": {
             *           "load_mode": "all"
             *         }
             *       }
             *     ]
             */
            integrations?: components["schemas"]["Integration"][];
            /**
             * @description Activates an authenticated session.
             * @example [
             *       {
             *         "id": "123e4567-e89b-12d3-a456-426614174000"
             *       }
             *     ]
             */
            identities?: {
                /** @description The identity ID to use for the browser session. */
                id?: string;
            }[];
        };
        SessionCreateResponseSchema: {
            data?: {
                /** @description Unique identifier for the browser session */
                id?: string;
                /** @description The CDP websocket connection string */
                cdp_url?: string;
                /** @description The browser session live view url */
                live_view_url?: string;
            };
        };
        SessionHistoryDataPoint: {
            /** @description Date/time period for this data point. */
            date?: string;
            /** @description Number of sessions created in this period. */
            session_count?: number;
            /** @description Total proxy bytes used in this period. */
            proxy_bytes?: number;
            /** @description Total AI steps taken in this period. */
            ai_steps?: number;
            /** @description Total session hours in this period (duration/3600). */
            session_hours?: number;
            /** @description Total credits used in this period. */
            credits_used?: number;
        };
        /** @description A single session record in paginated history listing. */
        SessionHistoryPageItem: {
            /** @description Unique session identifier. */
            id: string;
            /** @description Current session status. */
            status: string;
            /** @description Tags associated with the session. */
            tags?: string[] | null;
            /** @description Whether the session ran in headless mode. */
            headless: boolean;
            /** @description Whether recording was enabled for the session. */
            recording: boolean;
            /** @description Credits consumed by the session (number or decimal string), or `N/A` while still running. */
            used_credits: number | string | "N/A";
            /** @description Proxy bandwidth used in bytes. */
            proxy_bytes?: number | null;
            /** @description Proxy type configured for the session. */
            proxy_type?: string | null;
            /** @description Number of AI/browser steps recorded. */
            steps?: number | null;
            /** @description Session duration in seconds. */
            duration?: number | null;
            /**
             * Format: date-time
             * @description Session creation timestamp in UTC ISO 8601 format.
             */
            created_at: string;
            /** @description Full user configuration payload saved for the session. */
            user_configuration: {
                [key: string]: unknown;
            };
            /** @description Whether the session was initiated by a task execution. */
            task_initiated: boolean;
            /** @description Number of non-internal task executions associated with this session. */
            task_executions_count: number;
            /** @description Display name of the API key that created the session. */
            api_key_name: string;
            /** @description Browser/proxy IP observed for the session. */
            browser_ip: string | null;
            /** @description Domains observed during session execution. */
            domains?: string[] | null;
        };
        /** @description Paginated session history listing response. */
        SessionHistoryPageResponse: {
            data?: {
                /** @description Session records in the current page. */
                sessions: components["schemas"]["SessionHistoryPageItem"][];
                /** @description Total number of matching sessions. */
                total: number;
                /** @description Current page number. */
                page: number;
                /** @description Total number of pages. */
                total_pages: number;
            };
        };
        SessionHistoryPagination: {
            current_page?: number;
            total_pages?: number;
            total_records?: number;
            has_next?: boolean;
            has_prev?: boolean;
        };
        SessionHistoryResponse: {
            /** @description Historical data points. */
            data?: components["schemas"]["SessionHistoryDataPoint"][];
            summary?: components["schemas"]["SessionHistorySummary"];
            pagination?: components["schemas"]["SessionHistoryPagination"];
        };
        SessionHistorySummary: {
            /** @description Total number of sessions in the time range. */
            total_sessions?: number;
            /** @description Total proxy bytes used in the time range. */
            total_proxy_bytes?: number;
            /** @description Total AI steps taken in the time range. */
            total_ai_steps?: number;
            /** @description Total session hours in the time range. */
            total_session_hours?: number;
            /** @description Total credits used in the time range. */
            total_credits_used?: number;
        };
        SessionListResponse: {
            data?: {
                /** @description Total number of browser sessions */
                count?: number;
                items?: components["schemas"]["SessionStatus"][];
            };
        };
        SessionStatus: {
            /** @description Unique identifier for the browser session */
            session_id: string;
            /** @description Current status of the browser session */
            status: string;
            /** @description Custom labels assigned to this browser session */
            tags?: string[];
            /**
             * Format: date-time
             * @description Timestamp when the browser session was created
             */
            created_at: string;
        };
        SignalEventRequestSchema: {
            /**
             * @description Event data to be passed to waiting clients
             * @example {
             *       "message": "Task completed",
             *       "result": "success",
             *       "timestamp": "2024-01-01T12:00:00Z"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
        };
        SuccessResponse: {
            data?: {
                status?: string;
            };
        };
        Task: {
            /**
             * Format: uuid
             * @description Unique identifier for the task
             */
            id: string;
            /** @description Task name (letters, numbers, hyphens, and underscores only) */
            name: string;
            /**
             * Format: uuid
             * @description Team identifier that owns this task
             */
            teamId: string;
            /** @description Optional description of the task */
            description?: string;
            /** @description Latest version identifier (draft, latest, or version number) */
            latestVersion: string;
            /** @description Base64 encoded task code */
            code: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language: "typescript";
            /** @description Browser configuration for task execution */
            browserConfiguration?: components["schemas"]["SessionConfig"];
            /** @description Whether the task is soft deleted */
            deleted: boolean;
            /**
             * Format: date-time
             * @description Task creation timestamp
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Task last update timestamp
             */
            updatedAt: string;
        };
        TaskExecutionResult: {
            /**
             * Format: uuid
             * @description Unique identifier for the execution result
             */
            id: string;
            /**
             * Format: uuid
             * @description Task version identifier
             */
            taskVersionId: string;
            /** @description Version that was executed */
            version: string;
            /**
             * @description Execution status
             * @enum {string}
             */
            status: "success" | "failure" | "timeout" | "cancelled" | "queued" | "running";
            /** @description Task execution output */
            output?: string | null;
            /** @description Error message if execution failed */
            errorMessage?: string | null;
            /**
             * Format: date-time
             * @description Execution start time
             */
            startTime: string;
            /** @description Execution duration in milliseconds */
            executionTime?: number | null;
        };
        TaskExecutionResultResponse: {
            data?: components["schemas"]["TaskExecutionResult"];
        };
        TaskExecutionResultsListResponse: {
            data?: {
                results: components["schemas"]["TaskExecutionResult"][];
                pagination: {
                    /** @description Current page number */
                    page: number;
                    /** @description Number of results per page */
                    limit: number;
                    /** @description Total number of results */
                    total: number;
                    /** @description Total number of pages */
                    totalPages: number;
                };
            };
        };
        TaskListResponse: {
            data?: {
                tasks: components["schemas"]["Task"][];
                /** @description Total number of tasks */
                total: number;
                /** @description Current page number */
                page: number;
                /** @description Number of tasks per page */
                limit: number;
            };
        };
        TaskMetadata: {
            /**
             * Format: uuid
             * @description Unique identifier for the task
             */
            id: string;
            /** @description Task name */
            name: string;
            /**
             * Format: uuid
             * @description Team identifier that owns this task
             */
            teamId: string;
            /** @description Optional description of the task */
            description?: string;
            /** @description Latest version identifier */
            latest: string;
            /** @description Whether the task is soft deleted */
            deleted: boolean;
            /**
             * Format: date-time
             * @description Task creation timestamp
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Task last update timestamp
             */
            updatedAt: string;
        };
        TaskMetadataResponse: {
            data?: components["schemas"]["TaskMetadata"];
        };
        TaskResponse: {
            data?: components["schemas"]["Task"];
        };
        TaskRunStatusV2Response: {
            /** @description The ID of the task run */
            run_id: string;
            /**
             * @description Current task run status
             * @enum {string}
             */
            status: "queued" | "running" | "success" | "failure" | "timeout" | "cancelled";
            /** @description Task output when available */
            result?: {
                [key: string]: unknown;
            };
            /** @description Error message when the run fails */
            error?: string;
            /** @description Session ID used for this task run */
            session_id?: string;
        };
        TaskVersion: {
            /**
             * Format: uuid
             * @description Unique identifier for the task version
             */
            id: string;
            /**
             * Format: uuid
             * @description Parent task identifier
             */
            taskId: string;
            /** @description Version identifier (draft, latest, or version number) */
            version: string;
            /** @description Base64 encoded task code */
            code: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language?: "typescript";
            /** @description Optional description of the version */
            description?: string;
            /** @description Browser configuration for task execution */
            browserConfiguration?: components["schemas"]["SessionConfig"];
            /** @description Whether the version is soft deleted */
            deleted: boolean;
            /**
             * Format: date-time
             * @description Version creation timestamp
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Version last update timestamp
             */
            updatedAt: string;
        };
        TaskVersionResponse: {
            data?: components["schemas"]["TaskVersion"];
        };
        TaskVersionsListResponse: {
            data?: {
                /**
                 * Format: uuid
                 * @description Task identifier
                 */
                taskId: string;
                versions: {
                    /** @description Version identifier */
                    version: string;
                    /** @description Version description */
                    description?: string;
                    /**
                     * Format: date-time
                     * @description Version creation timestamp
                     */
                    createdAt: string;
                    /**
                     * Format: date-time
                     * @description Version last update timestamp
                     */
                    updatedAt: string;
                }[];
            };
        };
        TypeTextRequestSchema: {
            /** @description Text to type */
            text: string;
            /** @description Delay between keystrokes in milliseconds */
            delay?: number;
        };
        UpdateApplicationRequest: {
            /** @description List of allowed domains for this application */
            allowed_domains?: string[];
        };
        UpdateApplicationResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the application
             */
            id?: string;
            /** @description URL of the application */
            url?: string | null;
            /** @description List of allowed domains for this application */
            allowed_domains?: string[];
        };
        UpdateAuthFlowRequest: {
            /** @description Name of the authentication flow */
            name?: string;
            /** @description Description of the authentication flow */
            description?: string;
            /** @description Whether this is the recommended authentication flow */
            is_recommended?: boolean;
            /** @description Authentication methods in this flow */
            methods?: ("username_password" | "authenticator" | "custom")[];
            /** @description Custom fields for this authentication flow */
            custom_fields?: components["schemas"]["CustomFieldDefinition"][];
        };
        UpdateAuthFlowResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the authentication flow
             */
            id?: string;
            /** @description Name of the authentication flow */
            name?: string;
            /** @description Description of the authentication flow */
            description?: string | null;
            /** @description Whether this is the recommended authentication flow */
            is_recommended?: boolean;
            /** @description Authentication methods in this flow */
            methods?: string[];
            /** @description Custom fields for this authentication flow */
            custom_fields?: components["schemas"]["CustomFieldDefinition"][];
            /**
             * Format: date-time
             * @description Timestamp when the authentication flow was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the authentication flow was last updated
             */
            updated_at?: string;
        };
        UpdateIdentityRequest: {
            /** @description Name of the identity */
            name?: string;
            /** @description Metadata for the identity */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description Array of credentials for authentication */
            credentials?: components["schemas"]["CredentialData"][];
        };
        UpdateIdentityResponse: {
            /**
             * Format: uuid
             * @description Unique identifier for the identity
             */
            id?: string;
            /** @description Name of the identity */
            name?: string;
            /** @description Metadata associated with the identity */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Timestamp when the identity was last updated
             */
            updated_at?: string;
        };
        UpdateTaskMetadataRequest: {
            /** @description Task name (letters, numbers, hyphens, and underscores only) */
            name?: string;
            /** @description Optional description of the task */
            description?: string;
        };
        /** username_password */
        UsernamePasswordCredential: {
            /**
             * @description Credential type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "username_password";
            /** @description Username for authentication */
            username: string;
            /** @description Password for authentication */
            password: string;
        };
        WaitForEventRequestSchema: {
            /** @description Timeout in milliseconds to wait for the event. Defaults to 60000ms (1 minute). */
            timeoutMs?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    /**
     * List Applications
     *
     * Retrieves all applications for the authenticated team.
     *
     * `GET /v1/applications`
     */
    listApplications: {
        parameters: {
            query?: {
                /** @description Search query to filter applications by name */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of applications retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListApplicationsResponse"];
                };
            };
            /** @description Failed to list applications */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Application
     *
     * Creates a new application for identity management.
     *
     * `POST /v1/applications`
     */
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationRequest"];
            };
        };
        responses: {
            /** @description Application created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApplicationResponse"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create application */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Application
     *
     * Retrieves details of a specific application by its ID.
     *
     * `GET /v1/applications/{applicationId}`
     */
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the application to retrieve */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Application details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetApplicationResponse"];
                };
            };
            /** @description Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to get application */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Application
     *
     * Deletes an existing application.
     *
     * `DELETE /v1/applications/{applicationId}`
     */
    deleteApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the application to delete */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Application deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteApplicationResponse"];
                };
            };
            /** @description Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to delete application */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Application Authentication Flows
     *
     * Retrieves all authentication flows for a specific application.
     *
     * `GET /v1/applications/{applicationId}/auth-flows`
     */
    listApplicationAuthenticationFlows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of authentication flows retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListApplicationAuthFlowsResponse"];
                };
            };
            /** @description Failed to list application authentication flows */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Authentication Flow
     *
     * Creates a new authentication flow for an application.
     *
     * `POST /v1/applications/{applicationId}/auth-flows`
     */
    createAuthenticationFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAuthFlowRequest"];
            };
        };
        responses: {
            /** @description authentication flow created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAuthFlowResponse"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create authentication flow */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Authentication Flow
     *
     * Deletes an existing authentication flow.
     *
     * `DELETE /v1/applications/{applicationId}/auth-flows/{authFlowId}`
     */
    deleteAuthenticationFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the application */
                applicationId: string;
                /** @description The ID of the authentication flow to delete */
                authFlowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description authentication flow deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAuthFlowResponse"];
                };
            };
            /** @description Failed to delete authentication flow */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Update Authentication Flow
     *
     * Updates an existing authentication flow.
     *
     * `PATCH /v1/applications/{applicationId}/auth-flows/{authFlowId}`
     */
    updateAuthenticationFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the application */
                applicationId: string;
                /** @description The ID of the authentication flow to update */
                authFlowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAuthFlowRequest"];
            };
        };
        responses: {
            /** @description authentication flow updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAuthFlowResponse"];
                };
            };
            /** @description Failed to update authentication flow */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Application Identities
     *
     * Retrieves all identities associated with a specific application.
     *
     * `GET /v1/applications/{applicationId}/identities`
     */
    listApplicationIdentities: {
        parameters: {
            query?: {
                /** @description Search query to filter identities by name */
                search?: string;
                /**
                 * @description Filter identities by metadata. Pass a **JSON object** to filter identities whose metadata contains the specified key-value pairs.
                 * @example string
                 */
                metadata?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of identities retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListApplicationIdentitiesResponse"];
                };
            };
            /** @description Failed to list application identities */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Identity Token
     *
     * Creates an identity token for a specific application. This token is used to initiate
     * an authentication flow for linking user identities to the application.
     *
     * The callback URL must use HTTPS and is where the user will be redirected after authentication.
     *
     * `POST /v1/applications/{applicationId}/tokens`
     */
    createIdentityToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentityTokenRequest"];
            };
        };
        responses: {
            /** @description Identity token created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityTokenResponse"];
                };
            };
            /** @description Invalid request - callbackUrl must be a valid HTTPS URL */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create identity token */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Batch Sessions
     *
     * Lists all batch session requests for the authenticated team, with optional filtering
     * by status and pagination support.
     *
     * `GET /v1/batch-sessions`
     */
    listBatchSessions: {
        parameters: {
            query?: {
                /** @description Filter batches by status */
                status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
                /** @description Page number (1-based) */
                page?: number;
                /** @description Number of results per page */
                limit?: number;
                /** @description Filter batches created after this timestamp (ISO 8601) */
                created_after?: string;
                /** @description Filter batches created before this timestamp (ISO 8601) */
                created_before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch list retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["BatchSessionListResponseSchema"];
                    };
                };
            };
            /** @description Invalid API Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Batch Sessions
     *
     * Creates multiple browser sessions in a single batch operation. This endpoint allows you to
     * create up to 5,000 browser sessions simultaneously with the same configuration.
     *
     * The batch will be processed asynchronously, and you can monitor progress using the batch status endpoint.
     *
     * `POST /v1/batch-sessions`
     */
    createBatchSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchSessionRequestSchema"];
            };
        };
        responses: {
            /** @description Batch created successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["BatchSessionResponseSchema"];
                    };
                };
            };
            /** @description Invalid request parameters or configuration */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required - Insufficient credits for batch creation */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests - Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Batch Session Status
     *
     * Retrieves detailed status information for a specific batch, including progress,
     * individual session details, and any errors that occurred.
     *
     * `GET /v1/batch-sessions/{batch_id}`
     */
    getBatchSessionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the batch */
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch status retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["BatchSessionStatusResponseSchema"];
                    };
                };
            };
            /** @description Invalid API Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Batch not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Batch Sessions
     *
     * Deletes all sessions in a batch. Running sessions will be terminated
     * and all session data will be removed.
     *
     * `DELETE /v1/batch-sessions/{batch_id}`
     */
    deleteBatchSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the batch */
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch sessions deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["BatchSessionDeleteResponseSchema"];
                    };
                };
            };
            /** @description Invalid API Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Batch not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Update Batch Session
     *
     * Updates a batch session. Supports cancelling a running or pending batch,
     * which terminates all running sessions in the batch.
     *
     * `PATCH /v1/batch-sessions/{batch_id}`
     */
    updateBatchSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the batch */
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchSessionUpdateRequestSchema"];
            };
        };
        responses: {
            /** @description Batch updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["BatchSessionUpdateResponseSchema"];
                    };
                };
            };
            /** @description Invalid API Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Batch not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid state transition (batch already cancelled or completed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Retry Failed Batch Sessions
     *
     * Retries failed sessions in a batch by creating new browser pods for each
     * failed session. The batch status will be set back to 'processing'.
     *
     * `POST /v1/batch-sessions/{batch_id}/retry`
     */
    retryFailedBatchSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the batch */
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchSessionRetryRequestSchema"];
            };
        };
        responses: {
            /** @description Retry initiated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["BatchSessionRetryResponseSchema"];
                    };
                };
            };
            /** @description No failed sessions to retry */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid API Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Batch not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Signal Event
     *
     * Signals an event with associated data, unblocking any clients waiting for this event.
     * This enables coordination between different browser sessions, workflows, or external processes.
     *
     * `POST /v1/events/{event_name}`
     */
    signalEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the event to signal */
                event_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignalEventRequestSchema"];
            };
        };
        responses: {
            /** @description Event signaled successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid request - Event data is required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized - Invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to signal event */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Wait for Event
     *
     * Waits for a specific event to be signaled by another process, workflow, or session. 
     * This endpoint blocks until the event is signaled or the timeout is reached.
     * Useful for coordinating between multiple browser sessions or workflows.
     *
     * `POST /v1/events/{event_name}/wait`
     */
    waitForEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the event to wait for */
                event_name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WaitForEventRequestSchema"];
            };
        };
        responses: {
            /** @description Event was signaled successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponseSchema"];
                };
            };
            /** @description Unauthorized - Invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Timeout - Event was not signaled within the specified timeout */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to wait for event */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Extensions
     *
     * Get all extensions for the authenticated user
     *
     * `GET /v1/extensions`
     */
    listExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of user extensions retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionListResponse"];
                };
            };
            /** @description Unable to list extensions */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Upload Extension
     *
     * Upload a new browser extension as a ZIP file. The extension will be validated and stored for use in browser sessions.
     *
     * `POST /v1/extensions`
     */
    uploadExtension: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description User-friendly name for the extension (1-255 characters) */
                    name: string;
                    /**
                     * Format: binary
                     * @description ZIP file containing the browser extension
                     */
                    file: Blob | Uint8Array;
                };
            };
        };
        responses: {
            /** @description Extension uploaded successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["ExtensionResponseSchema"];
                    };
                };
            };
            /** @description Invalid request or extension validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unable to upload extension */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Extension Details
     *
     * Get details of a specific extension by its ID
     *
     * `GET /v1/extensions/{id}`
     */
    getExtensionDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the extension to retrieve */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Extension details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionResponseSchema"];
                };
            };
            /** @description Extension not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unable to get extension */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Extension
     *
     * Delete an extension and remove it from storage
     *
     * `DELETE /v1/extensions/{id}`
     */
    deleteExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the extension to delete */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Extension deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["SuccessResponse"];
                    };
                };
            };
            /** @description Extension not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unable to delete extension */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Identity
     *
     * Creates a new identity with credentials for authentication.
     *
     * `POST /v1/identities`
     */
    createIdentity: {
        parameters: {
            query?: {
                /** @description Whether to validate the identity asynchronously. Defaults to true. */
                validateAsync?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentityRequest"];
            };
        };
        responses: {
            /** @description Identity created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIdentityResponse"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create identity */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Identity
     *
     * Retrieves details of a specific identity by its ID.
     *
     * `GET /v1/identities/{identityId}`
     */
    getIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the identity to retrieve */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identity details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIdentityResponse"];
                };
            };
            /** @description Identity not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to get identity */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Update Identity
     *
     * Updates an existing identity's name, metadata, or credentials.
     *
     * `PUT /v1/identities/{identityId}`
     */
    updateIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the identity to update */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIdentityRequest"];
            };
        };
        responses: {
            /** @description Identity updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateIdentityResponse"];
                };
            };
            /** @description Identity not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to update identity */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Identity
     *
     * Deletes an existing identity.
     *
     * `DELETE /v1/identities/{identityId}`
     */
    deleteIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the identity to delete */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identity deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteIdentityResponse"];
                };
            };
            /** @description Identity not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to delete identity */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Identity Credentials
     *
     * Retrieves the credentials for a specific identity. This endpoint returns sensitive credential data.
     *
     * `GET /v1/identities/{identityId}/credentials`
     */
    getIdentityCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the identity */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identity credentials retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIdentityCredentialsResponse"];
                };
            };
            /** @description Identity not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to get identity credentials */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Integrations
     *
     * Retrieves all integrations for the authenticated team.
     *
     * `GET /v1/integrations`
     */
    listIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of integrations retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationListResponse"];
                };
            };
            /** @description Failed to list integrations */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Integration
     *
     * Creates a new integration with a third-party service like 1Password. 
     * The integration can then be used in browser sessions to automatically load secrets and credentials.
     *
     * `POST /v1/integrations`
     */
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntegrationRequest"];
            };
        };
        responses: {
            /** @description Integration created successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            /** @description Invalid request or validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create integration */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Integration
     *
     * Deletes an existing integration and removes its stored credentials.
     *
     * `DELETE /v1/integrations/{integrationId}`
     */
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the integration to delete */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Integration deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            integration?: {
                                /** Format: uuid */
                                id?: string;
                                deleted?: boolean;
                                path?: string;
                            };
                        };
                    };
                };
            };
            /** @description Integration not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to delete integration */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Profiles
     *
     * Fetches all stored profiles.
     *
     * `GET /v1/profiles`
     */
    listProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of user profiles retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileListResponse"];
                };
            };
            /** @description Unable to list user profiles due to an unexpected error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Profile
     *
     * Creates a new profile from a browser session. A Profile stores cookies, local storage, and cache.
     *
     * `POST /v1/profiles`
     */
    createProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileRequestSchema"];
            };
        };
        responses: {
            /** @description Profile created successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid request or input. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not found or unreachable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Profile name already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Feature not implemented. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Profile
     *
     * Retrieves details of a specific profile by its name.
     *
     * `GET /v1/profiles/{name}`
     */
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the profile to retrieve. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile details retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description Invalid API Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Profile not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unable to retrieve profile due to an unexpected error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Profile
     *
     * Deletes an existing profile by its name.
     *
     * `DELETE /v1/profiles/{name}`
     */
    deleteProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the profile to delete. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile deleted successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Profile not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unable to delete the profile due to an unexpected error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Sessions History Page
     *
     * Retrieves a paginated list of sessions for the authenticated team with support for
     * sorting and advanced filtering. This endpoint mirrors the backend session history-page
     * filtering behavior.
     *
     * `GET /v1/sessions`
     */
    listSessionsHistoryPage: {
        parameters: {
            query?: {
                /** @description Page number to fetch. */
                page?: number;
                /** @description Number of sessions per page. Supported values are 10, 20, and 50. */
                limit?: 10 | 20 | 50;
                /**
                 * @description Sort field. Common values are `created_at`, `session_id`, `used_credits`,
                 *     `created_at`, and `api_key_name`.
                 */
                sort_by?: string;
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description Comma-separated tag search terms (partial, case-insensitive). */
                search?: string;
                /** @description Exact session status filter. */
                status?: string;
                /**
                 * @description Comma-separated tag list. Session must include all provided tags.
                 * @example production,scraping
                 */
                tags?: string;
                /**
                 * @description Comma-separated domain list. Session must include all provided domains.
                 * @example example.com,anchorbrowser.io
                 */
                domains?: string;
                /** @description Include sessions created at or after this timestamp (ISO 8601). */
                created_from?: string;
                /** @description Include sessions created at or before this timestamp (ISO 8601). */
                created_to?: string;
                /** @description Filter by batch identifier. */
                batch_id?: string;
                /** @description Filter by whether the session was task-initiated. */
                task_initiated?: boolean;
                /** @description Filter by whether the session is a playground session. */
                playground?: boolean;
                /** @description Filter by whether proxy was active for the session. */
                proxy?: boolean;
                /** @description Filter by whether extra stealth mode was active. */
                extra_stealth?: boolean;
                /**
                 * @description Case-insensitive partial match on browser profile name.
                 * @example Default profile
                 */
                profile_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paginated sessions history retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionHistoryPageResponse"];
                };
            };
            /** @description Invalid query parameters (for example unsupported limit or sort options). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Start Browser Session
     *
     * Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha solving, proxy usage, and idle timeout.
     *
     * `POST /v1/sessions`
     */
    startBrowserSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SessionCreateRequestSchema"];
            };
        };
        responses: {
            /** @description Successfully returned a browser object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCreateResponseSchema"];
                };
            };
            /** @description Bad Request - Invalid request parameters or configuration. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payment Required - Insufficient credits to allocate a new browser */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * End All Sessions
     *
     * Terminates all active browser sessions associated with the provided API key.
     *
     * `DELETE /v1/sessions/all`
     */
    endAllSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully terminated all active browser sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    /**
     * List All Sessions Status
     *
     * Retrieves status information for all browser sessions associated with the API key.
     *
     * `GET /v1/sessions/all/status`
     */
    listSessionsStatus: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated list of session tags to filter by. Sessions must contain all provided tags.
                 * @example production,scraping
                 */
                tags?: string;
                /**
                 * @description Comma-separated list of domains to filter by. Sessions must contain all provided domains.
                 * @example example.com,anchorbrowser.io
                 */
                domains?: string;
                /** @description Include sessions created at or after this timestamp (ISO 8601). */
                created_from?: string;
                /** @description Include sessions created at or before this timestamp (ISO 8601). */
                created_to?: string;
                /** @description Filter sessions by batch identifier. */
                batch_id?: string;
                /** @description Filter by whether the session was initiated by a task. */
                task_initiated?: boolean;
                /** @description Filter by whether the session is a playground session. */
                playground?: boolean;
                /** @description Filter by whether proxy was active for the session. */
                proxy?: boolean;
                /** @description Filter by whether extra stealth mode was active for the session. */
                extra_stealth?: boolean;
                /**
                 * @description Filter sessions by browser profile name (case-insensitive partial match).
                 * @example Default profile
                 */
                profile_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved status for all browser sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListResponse"];
                };
            };
            /** @description Invalid API Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Sessions History
     *
     * Retrieves a list of sessions for a team.
     *
     * `GET /v1/sessions/history`
     */
    getSessionsHistory: {
        parameters: {
            query?: {
                /** @description Start date for filtering (ISO 8601 format). */
                from_date?: string;
                /** @description End date for filtering (ISO 8601 format). */
                to_date?: string;
                /** @description Metrics to include in the response. */
                metrics?: string | ("session_count" | "proxy_bytes" | "ai_steps" | "session_hours" | "credits_used")[];
                /** @description Page number for pagination. */
                page?: number;
                /** @description Number of records per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session history analytics retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionHistoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Agent Resources
     *
     * List all resources that have been uploaded to the browser session for agent use.
     * Returns resource metadata including name, size, type, and last modified timestamp.
     *
     * `GET /v1/sessions/{sessionId}/agent/files`
     */
    listAgentResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The browser session ID */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent resources listed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            files?: {
                                /** @description The resource name */
                                name?: string;
                                /** @description Resource size in bytes */
                                size?: number;
                                /** @description Resource extension/type */
                                type?: string;
                                /**
                                 * Format: date-time
                                 * @description When the resource was last modified
                                 */
                                lastModified?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Session is not running */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Failed to list agent resources */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
    };
    /**
     * Upload Agent Resources
     *
     * Upload files as agent resources to a browser session using multipart/form-data. 
     * If you upload a ZIP file, it will be automatically extracted and the files will be made available as agent resources.
     * If you upload a single file, it will be saved directly as an agent resource.
     * Resources are then accessible to AI agents for task completion and automation.
     *
     * `POST /v1/sessions/{sessionId}/agent/files`
     */
    uploadAgentResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The browser session ID */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description File to upload as agent resource (ZIP files will be extracted automatically)
                     */
                    file: Blob | Uint8Array;
                };
            };
        };
        responses: {
            /** @description Agent resources uploaded successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            status?: string;
                            message?: string;
                        };
                    };
                };
            };
            /** @description Invalid request (no resource uploaded or file too large) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: {
                            code?: number;
                            message?: string;
                        };
                    };
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Failed to upload or process agent resources */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
    };
    /**
     * Get Clipboard Content
     *
     * Retrieves the current content of the clipboard
     *
     * `GET /v1/sessions/{sessionId}/clipboard`
     */
    getClipboardContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clipboard content retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClipboardResponseSchema"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to get clipboard content */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Set Clipboard Content
     *
     * Sets the content of the clipboard
     *
     * `POST /v1/sessions/{sessionId}/clipboard`
     */
    setClipboardContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClipboardRequestSchema"];
            };
        };
        responses: {
            /** @description Clipboard content set successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to set clipboard content */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Copy Selected Text
     *
     * Copies the currently selected text to the clipboard
     *
     * `POST /v1/sessions/{sessionId}/copy`
     */
    copySelectedText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Text copied successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyResponseSchema"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to copy text */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Drag and Drop
     *
     * Performs a drag and drop operation from start coordinates to end coordinates
     *
     * `POST /v1/sessions/{sessionId}/drag-and-drop`
     */
    dragAndDrop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DragDropRequestSchema"];
            };
        };
        responses: {
            /** @description Drag and drop performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid coordinates or parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform drag and drop */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Navigate to URL
     *
     * Navigates the browser session to the specified URL
     *
     * `POST /v1/sessions/{sessionId}/goto`
     */
    navigateToUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NavigateRequestSchema"];
            };
        };
        responses: {
            /** @description Navigation successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid URL or parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Failed to navigate to URL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
    };
    /**
     * Keyboard Shortcut
     *
     * Performs a keyboard shortcut using the specified keys
     *
     * `POST /v1/sessions/{sessionId}/keyboard/shortcut`
     */
    createShortcut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyboardShortcutRequestSchema"];
            };
        };
        responses: {
            /** @description Shortcut performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform shortcut */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Type Text
     *
     * Types the specified text with optional delay between keystrokes
     *
     * `POST /v1/sessions/{sessionId}/keyboard/type`
     */
    typeText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypeTextRequestSchema"];
            };
        };
        responses: {
            /** @description Text typed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to type text */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Mouse Click
     *
     * Performs a mouse click at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/click`
     */
    clickMouse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MouseSingleClickRequestSchema"];
            };
        };
        responses: {
            /** @description Click performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid coordinates or parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform click */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Mouse Double Click
     *
     * Performs a double click at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/doubleClick`
     */
    createDoubleClick: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MouseClickRequestSchema"];
            };
        };
        responses: {
            /** @description Double click performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid coordinates or parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform double click */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Mouse Down
     *
     * Performs a mouse button down action at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/down`
     */
    createDown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MouseClickRequestSchema"];
            };
        };
        responses: {
            /** @description Mouse down performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid coordinates or parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform mouse down */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Mouse Move
     *
     * Moves the mouse cursor to the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/move`
     */
    moveMouse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoordinatesRequestSchema"];
            };
        };
        responses: {
            /** @description Mouse move performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid coordinates */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform mouse move */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Mouse Up
     *
     * Performs a mouse button up action at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/up`
     */
    createUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MouseClickRequestSchema"];
            };
        };
        responses: {
            /** @description Mouse up performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid coordinates or parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform mouse up */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Paste Text
     *
     * Pastes text at the current cursor position
     *
     * `POST /v1/sessions/{sessionId}/paste`
     */
    pasteText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasteRequestSchema"];
            };
        };
        responses: {
            /** @description Text pasted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to paste text */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Take Screenshot
     *
     * Takes a screenshot of the current browser session and returns it as an image.
     *
     * `GET /v1/sessions/{sessionId}/screenshot`
     */
    takeScreenshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Screenshot taken successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": Blob;
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                    };
                };
            };
            /** @description Failed to take screenshot */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                    };
                };
            };
        };
    };
    /**
     * Scroll
     *
     * Performs a scroll action at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/scroll`
     */
    scroll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScrollRequestSchema"];
            };
        };
        responses: {
            /** @description Scroll performed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            /** @description Invalid coordinates or parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to perform scroll */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    /**
     * Upload Files
     *
     * Upload files directly to a browser session for use with web forms and file inputs.
     *
     * Files are saved to the session's uploads directory and can be referenced in CDP commands.
     *
     * `POST /v1/sessions/{sessionId}/uploads`
     */
    uploadFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The browser session ID */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description File to upload to the browser session
                     */
                    file: Blob | Uint8Array;
                };
            };
        };
        responses: {
            /** @description File uploaded successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            status?: string;
                            message?: string;
                        };
                    };
                };
            };
            /** @description Invalid request (no file uploaded or file too large) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: {
                            code?: number;
                            message?: string;
                        };
                    };
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Failed to upload file */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
    };
    /**
     * Get Browser Session
     *
     * Retrieves detailed information about a specific browser session.
     *
     * `GET /v1/sessions/{session_id}`
     */
    getBrowserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the session to retrieve. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The session data. */
                        data?: {
                            /** @description The unique identifier of the session. */
                            session_id?: string;
                            /** @description The team ID associated with the session. */
                            team_id?: string;
                            /** @description The duration of the session in seconds. */
                            duration?: number;
                            /** @description The current status of the session. */
                            status?: string;
                            /** @description The number of credits consumed by the session. */
                            credits_used?: number;
                            /** @description The configuration settings for the session. */
                            configuration?: Record<string, never>;
                            /** @description Whether this is a playground session. */
                            playground?: boolean;
                            /** @description The number of bytes transferred through the proxy. */
                            proxy_bytes?: number;
                            /** @description Token usage information. */
                            tokens?: Record<string, never>;
                            /** @description Array of steps executed in the session. */
                            steps?: Record<string, never>[];
                            /** @description Tags associated with the session. */
                            tags?: Record<string, never>;
                            /**
                             * Format: date-time
                             * @description The timestamp when the session was created.
                             */
                            created_at?: string;
                        };
                    };
                };
            };
            /** @description Session not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to fetch session. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * End Browser Session
     *
     * Deletes the browser session associated with the provided browser session ID. Requires a valid API key for authentication.
     *
     * `DELETE /v1/sessions/{session_id}`
     */
    endBrowserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session to end. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Browser session ended successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid API Key or browser session ID */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Pause Agent
     *
     * Pauses the AI agent for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/agent/pause`
     */
    pauseAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent paused successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Session is not running */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to pause agent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Resume Agent
     *
     * Resumes the AI agent for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/agent/resume`
     */
    resumeAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent resumed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Session is not running */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to resume agent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Session Downloads
     *
     * Retrieves metadata of files downloaded during a browser session. Requires a valid API key for authentication.
     *
     * `GET /v1/sessions/{session_id}/downloads`
     */
    listSessionDownloads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the browser session to retrieve downloads for. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of download metadata associated with the browser session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadListResponse"];
                };
            };
            /** @description Invalid or missing API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The browser session or its downloads metadata could not be found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests, please try again later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Browser Session Pages
     *
     * Retrieves a list of pages associated with a specific browser session.
     *
     * `GET /v1/sessions/{session_id}/pages`
     */
    getBrowserSessionPages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the session to retrieve pages for. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session pages retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The unique identifier of the page. */
                        id: string;
                        /** @description The title of the page. */
                        title: string;
                        /** @description The URL of the page. */
                        url: string;
                        /** @description The frontend URL for accessing the page. */
                        frontend_url: string;
                    }[];
                };
            };
            /** @description Invalid API Key or unauthorized access. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Session Recordings
     *
     * Retrieves the URLs of the browser session's video recordings. Requires a valid API key for authentication.
     *
     * `GET /v1/sessions/{session_id}/recordings`
     */
    listSessionRecordings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session to retrieve recordings for. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A set of recording URLs associated with the browser session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingListResponse"];
                };
            };
            /** @description Invalid API Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session recordings not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests, please try again later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Pause Session Recording
     *
     * Pauses the video recording for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/recordings/pause`
     */
    pauseSessionRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session for which to pause recording. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recording paused successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["SuccessResponse"];
                    };
                };
            };
            /** @description Invalid API Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Session not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Failed to pause recording. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
    };
    /**
     * Get Session Recording
     *
     * Downloads the primary recording file for the specified browser session. Returns the recording as an MP4 file.
     *
     * `GET /v1/sessions/{session_id}/recordings/primary/fetch`
     */
    getSessionRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session to download the recording for. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The browser session recording file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": Blob;
                };
            };
            /** @description Invalid API Key - Authentication failed or API key is missing. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Recording not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Resume Session Recording
     *
     * Resumes the video recording for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/recordings/resume`
     */
    resumeSessionRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the browser session for which to resume recording. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recording resumed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["SuccessResponse"];
                    };
                };
            };
            /** @description Invalid API Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Session not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
            /** @description Failed to resume recording. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
    };
    /**
     * List Tasks (Legacy)
     *
     * Retrieves a paginated list of all tasks for the authenticated team. Tasks are returned 
     * with their latest version information and metadata.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task`
     */
    listTasks: {
        parameters: {
            query?: {
                /** @description Page number */
                page?: string;
                /** @description Number of tasks per page */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of tasks retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskListResponse"];
                };
            };
            /** @description Failed to list tasks */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create Task (Legacy)
     *
     * Creates a new task or updates an existing task with the same name. Tasks are reusable code snippets 
     * that can be executed in browser sessions. Tasks support versioning with draft and published versions.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `POST /v1/task`
     */
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description Task created or updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Invalid request or validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task name already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Run Task (Legacy)
     *
     * Executes a task in a browser session. The task can be run with a specific version or the latest version.
     * Optionally, you can provide an existing session ID or let the system create a new one.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `POST /v1/task/run`
     */
    runTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunTaskRequest"];
            };
        };
        responses: {
            /** @description Task executed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunTaskResponse"];
                };
            };
            /** @description Task or session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task execution failed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Run Task by Name (Legacy)
     *
     * Executes a task by its name, always using the latest version. This is a convenience endpoint
     * for running tasks without needing to know the task ID.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `POST /v1/task/run/{taskName}`
     */
    runTaskByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the task to run */
                taskName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunTaskByNameRequest"];
            };
        };
        responses: {
            /** @description Task executed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunTaskResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task execution failed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Task Metadata (Legacy)
     *
     * Retrieves task metadata without the code content. Useful for getting task information
     * without downloading the full task code.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}`
     */
    getTaskMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to retrieve */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task metadata retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskMetadataResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Update Task Metadata (Legacy)
     *
     * Updates task metadata (name and description). This does not affect the task code or versions.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `PUT /v1/task/{taskId}`
     */
    updateTaskMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to update */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskMetadataRequest"];
            };
        };
        responses: {
            /** @description Task metadata updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskMetadataResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task name already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to update task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Task (Legacy)
     *
     * Soft deletes a task and all its versions. The task will no longer be accessible
     * but the data is preserved for potential recovery.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `DELETE /v1/task/{taskId}`
     */
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to delete */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTaskResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to delete task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Deploy Task (Legacy)
     *
     * Deploys a task by creating a new version with auto-incremented version number.
     * This is the recommended way to publish task changes.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `POST /v1/task/{taskId}/deploy`
     */
    deployTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishVersionRequest"];
            };
        };
        responses: {
            /** @description Task deployed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskVersionResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to deploy task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Task Draft (Legacy)
     *
     * Retrieves the draft version of a task, including the full code content.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/draft`
     */
    getTaskDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task draft retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskVersionResponse"];
                };
            };
            /** @description Task or draft not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve task draft */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Create or Update Task Draft (Legacy)
     *
     * Creates or updates the draft version of a task. Draft versions are used for development
     * and testing before publishing.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `POST /v1/task/{taskId}/draft`
     */
    createOrUpdateTaskDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftTaskRequest"];
            };
        };
        responses: {
            /** @description Task draft created or updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskVersionResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create or update task draft */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Task Executions (Legacy)
     *
     * Retrieves execution history for a task, including success/failure status,
     * execution times, and outputs. Results can be filtered by version and status.
     *
     * If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/executions`
     */
    listTaskExecutions: {
        parameters: {
            query?: {
                /** @description Page number */
                page?: string;
                /** @description Number of results per page */
                limit?: string;
                /** @description Filter by execution status */
                status?: "success" | "failure" | "timeout" | "cancelled" | "queued" | "running";
                /** @description Filter by task version */
                version?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task executions retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskExecutionResultsListResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve task executions */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Task Execution Result (Legacy)
     *
     * Retrieves a single execution result by its ID. This endpoint is useful for polling
     * execution status in async mode or retrieving detailed execution information.
     *
     * If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/executions/{executionId}`
     */
    getTaskExecutionResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
                /** @description The ID of the execution result */
                executionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Execution result retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskExecutionResultResponse"];
                };
            };
            /** @description Task or execution result not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve execution result */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Latest Task Version (Legacy)
     *
     * Retrieves the latest version of a task, including the full code content.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/latest`
     */
    getLatestTaskVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Latest task version retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskVersionResponse"];
                };
            };
            /** @description Task or version not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve task version */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List Task Versions (Legacy)
     *
     * Retrieves all versions of a specific task, including draft and published versions.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/versions`
     */
    listTaskVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task versions retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskVersionsListResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve task versions */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Task Version (Legacy)
     *
     * Retrieves a specific version of a task, including the full code content.
     *
     * If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/{taskVersion}`
     */
    getTaskVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
                /** @description The version to retrieve (draft, latest, or version number) */
                taskVersion: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task version retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskVersionResponse"];
                };
            };
            /** @description Task or version not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve task version */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Publish Task Version (Legacy)
     *
     * Publishes a specific version of a task. This creates a new version if it doesn't exist,
     * or updates an existing version's metadata.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `POST /v1/task/{taskId}/{taskVersion}`
     */
    publishTaskVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
                /** @description The version to publish (cannot be draft) */
                taskVersion: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishVersionRequest"];
            };
        };
        responses: {
            /** @description Task version published successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskVersionResponse"];
                };
            };
            /** @description Cannot publish to draft version */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to publish task version */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Delete Task Version (Legacy)
     *
     * Soft deletes a specific version of a task. The version will no longer be accessible
     * but the data is preserved for potential recovery.
     *
     * If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
     *
     * `DELETE /v1/task/{taskId}/{taskVersion}`
     */
    deleteTaskVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
                /** @description The version to delete */
                taskVersion: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task version deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTaskResponse"];
                };
            };
            /** @description Task or version not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to delete task version */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Webpage Content
     *
     * Retrieve the rendered content of a webpage, optionally formatted as Markdown or HTML.
     *
     * `POST /v1/tools/fetch-webpage`
     */
    getWebpageContent: {
        parameters: {
            query?: {
                /** @description An optional browser session identifier to reference an existing running browser session. If provided, the tool will execute within that browser session. */
                sessionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FetchWebpageRequestSchema"];
            };
        };
        responses: {
            /** @description The fetched webpage content in the specified format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid request, such as missing or invalid URL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Page PDF
     *
     * Generates a PDF of the current page for a browser session and returns it as a binary PDF file.
     *
     * `POST /v1/tools/page-pdf`
     */
    getPagePdf: {
        parameters: {
            query?: {
                /** @description Optional browser session ID. If omitted, `url` in the request body is required. */
                sessionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description The URL of the page to print to PDF.
                     */
                    url: string;
                    /** @description Paper orientation. Defaults to false. */
                    landscape?: boolean;
                    /** @description Display header and footer. Defaults to false. */
                    displayHeaderFooter?: boolean;
                    /** @description Print background graphics. Defaults to false. */
                    printBackground?: boolean;
                    /** @description Scale of the webpage rendering. Defaults to 1. */
                    scale?: number;
                    /** @description Paper width in inches. Defaults to 8.5. */
                    paperWidth?: number;
                    /** @description Paper height in inches. Defaults to 11. */
                    paperHeight?: number;
                    /** @description Top margin in inches. Defaults to ~0.4. */
                    marginTop?: number;
                    /** @description Bottom margin in inches. Defaults to ~0.4. */
                    marginBottom?: number;
                    /** @description Left margin in inches. Defaults to ~0.4. */
                    marginLeft?: number;
                    /** @description Right margin in inches. Defaults to ~0.4. */
                    marginRight?: number;
                    /** @description Page ranges to print, e.g. '1-5, 8, 11-13'. Defaults to all pages. */
                    pageRanges?: string;
                    /** @description HTML template for the print header. */
                    headerTemplate?: string;
                    /** @description HTML template for the print footer. */
                    footerTemplate?: string;
                    /** @description Prefer page size as defined by CSS. Defaults to false. */
                    preferCSSPageSize?: boolean;
                };
            };
        };
        responses: {
            /** @description PDF generated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        details?: string[];
                    };
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                    };
                };
            };
            /** @description Failed to generate PDF */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                    };
                };
            };
        };
    };
    /**
     * Perform Web Task
     *
     * Start from a URL and perform the given task.
     *
     * `POST /v1/tools/perform-web-task`
     */
    performWebTask: {
        parameters: {
            query?: {
                /** @description An optional browser session identifier to reference an existing running browser sessions. When passed, the tool will be executed on the provided browser session. */
                sessionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PerformWebTaskRequestSchema"];
            };
        };
        responses: {
            /** @description The result of the autonomous task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformWebTaskResponseSchema"];
                };
            };
            /** @description Invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Perform Web Task Status
     *
     * Get the status of an asynchronous perform-web-task execution by workflow ID.
     *
     * `GET /v1/tools/perform-web-task/{workflowId}/status`
     */
    getPerformWebTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workflow ID returned when starting an asynchronous perform-web-task execution. */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current status of the task execution. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformWebTaskStatusResponseSchema"];
                };
            };
            /** @description Invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Screenshot Webpage
     *
     * This endpoint captures a screenshot of the specified webpage using Chromium. Users can customize the viewport dimensions and capture options.
     *
     * `POST /v1/tools/screenshot`
     */
    createScreenshot: {
        parameters: {
            query?: {
                /** @description An optional browser session identifier to reference an existing running browser sessions. When passed, the tool will be executed on the provided browser session. */
                sessionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreenshotRequestSchema"];
            };
        };
        responses: {
            /** @description Screenshot successfully captured. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": Blob;
                };
            };
            /** @description Invalid input parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to take screenshot. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Get Task Run Status
     *
     * Retrieves the current status and result of a task run in the non-deprecated Tasks endpoints.
     *
     * `GET /v2/tasks/runs/{runId}/status`
     */
    getTaskRunStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task run */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task run status retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRunStatusV2Response"];
                };
            };
            /** @description Task run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to retrieve task run status */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Run a Task
     *
     * Triggers execution of a task by ID using the non-deprecated Tasks endpoints.
     *
     * `POST /v2/tasks/{taskId}/run`
     */
    runTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to run */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunTaskV2Request"];
            };
        };
        responses: {
            /** @description Task run started successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRunStatusV2Response"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to run task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}

/** Anchor Proxy */
export type AnchorProxy = components["schemas"]["AnchorProxy"];
/** anchor_proxy */
export type AnchorProxyCountryCode = components["schemas"]["AnchorProxyCountryCode"];
export type ApplicationIdentityItem = components["schemas"]["ApplicationIdentityItem"];
export type ApplicationItem = components["schemas"]["ApplicationItem"];
export type AuthFlowItem = components["schemas"]["AuthFlowItem"];
/** authenticator */
export type AuthenticatorCredential = components["schemas"]["AuthenticatorCredential"];
export type BatchSessionDeleteResponseSchema = components["schemas"]["BatchSessionDeleteResponseSchema"];
export type BatchSessionItemSchema = components["schemas"]["BatchSessionItemSchema"];
export type BatchSessionListItemSchema = components["schemas"]["BatchSessionListItemSchema"];
export type BatchSessionListResponseSchema = components["schemas"]["BatchSessionListResponseSchema"];
export type BatchSessionRequestSchema = components["schemas"]["BatchSessionRequestSchema"];
export type BatchSessionResponseSchema = components["schemas"]["BatchSessionResponseSchema"];
export type BatchSessionRetryRequestSchema = components["schemas"]["BatchSessionRetryRequestSchema"];
export type BatchSessionRetryResponseSchema = components["schemas"]["BatchSessionRetryResponseSchema"];
export type BatchSessionStatusResponseSchema = components["schemas"]["BatchSessionStatusResponseSchema"];
export type BatchSessionUpdateRequestSchema = components["schemas"]["BatchSessionUpdateRequestSchema"];
export type BatchSessionUpdateResponseSchema = components["schemas"]["BatchSessionUpdateResponseSchema"];
/** Browser-specific configurations. */
export type BrowserConfig = components["schemas"]["BrowserConfig"];
export type ClipboardRequestSchema = components["schemas"]["ClipboardRequestSchema"];
export type ClipboardResponseSchema = components["schemas"]["ClipboardResponseSchema"];
export type CoordinatesRequestSchema = components["schemas"]["CoordinatesRequestSchema"];
export type CopyResponseSchema = components["schemas"]["CopyResponseSchema"];
export type CreateApplicationRequest = components["schemas"]["CreateApplicationRequest"];
export type CreateApplicationResponse = components["schemas"]["CreateApplicationResponse"];
export type CreateAuthFlowRequest = components["schemas"]["CreateAuthFlowRequest"];
export type CreateAuthFlowResponse = components["schemas"]["CreateAuthFlowResponse"];
export type CreateIdentityRequest = components["schemas"]["CreateIdentityRequest"];
export type CreateIdentityResponse = components["schemas"]["CreateIdentityResponse"];
export type CreateIdentityTokenRequest = components["schemas"]["CreateIdentityTokenRequest"];
export type CreateIntegrationRequest = components["schemas"]["CreateIntegrationRequest"];
export type CreateTaskRequest = components["schemas"]["CreateTaskRequest"];
export type CredentialData = components["schemas"]["CredentialData"];
/** custom */
export type CustomCredential = components["schemas"]["CustomCredential"];
export type CustomFieldDefinition = components["schemas"]["CustomFieldDefinition"];
export type CustomFieldItem = components["schemas"]["CustomFieldItem"];
/** Custom Proxy */
export type CustomProxy = components["schemas"]["CustomProxy"];
export type DeleteApplicationResponse = components["schemas"]["DeleteApplicationResponse"];
export type DeleteAuthFlowResponse = components["schemas"]["DeleteAuthFlowResponse"];
export type DeleteIdentityResponse = components["schemas"]["DeleteIdentityResponse"];
export type DeleteTaskResponse = components["schemas"]["DeleteTaskResponse"];
export type DownloadItem = components["schemas"]["DownloadItem"];
export type DownloadListResponse = components["schemas"]["DownloadListResponse"];
export type DraftTaskRequest = components["schemas"]["DraftTaskRequest"];
export type DragDropRequestSchema = components["schemas"]["DragDropRequestSchema"];
export type ErrorResponse = components["schemas"]["ErrorResponse"];
export type EventResponseSchema = components["schemas"]["EventResponseSchema"];
export type ExtensionListResponse = components["schemas"]["ExtensionListResponse"];
export type ExtensionManifest = components["schemas"]["ExtensionManifest"];
export type ExtensionResponse = components["schemas"]["ExtensionResponse"];
export type ExtensionResponseSchema = components["schemas"]["ExtensionResponseSchema"];
export type FetchWebpageRequestSchema = components["schemas"]["FetchWebpageRequestSchema"];
export type GetApplicationResponse = components["schemas"]["GetApplicationResponse"];
export type GetIdentityCredentialsResponse = components["schemas"]["GetIdentityCredentialsResponse"];
export type GetIdentityResponse = components["schemas"]["GetIdentityResponse"];
export type IdentityTokenResponse = components["schemas"]["IdentityTokenResponse"];
export type Integration = components["schemas"]["Integration"];
export type IntegrationItem = components["schemas"]["IntegrationItem"];
export type IntegrationListResponse = components["schemas"]["IntegrationListResponse"];
export type IntegrationResponse = components["schemas"]["IntegrationResponse"];
/** The type of integration */
export type IntegrationType = components["schemas"]["IntegrationType"];
export type KeyboardShortcutRequestSchema = components["schemas"]["KeyboardShortcutRequestSchema"];
export type ListApplicationAuthFlowsResponse = components["schemas"]["ListApplicationAuthFlowsResponse"];
export type ListApplicationIdentitiesResponse = components["schemas"]["ListApplicationIdentitiesResponse"];
export type ListApplicationsResponse = components["schemas"]["ListApplicationsResponse"];
export type MouseClickRequestSchema = components["schemas"]["MouseClickRequestSchema"];
/** Mouse click request. Must provide either (x, y) coordinates or a selector, but not both. */
export type MouseSingleClickRequestSchema = components["schemas"]["MouseSingleClickRequestSchema"];
export type NavigateRequestSchema = components["schemas"]["NavigateRequestSchema"];
export type OnePasswordAllSecretsConfig = components["schemas"]["OnePasswordAllSecretsConfig"];
export type OnePasswordConfig = components["schemas"]["OnePasswordConfig"];
export type OnePasswordIntegration = components["schemas"]["OnePasswordIntegration"];
export type OnePasswordSpecificSecretsConfig = components["schemas"]["OnePasswordSpecificSecretsConfig"];
export type PasteRequestSchema = components["schemas"]["PasteRequestSchema"];
/** async */
export type PerformWebTaskAsyncResponseData = components["schemas"]["PerformWebTaskAsyncResponseData"];
export type PerformWebTaskRequestSchema = components["schemas"]["PerformWebTaskRequestSchema"];
export type PerformWebTaskResponseSchema = components["schemas"]["PerformWebTaskResponseSchema"];
/** failed */
export type PerformWebTaskStatusFailedResponseData = components["schemas"]["PerformWebTaskStatusFailedResponseData"];
export type PerformWebTaskStatusResponseSchema = components["schemas"]["PerformWebTaskStatusResponseSchema"];
/** running */
export type PerformWebTaskStatusRunningResponseData = components["schemas"]["PerformWebTaskStatusRunningResponseData"];
/** success */
export type PerformWebTaskStatusSuccessResponseData = components["schemas"]["PerformWebTaskStatusSuccessResponseData"];
/** sync */
export type PerformWebTaskSyncResponseData = components["schemas"]["PerformWebTaskSyncResponseData"];
export type ProfileListResponse = components["schemas"]["ProfileListResponse"];
export type ProfileRequestSchema = components["schemas"]["ProfileRequestSchema"];
export type ProfileResponse = components["schemas"]["ProfileResponse"];
export type ProfileResponseSchema = components["schemas"]["ProfileResponseSchema"];
/** Proxy Documentation available at [Proxy Documentation](/advanced/proxy) */
export type ProxyConfig = components["schemas"]["ProxyConfig"];
export type PublishVersionRequest = components["schemas"]["PublishVersionRequest"];
export type RecordingItem = components["schemas"]["RecordingItem"];
export type RecordingListResponse = components["schemas"]["RecordingListResponse"];
export type RunTaskByNameRequest = components["schemas"]["RunTaskByNameRequest"];
export type RunTaskRequest = components["schemas"]["RunTaskRequest"];
export type RunTaskResponse = components["schemas"]["RunTaskResponse"];
export type RunTaskV2Request = components["schemas"]["RunTaskV2Request"];
export type ScreenshotRequestSchema = components["schemas"]["ScreenshotRequestSchema"];
export type ScrollRequestSchema = components["schemas"]["ScrollRequestSchema"];
export type ServiceAccountCredentials = components["schemas"]["ServiceAccountCredentials"];
/** Session-related configurations. */
export type SessionConfig = components["schemas"]["SessionConfig"];
export type SessionCreateRequestSchema = components["schemas"]["SessionCreateRequestSchema"];
export type SessionCreateResponseSchema = components["schemas"]["SessionCreateResponseSchema"];
export type SessionHistoryDataPoint = components["schemas"]["SessionHistoryDataPoint"];
/** A single session record in paginated history listing. */
export type SessionHistoryPageItem = components["schemas"]["SessionHistoryPageItem"];
/** Paginated session history listing response. */
export type SessionHistoryPageResponse = components["schemas"]["SessionHistoryPageResponse"];
export type SessionHistoryPagination = components["schemas"]["SessionHistoryPagination"];
export type SessionHistoryResponse = components["schemas"]["SessionHistoryResponse"];
export type SessionHistorySummary = components["schemas"]["SessionHistorySummary"];
export type SessionListResponse = components["schemas"]["SessionListResponse"];
export type SessionStatus = components["schemas"]["SessionStatus"];
export type SignalEventRequestSchema = components["schemas"]["SignalEventRequestSchema"];
export type SuccessResponse = components["schemas"]["SuccessResponse"];
export type Task = components["schemas"]["Task"];
export type TaskExecutionResult = components["schemas"]["TaskExecutionResult"];
export type TaskExecutionResultResponse = components["schemas"]["TaskExecutionResultResponse"];
export type TaskExecutionResultsListResponse = components["schemas"]["TaskExecutionResultsListResponse"];
export type TaskListResponse = components["schemas"]["TaskListResponse"];
export type TaskMetadata = components["schemas"]["TaskMetadata"];
export type TaskMetadataResponse = components["schemas"]["TaskMetadataResponse"];
export type TaskResponse = components["schemas"]["TaskResponse"];
export type TaskRunStatusV2Response = components["schemas"]["TaskRunStatusV2Response"];
export type TaskVersion = components["schemas"]["TaskVersion"];
export type TaskVersionResponse = components["schemas"]["TaskVersionResponse"];
export type TaskVersionsListResponse = components["schemas"]["TaskVersionsListResponse"];
export type TypeTextRequestSchema = components["schemas"]["TypeTextRequestSchema"];
export type UpdateApplicationRequest = components["schemas"]["UpdateApplicationRequest"];
export type UpdateApplicationResponse = components["schemas"]["UpdateApplicationResponse"];
export type UpdateAuthFlowRequest = components["schemas"]["UpdateAuthFlowRequest"];
export type UpdateAuthFlowResponse = components["schemas"]["UpdateAuthFlowResponse"];
export type UpdateIdentityRequest = components["schemas"]["UpdateIdentityRequest"];
export type UpdateIdentityResponse = components["schemas"]["UpdateIdentityResponse"];
export type UpdateTaskMetadataRequest = components["schemas"]["UpdateTaskMetadataRequest"];
/** username_password */
export type UsernamePasswordCredential = components["schemas"]["UsernamePasswordCredential"];
export type WaitForEventRequestSchema = components["schemas"]["WaitForEventRequestSchema"];
/** Parameters of `listApplications` (`GET /v1/applications`). */
export type ListApplicationsParameters = operations["listApplications"]["parameters"];
/** Request body of `createApplication` (`POST /v1/applications`). */
export type CreateApplicationRequestBody = NonNullable<operations["createApplication"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createApplication` (`POST /v1/applications`). */
export type CreateApplicationParameters = operations["createApplication"]["parameters"];
/** Parameters of `getApplication` (`GET /v1/applications/{applicationId}`). */
export type GetApplicationParameters = operations["getApplication"]["parameters"];
/** Parameters of `deleteApplication` (`DELETE /v1/applications/{applicationId}`). */
export type DeleteApplicationParameters = operations["deleteApplication"]["parameters"];
/** Parameters of `listApplicationAuthenticationFlows` (`GET /v1/applications/{applicationId}/auth-flows`). */
export type ListApplicationAuthenticationFlowsParameters = operations["listApplicationAuthenticationFlows"]["parameters"];
/** Success response body of `listApplicationAuthenticationFlows` (`GET /v1/applications/{applicationId}/auth-flows`). */
export type ListApplicationAuthenticationFlowsResponse = operations["listApplicationAuthenticationFlows"]["responses"][200]["content"]["application/json"];
/** Request body of `createAuthenticationFlow` (`POST /v1/applications/{applicationId}/auth-flows`). */
export type CreateAuthenticationFlowRequestBody = NonNullable<operations["createAuthenticationFlow"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createAuthenticationFlow` (`POST /v1/applications/{applicationId}/auth-flows`). */
export type CreateAuthenticationFlowParameters = operations["createAuthenticationFlow"]["parameters"];
/** Success response body of `createAuthenticationFlow` (`POST /v1/applications/{applicationId}/auth-flows`). */
export type CreateAuthenticationFlowResponse = operations["createAuthenticationFlow"]["responses"][201]["content"]["application/json"];
/** Parameters of `deleteAuthenticationFlow` (`DELETE /v1/applications/{applicationId}/auth-flows/{authFlowId}`). */
export type DeleteAuthenticationFlowParameters = operations["deleteAuthenticationFlow"]["parameters"];
/** Success response body of `deleteAuthenticationFlow` (`DELETE /v1/applications/{applicationId}/auth-flows/{authFlowId}`). */
export type DeleteAuthenticationFlowResponse = operations["deleteAuthenticationFlow"]["responses"][200]["content"]["application/json"];
/** Request body of `updateAuthenticationFlow` (`PATCH /v1/applications/{applicationId}/auth-flows/{authFlowId}`). */
export type UpdateAuthenticationFlowRequestBody = NonNullable<operations["updateAuthenticationFlow"]["requestBody"]>["content"]["application/json"];
/** Parameters of `updateAuthenticationFlow` (`PATCH /v1/applications/{applicationId}/auth-flows/{authFlowId}`). */
export type UpdateAuthenticationFlowParameters = operations["updateAuthenticationFlow"]["parameters"];
/** Success response body of `updateAuthenticationFlow` (`PATCH /v1/applications/{applicationId}/auth-flows/{authFlowId}`). */
export type UpdateAuthenticationFlowResponse = operations["updateAuthenticationFlow"]["responses"][200]["content"]["application/json"];
/** Parameters of `listApplicationIdentities` (`GET /v1/applications/{applicationId}/identities`). */
export type ListApplicationIdentitiesParameters = operations["listApplicationIdentities"]["parameters"];
/** Request body of `createIdentityToken` (`POST /v1/applications/{applicationId}/tokens`). */
export type CreateIdentityTokenRequestBody = NonNullable<operations["createIdentityToken"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createIdentityToken` (`POST /v1/applications/{applicationId}/tokens`). */
export type CreateIdentityTokenParameters = operations["createIdentityToken"]["parameters"];
/** Success response body of `createIdentityToken` (`POST /v1/applications/{applicationId}/tokens`). */
export type CreateIdentityTokenResponse = operations["createIdentityToken"]["responses"][201]["content"]["application/json"];
/** Parameters of `listBatchSessions` (`GET /v1/batch-sessions`). */
export type ListBatchSessionsParameters = operations["listBatchSessions"]["parameters"];
/** Success response body of `listBatchSessions` (`GET /v1/batch-sessions`). */
export type ListBatchSessionsResponse = operations["listBatchSessions"]["responses"][200]["content"]["application/json"];
/** Request body of `createBatchSessions` (`POST /v1/batch-sessions`). */
export type CreateBatchSessionsRequestBody = NonNullable<operations["createBatchSessions"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createBatchSessions` (`POST /v1/batch-sessions`). */
export type CreateBatchSessionsParameters = operations["createBatchSessions"]["parameters"];
/** Success response body of `createBatchSessions` (`POST /v1/batch-sessions`). */
export type CreateBatchSessionsResponse = operations["createBatchSessions"]["responses"][200]["content"]["application/json"];
/** Parameters of `getBatchSessionStatus` (`GET /v1/batch-sessions/{batch_id}`). */
export type GetBatchSessionStatusParameters = operations["getBatchSessionStatus"]["parameters"];
/** Success response body of `getBatchSessionStatus` (`GET /v1/batch-sessions/{batch_id}`). */
export type GetBatchSessionStatusResponse = operations["getBatchSessionStatus"]["responses"][200]["content"]["application/json"];
/** Parameters of `deleteBatchSessions` (`DELETE /v1/batch-sessions/{batch_id}`). */
export type DeleteBatchSessionsParameters = operations["deleteBatchSessions"]["parameters"];
/** Success response body of `deleteBatchSessions` (`DELETE /v1/batch-sessions/{batch_id}`). */
export type DeleteBatchSessionsResponse = operations["deleteBatchSessions"]["responses"][200]["content"]["application/json"];
/** Request body of `updateBatchSession` (`PATCH /v1/batch-sessions/{batch_id}`). */
export type UpdateBatchSessionRequestBody = NonNullable<operations["updateBatchSession"]["requestBody"]>["content"]["application/json"];
/** Parameters of `updateBatchSession` (`PATCH /v1/batch-sessions/{batch_id}`). */
export type UpdateBatchSessionParameters = operations["updateBatchSession"]["parameters"];
/** Success response body of `updateBatchSession` (`PATCH /v1/batch-sessions/{batch_id}`). */
export type UpdateBatchSessionResponse = operations["updateBatchSession"]["responses"][200]["content"]["application/json"];
/** Request body of `retryFailedBatchSessions` (`POST /v1/batch-sessions/{batch_id}/retry`). */
export type RetryFailedBatchSessionsRequestBody = NonNullable<operations["retryFailedBatchSessions"]["requestBody"]>["content"]["application/json"];
/** Parameters of `retryFailedBatchSessions` (`POST /v1/batch-sessions/{batch_id}/retry`). */
export type RetryFailedBatchSessionsParameters = operations["retryFailedBatchSessions"]["parameters"];
/** Success response body of `retryFailedBatchSessions` (`POST /v1/batch-sessions/{batch_id}/retry`). */
export type RetryFailedBatchSessionsResponse = operations["retryFailedBatchSessions"]["responses"][200]["content"]["application/json"];
/** Request body of `signalEvent` (`POST /v1/events/{event_name}`). */
export type SignalEventRequestBody = NonNullable<operations["signalEvent"]["requestBody"]>["content"]["application/json"];
/** Parameters of `signalEvent` (`POST /v1/events/{event_name}`). */
export type SignalEventParameters = operations["signalEvent"]["parameters"];
/** Success response body of `signalEvent` (`POST /v1/events/{event_name}`). */
export type SignalEventResponse = operations["signalEvent"]["responses"][200]["content"]["application/json"];
/** Request body of `waitForEvent` (`POST /v1/events/{event_name}/wait`). */
export type WaitForEventRequestBody = NonNullable<operations["waitForEvent"]["requestBody"]>["content"]["application/json"];
/** Parameters of `waitForEvent` (`POST /v1/events/{event_name}/wait`). */
export type WaitForEventParameters = operations["waitForEvent"]["parameters"];
/** Success response body of `waitForEvent` (`POST /v1/events/{event_name}/wait`). */
export type WaitForEventResponse = operations["waitForEvent"]["responses"][200]["content"]["application/json"];
/** Parameters of `listExtensions` (`GET /v1/extensions`). */
export type ListExtensionsParameters = operations["listExtensions"]["parameters"];
/** Success response body of `listExtensions` (`GET /v1/extensions`). */
export type ListExtensionsResponse = operations["listExtensions"]["responses"][200]["content"]["application/json"];
/** Parameters of `uploadExtension` (`POST /v1/extensions`). */
export type UploadExtensionParameters = operations["uploadExtension"]["parameters"];
/** Success response body of `uploadExtension` (`POST /v1/extensions`). */
export type UploadExtensionResponse = operations["uploadExtension"]["responses"][200]["content"]["application/json"];
/** Parameters of `getExtensionDetails` (`GET /v1/extensions/{id}`). */
export type GetExtensionDetailsParameters = operations["getExtensionDetails"]["parameters"];
/** Success response body of `getExtensionDetails` (`GET /v1/extensions/{id}`). */
export type GetExtensionDetailsResponse = operations["getExtensionDetails"]["responses"][200]["content"]["application/json"];
/** Parameters of `deleteExtension` (`DELETE /v1/extensions/{id}`). */
export type DeleteExtensionParameters = operations["deleteExtension"]["parameters"];
/** Success response body of `deleteExtension` (`DELETE /v1/extensions/{id}`). */
export type DeleteExtensionResponse = operations["deleteExtension"]["responses"][200]["content"]["application/json"];
/** Request body of `createIdentity` (`POST /v1/identities`). */
export type CreateIdentityRequestBody = NonNullable<operations["createIdentity"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createIdentity` (`POST /v1/identities`). */
export type CreateIdentityParameters = operations["createIdentity"]["parameters"];
/** Parameters of `getIdentity` (`GET /v1/identities/{identityId}`). */
export type GetIdentityParameters = operations["getIdentity"]["parameters"];
/** Request body of `updateIdentity` (`PUT /v1/identities/{identityId}`). */
export type UpdateIdentityRequestBody = NonNullable<operations["updateIdentity"]["requestBody"]>["content"]["application/json"];
/** Parameters of `updateIdentity` (`PUT /v1/identities/{identityId}`). */
export type UpdateIdentityParameters = operations["updateIdentity"]["parameters"];
/** Parameters of `deleteIdentity` (`DELETE /v1/identities/{identityId}`). */
export type DeleteIdentityParameters = operations["deleteIdentity"]["parameters"];
/** Parameters of `getIdentityCredentials` (`GET /v1/identities/{identityId}/credentials`). */
export type GetIdentityCredentialsParameters = operations["getIdentityCredentials"]["parameters"];
/** Parameters of `listIntegrations` (`GET /v1/integrations`). */
export type ListIntegrationsParameters = operations["listIntegrations"]["parameters"];
/** Success response body of `listIntegrations` (`GET /v1/integrations`). */
export type ListIntegrationsResponse = operations["listIntegrations"]["responses"][200]["content"]["application/json"];
/** Request body of `createIntegration` (`POST /v1/integrations`). */
export type CreateIntegrationRequestBody = NonNullable<operations["createIntegration"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createIntegration` (`POST /v1/integrations`). */
export type CreateIntegrationParameters = operations["createIntegration"]["parameters"];
/** Success response body of `createIntegration` (`POST /v1/integrations`). */
export type CreateIntegrationResponse = operations["createIntegration"]["responses"][200]["content"]["application/json"];
/** Parameters of `deleteIntegration` (`DELETE /v1/integrations/{integrationId}`). */
export type DeleteIntegrationParameters = operations["deleteIntegration"]["parameters"];
/** Success response body of `deleteIntegration` (`DELETE /v1/integrations/{integrationId}`). */
export type DeleteIntegrationResponse = operations["deleteIntegration"]["responses"][200]["content"]["application/json"];
/** Parameters of `listProfiles` (`GET /v1/profiles`). */
export type ListProfilesParameters = operations["listProfiles"]["parameters"];
/** Success response body of `listProfiles` (`GET /v1/profiles`). */
export type ListProfilesResponse = operations["listProfiles"]["responses"][200]["content"]["application/json"];
/** Request body of `createProfile` (`POST /v1/profiles`). */
export type CreateProfileRequestBody = NonNullable<operations["createProfile"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createProfile` (`POST /v1/profiles`). */
export type CreateProfileParameters = operations["createProfile"]["parameters"];
/** Success response body of `createProfile` (`POST /v1/profiles`). */
export type CreateProfileResponse = operations["createProfile"]["responses"][200]["content"]["application/json"];
/** Parameters of `getProfile` (`GET /v1/profiles/{name}`). */
export type GetProfileParameters = operations["getProfile"]["parameters"];
/** Success response body of `getProfile` (`GET /v1/profiles/{name}`). */
export type GetProfileResponse = operations["getProfile"]["responses"][200]["content"]["application/json"];
/** Parameters of `deleteProfile` (`DELETE /v1/profiles/{name}`). */
export type DeleteProfileParameters = operations["deleteProfile"]["parameters"];
/** Success response body of `deleteProfile` (`DELETE /v1/profiles/{name}`). */
export type DeleteProfileResponse = operations["deleteProfile"]["responses"][200]["content"]["application/json"];
/** Parameters of `listSessionsHistoryPage` (`GET /v1/sessions`). */
export type ListSessionsHistoryPageParameters = operations["listSessionsHistoryPage"]["parameters"];
/** Success response body of `listSessionsHistoryPage` (`GET /v1/sessions`). */
export type ListSessionsHistoryPageResponse = operations["listSessionsHistoryPage"]["responses"][200]["content"]["application/json"];
/** Request body of `startBrowserSession` (`POST /v1/sessions`). */
export type StartBrowserSessionRequestBody = NonNullable<operations["startBrowserSession"]["requestBody"]>["content"]["application/json"];
/** Parameters of `startBrowserSession` (`POST /v1/sessions`). */
export type StartBrowserSessionParameters = operations["startBrowserSession"]["parameters"];
/** Success response body of `startBrowserSession` (`POST /v1/sessions`). */
export type StartBrowserSessionResponse = operations["startBrowserSession"]["responses"][200]["content"]["application/json"];
/** Parameters of `endAllSessions` (`DELETE /v1/sessions/all`). */
export type EndAllSessionsParameters = operations["endAllSessions"]["parameters"];
/** Success response body of `endAllSessions` (`DELETE /v1/sessions/all`). */
export type EndAllSessionsResponse = operations["endAllSessions"]["responses"][200]["content"]["application/json"];
/** Parameters of `listSessionsStatus` (`GET /v1/sessions/all/status`). */
export type ListSessionsStatusParameters = operations["listSessionsStatus"]["parameters"];
/** Success response body of `listSessionsStatus` (`GET /v1/sessions/all/status`). */
export type ListSessionsStatusResponse = operations["listSessionsStatus"]["responses"][200]["content"]["application/json"];
/** Parameters of `getSessionsHistory` (`GET /v1/sessions/history`). */
export type GetSessionsHistoryParameters = operations["getSessionsHistory"]["parameters"];
/** Success response body of `getSessionsHistory` (`GET /v1/sessions/history`). */
export type GetSessionsHistoryResponse = operations["getSessionsHistory"]["responses"][200]["content"]["application/json"];
/** Parameters of `listAgentResources` (`GET /v1/sessions/{sessionId}/agent/files`). */
export type ListAgentResourcesParameters = operations["listAgentResources"]["parameters"];
/** Success response body of `listAgentResources` (`GET /v1/sessions/{sessionId}/agent/files`). */
export type ListAgentResourcesResponse = operations["listAgentResources"]["responses"][200]["content"]["application/json"];
/** Parameters of `uploadAgentResources` (`POST /v1/sessions/{sessionId}/agent/files`). */
export type UploadAgentResourcesParameters = operations["uploadAgentResources"]["parameters"];
/** Success response body of `uploadAgentResources` (`POST /v1/sessions/{sessionId}/agent/files`). */
export type UploadAgentResourcesResponse = operations["uploadAgentResources"]["responses"][200]["content"]["application/json"];
/** Parameters of `getClipboardContent` (`GET /v1/sessions/{sessionId}/clipboard`). */
export type GetClipboardContentParameters = operations["getClipboardContent"]["parameters"];
/** Success response body of `getClipboardContent` (`GET /v1/sessions/{sessionId}/clipboard`). */
export type GetClipboardContentResponse = operations["getClipboardContent"]["responses"][200]["content"]["application/json"];
/** Request body of `setClipboardContent` (`POST /v1/sessions/{sessionId}/clipboard`). */
export type SetClipboardContentRequestBody = NonNullable<operations["setClipboardContent"]["requestBody"]>["content"]["application/json"];
/** Parameters of `setClipboardContent` (`POST /v1/sessions/{sessionId}/clipboard`). */
export type SetClipboardContentParameters = operations["setClipboardContent"]["parameters"];
/** Success response body of `setClipboardContent` (`POST /v1/sessions/{sessionId}/clipboard`). */
export type SetClipboardContentResponse = operations["setClipboardContent"]["responses"][200]["content"]["application/json"];
/** Parameters of `copySelectedText` (`POST /v1/sessions/{sessionId}/copy`). */
export type CopySelectedTextParameters = operations["copySelectedText"]["parameters"];
/** Success response body of `copySelectedText` (`POST /v1/sessions/{sessionId}/copy`). */
export type CopySelectedTextResponse = operations["copySelectedText"]["responses"][200]["content"]["application/json"];
/** Request body of `dragAndDrop` (`POST /v1/sessions/{sessionId}/drag-and-drop`). */
export type DragAndDropRequestBody = NonNullable<operations["dragAndDrop"]["requestBody"]>["content"]["application/json"];
/** Parameters of `dragAndDrop` (`POST /v1/sessions/{sessionId}/drag-and-drop`). */
export type DragAndDropParameters = operations["dragAndDrop"]["parameters"];
/** Success response body of `dragAndDrop` (`POST /v1/sessions/{sessionId}/drag-and-drop`). */
export type DragAndDropResponse = operations["dragAndDrop"]["responses"][200]["content"]["application/json"];
/** Request body of `navigateToUrl` (`POST /v1/sessions/{sessionId}/goto`). */
export type NavigateToUrlRequestBody = NonNullable<operations["navigateToUrl"]["requestBody"]>["content"]["application/json"];
/** Parameters of `navigateToUrl` (`POST /v1/sessions/{sessionId}/goto`). */
export type NavigateToUrlParameters = operations["navigateToUrl"]["parameters"];
/** Success response body of `navigateToUrl` (`POST /v1/sessions/{sessionId}/goto`). */
export type NavigateToUrlResponse = operations["navigateToUrl"]["responses"][200]["content"]["application/json"];
/** Request body of `createShortcut` (`POST /v1/sessions/{sessionId}/keyboard/shortcut`). */
export type CreateShortcutRequestBody = NonNullable<operations["createShortcut"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createShortcut` (`POST /v1/sessions/{sessionId}/keyboard/shortcut`). */
export type CreateShortcutParameters = operations["createShortcut"]["parameters"];
/** Success response body of `createShortcut` (`POST /v1/sessions/{sessionId}/keyboard/shortcut`). */
export type CreateShortcutResponse = operations["createShortcut"]["responses"][200]["content"]["application/json"];
/** Request body of `typeText` (`POST /v1/sessions/{sessionId}/keyboard/type`). */
export type TypeTextRequestBody = NonNullable<operations["typeText"]["requestBody"]>["content"]["application/json"];
/** Parameters of `typeText` (`POST /v1/sessions/{sessionId}/keyboard/type`). */
export type TypeTextParameters = operations["typeText"]["parameters"];
/** Success response body of `typeText` (`POST /v1/sessions/{sessionId}/keyboard/type`). */
export type TypeTextResponse = operations["typeText"]["responses"][200]["content"]["application/json"];
/** Request body of `clickMouse` (`POST /v1/sessions/{sessionId}/mouse/click`). */
export type ClickMouseRequestBody = NonNullable<operations["clickMouse"]["requestBody"]>["content"]["application/json"];
/** Parameters of `clickMouse` (`POST /v1/sessions/{sessionId}/mouse/click`). */
export type ClickMouseParameters = operations["clickMouse"]["parameters"];
/** Success response body of `clickMouse` (`POST /v1/sessions/{sessionId}/mouse/click`). */
export type ClickMouseResponse = operations["clickMouse"]["responses"][200]["content"]["application/json"];
/** Request body of `createDoubleClick` (`POST /v1/sessions/{sessionId}/mouse/doubleClick`). */
export type CreateDoubleClickRequestBody = NonNullable<operations["createDoubleClick"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createDoubleClick` (`POST /v1/sessions/{sessionId}/mouse/doubleClick`). */
export type CreateDoubleClickParameters = operations["createDoubleClick"]["parameters"];
/** Success response body of `createDoubleClick` (`POST /v1/sessions/{sessionId}/mouse/doubleClick`). */
export type CreateDoubleClickResponse = operations["createDoubleClick"]["responses"][200]["content"]["application/json"];
/** Request body of `createDown` (`POST /v1/sessions/{sessionId}/mouse/down`). */
export type CreateDownRequestBody = NonNullable<operations["createDown"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createDown` (`POST /v1/sessions/{sessionId}/mouse/down`). */
export type CreateDownParameters = operations["createDown"]["parameters"];
/** Success response body of `createDown` (`POST /v1/sessions/{sessionId}/mouse/down`). */
export type CreateDownResponse = operations["createDown"]["responses"][200]["content"]["application/json"];
/** Request body of `moveMouse` (`POST /v1/sessions/{sessionId}/mouse/move`). */
export type MoveMouseRequestBody = NonNullable<operations["moveMouse"]["requestBody"]>["content"]["application/json"];
/** Parameters of `moveMouse` (`POST /v1/sessions/{sessionId}/mouse/move`). */
export type MoveMouseParameters = operations["moveMouse"]["parameters"];
/** Success response body of `moveMouse` (`POST /v1/sessions/{sessionId}/mouse/move`). */
export type MoveMouseResponse = operations["moveMouse"]["responses"][200]["content"]["application/json"];
/** Request body of `createUp` (`POST /v1/sessions/{sessionId}/mouse/up`). */
export type CreateUpRequestBody = NonNullable<operations["createUp"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createUp` (`POST /v1/sessions/{sessionId}/mouse/up`). */
export type CreateUpParameters = operations["createUp"]["parameters"];
/** Success response body of `createUp` (`POST /v1/sessions/{sessionId}/mouse/up`). */
export type CreateUpResponse = operations["createUp"]["responses"][200]["content"]["application/json"];
/** Request body of `pasteText` (`POST /v1/sessions/{sessionId}/paste`). */
export type PasteTextRequestBody = NonNullable<operations["pasteText"]["requestBody"]>["content"]["application/json"];
/** Parameters of `pasteText` (`POST /v1/sessions/{sessionId}/paste`). */
export type PasteTextParameters = operations["pasteText"]["parameters"];
/** Success response body of `pasteText` (`POST /v1/sessions/{sessionId}/paste`). */
export type PasteTextResponse = operations["pasteText"]["responses"][200]["content"]["application/json"];
/** Parameters of `takeScreenshot` (`GET /v1/sessions/{sessionId}/screenshot`). */
export type TakeScreenshotParameters = operations["takeScreenshot"]["parameters"];
/** Request body of `scroll` (`POST /v1/sessions/{sessionId}/scroll`). */
export type ScrollRequestBody = NonNullable<operations["scroll"]["requestBody"]>["content"]["application/json"];
/** Parameters of `scroll` (`POST /v1/sessions/{sessionId}/scroll`). */
export type ScrollParameters = operations["scroll"]["parameters"];
/** Success response body of `scroll` (`POST /v1/sessions/{sessionId}/scroll`). */
export type ScrollResponse = operations["scroll"]["responses"][200]["content"]["application/json"];
/** Parameters of `uploadFiles` (`POST /v1/sessions/{sessionId}/uploads`). */
export type UploadFilesParameters = operations["uploadFiles"]["parameters"];
/** Success response body of `uploadFiles` (`POST /v1/sessions/{sessionId}/uploads`). */
export type UploadFilesResponse = operations["uploadFiles"]["responses"][200]["content"]["application/json"];
/** Parameters of `getBrowserSession` (`GET /v1/sessions/{session_id}`). */
export type GetBrowserSessionParameters = operations["getBrowserSession"]["parameters"];
/** Success response body of `getBrowserSession` (`GET /v1/sessions/{session_id}`). */
export type GetBrowserSessionResponse = operations["getBrowserSession"]["responses"][200]["content"]["application/json"];
/** Parameters of `endBrowserSession` (`DELETE /v1/sessions/{session_id}`). */
export type EndBrowserSessionParameters = operations["endBrowserSession"]["parameters"];
/** Success response body of `endBrowserSession` (`DELETE /v1/sessions/{session_id}`). */
export type EndBrowserSessionResponse = operations["endBrowserSession"]["responses"][200]["content"]["application/json"];
/** Parameters of `pauseAgent` (`POST /v1/sessions/{session_id}/agent/pause`). */
export type PauseAgentParameters = operations["pauseAgent"]["parameters"];
/** Success response body of `pauseAgent` (`POST /v1/sessions/{session_id}/agent/pause`). */
export type PauseAgentResponse = operations["pauseAgent"]["responses"][200]["content"]["application/json"];
/** Parameters of `resumeAgent` (`POST /v1/sessions/{session_id}/agent/resume`). */
export type ResumeAgentParameters = operations["resumeAgent"]["parameters"];
/** Success response body of `resumeAgent` (`POST /v1/sessions/{session_id}/agent/resume`). */
export type ResumeAgentResponse = operations["resumeAgent"]["responses"][200]["content"]["application/json"];
/** Parameters of `listSessionDownloads` (`GET /v1/sessions/{session_id}/downloads`). */
export type ListSessionDownloadsParameters = operations["listSessionDownloads"]["parameters"];
/** Success response body of `listSessionDownloads` (`GET /v1/sessions/{session_id}/downloads`). */
export type ListSessionDownloadsResponse = operations["listSessionDownloads"]["responses"][200]["content"]["application/json"];
/** Parameters of `getBrowserSessionPages` (`GET /v1/sessions/{session_id}/pages`). */
export type GetBrowserSessionPagesParameters = operations["getBrowserSessionPages"]["parameters"];
/** Success response body of `getBrowserSessionPages` (`GET /v1/sessions/{session_id}/pages`). */
export type GetBrowserSessionPagesResponse = operations["getBrowserSessionPages"]["responses"][200]["content"]["application/json"];
/** Parameters of `listSessionRecordings` (`GET /v1/sessions/{session_id}/recordings`). */
export type ListSessionRecordingsParameters = operations["listSessionRecordings"]["parameters"];
/** Success response body of `listSessionRecordings` (`GET /v1/sessions/{session_id}/recordings`). */
export type ListSessionRecordingsResponse = operations["listSessionRecordings"]["responses"][200]["content"]["application/json"];
/** Parameters of `pauseSessionRecording` (`POST /v1/sessions/{session_id}/recordings/pause`). */
export type PauseSessionRecordingParameters = operations["pauseSessionRecording"]["parameters"];
/** Success response body of `pauseSessionRecording` (`POST /v1/sessions/{session_id}/recordings/pause`). */
export type PauseSessionRecordingResponse = operations["pauseSessionRecording"]["responses"][200]["content"]["application/json"];
/** Parameters of `getSessionRecording` (`GET /v1/sessions/{session_id}/recordings/primary/fetch`). */
export type GetSessionRecordingParameters = operations["getSessionRecording"]["parameters"];
/** Parameters of `resumeSessionRecording` (`POST /v1/sessions/{session_id}/recordings/resume`). */
export type ResumeSessionRecordingParameters = operations["resumeSessionRecording"]["parameters"];
/** Success response body of `resumeSessionRecording` (`POST /v1/sessions/{session_id}/recordings/resume`). */
export type ResumeSessionRecordingResponse = operations["resumeSessionRecording"]["responses"][200]["content"]["application/json"];
/** Parameters of `listTasks` (`GET /v1/task`). */
export type ListTasksParameters = operations["listTasks"]["parameters"];
/** Success response body of `listTasks` (`GET /v1/task`). */
export type ListTasksResponse = operations["listTasks"]["responses"][200]["content"]["application/json"];
/** Request body of `createTask` (`POST /v1/task`). */
export type CreateTaskRequestBody = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createTask` (`POST /v1/task`). */
export type CreateTaskParameters = operations["createTask"]["parameters"];
/** Success response body of `createTask` (`POST /v1/task`). */
export type CreateTaskResponse = operations["createTask"]["responses"][200]["content"]["application/json"];
/** Request body of `runTask` (`POST /v1/task/run`). */
export type RunTaskRequestBody = NonNullable<operations["runTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTask` (`POST /v1/task/run`). */
export type RunTaskParameters = operations["runTask"]["parameters"];
/** Request body of `runTaskByName` (`POST /v1/task/run/{taskName}`). */
export type RunTaskByNameRequestBody = NonNullable<operations["runTaskByName"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTaskByName` (`POST /v1/task/run/{taskName}`). */
export type RunTaskByNameParameters = operations["runTaskByName"]["parameters"];
/** Success response body of `runTaskByName` (`POST /v1/task/run/{taskName}`). */
export type RunTaskByNameResponse = operations["runTaskByName"]["responses"][200]["content"]["application/json"];
/** Parameters of `getTaskMetadata` (`GET /v1/task/{taskId}`). */
export type GetTaskMetadataParameters = operations["getTaskMetadata"]["parameters"];
/** Success response body of `getTaskMetadata` (`GET /v1/task/{taskId}`). */
export type GetTaskMetadataResponse = operations["getTaskMetadata"]["responses"][200]["content"]["application/json"];
/** Request body of `updateTaskMetadata` (`PUT /v1/task/{taskId}`). */
export type UpdateTaskMetadataRequestBody = NonNullable<operations["updateTaskMetadata"]["requestBody"]>["content"]["application/json"];
/** Parameters of `updateTaskMetadata` (`PUT /v1/task/{taskId}`). */
export type UpdateTaskMetadataParameters = operations["updateTaskMetadata"]["parameters"];
/** Success response body of `updateTaskMetadata` (`PUT /v1/task/{taskId}`). */
export type UpdateTaskMetadataResponse = operations["updateTaskMetadata"]["responses"][200]["content"]["application/json"];
/** Parameters of `deleteTask` (`DELETE /v1/task/{taskId}`). */
export type DeleteTaskParameters = operations["deleteTask"]["parameters"];
/** Request body of `deployTask` (`POST /v1/task/{taskId}/deploy`). */
export type DeployTaskRequestBody = NonNullable<operations["deployTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `deployTask` (`POST /v1/task/{taskId}/deploy`). */
export type DeployTaskParameters = operations["deployTask"]["parameters"];
/** Success response body of `deployTask` (`POST /v1/task/{taskId}/deploy`). */
export type DeployTaskResponse = operations["deployTask"]["responses"][200]["content"]["application/json"];
/** Parameters of `getTaskDraft` (`GET /v1/task/{taskId}/draft`). */
export type GetTaskDraftParameters = operations["getTaskDraft"]["parameters"];
/** Success response body of `getTaskDraft` (`GET /v1/task/{taskId}/draft`). */
export type GetTaskDraftResponse = operations["getTaskDraft"]["responses"][200]["content"]["application/json"];
/** Request body of `createOrUpdateTaskDraft` (`POST /v1/task/{taskId}/draft`). */
export type CreateOrUpdateTaskDraftRequestBody = NonNullable<operations["createOrUpdateTaskDraft"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createOrUpdateTaskDraft` (`POST /v1/task/{taskId}/draft`). */
export type CreateOrUpdateTaskDraftParameters = operations["createOrUpdateTaskDraft"]["parameters"];
/** Success response body of `createOrUpdateTaskDraft` (`POST /v1/task/{taskId}/draft`). */
export type CreateOrUpdateTaskDraftResponse = operations["createOrUpdateTaskDraft"]["responses"][200]["content"]["application/json"];
/** Parameters of `listTaskExecutions` (`GET /v1/task/{taskId}/executions`). */
export type ListTaskExecutionsParameters = operations["listTaskExecutions"]["parameters"];
/** Success response body of `listTaskExecutions` (`GET /v1/task/{taskId}/executions`). */
export type ListTaskExecutionsResponse = operations["listTaskExecutions"]["responses"][200]["content"]["application/json"];
/** Parameters of `getTaskExecutionResult` (`GET /v1/task/{taskId}/executions/{executionId}`). */
export type GetTaskExecutionResultParameters = operations["getTaskExecutionResult"]["parameters"];
/** Success response body of `getTaskExecutionResult` (`GET /v1/task/{taskId}/executions/{executionId}`). */
export type GetTaskExecutionResultResponse = operations["getTaskExecutionResult"]["responses"][200]["content"]["application/json"];
/** Parameters of `getLatestTaskVersion` (`GET /v1/task/{taskId}/latest`). */
export type GetLatestTaskVersionParameters = operations["getLatestTaskVersion"]["parameters"];
/** Success response body of `getLatestTaskVersion` (`GET /v1/task/{taskId}/latest`). */
export type GetLatestTaskVersionResponse = operations["getLatestTaskVersion"]["responses"][200]["content"]["application/json"];
/** Parameters of `listTaskVersions` (`GET /v1/task/{taskId}/versions`). */
export type ListTaskVersionsParameters = operations["listTaskVersions"]["parameters"];
/** Success response body of `listTaskVersions` (`GET /v1/task/{taskId}/versions`). */
export type ListTaskVersionsResponse = operations["listTaskVersions"]["responses"][200]["content"]["application/json"];
/** Parameters of `getTaskVersion` (`GET /v1/task/{taskId}/{taskVersion}`). */
export type GetTaskVersionParameters = operations["getTaskVersion"]["parameters"];
/** Success response body of `getTaskVersion` (`GET /v1/task/{taskId}/{taskVersion}`). */
export type GetTaskVersionResponse = operations["getTaskVersion"]["responses"][200]["content"]["application/json"];
/** Request body of `publishTaskVersion` (`POST /v1/task/{taskId}/{taskVersion}`). */
export type PublishTaskVersionRequestBody = NonNullable<operations["publishTaskVersion"]["requestBody"]>["content"]["application/json"];
/** Parameters of `publishTaskVersion` (`POST /v1/task/{taskId}/{taskVersion}`). */
export type PublishTaskVersionParameters = operations["publishTaskVersion"]["parameters"];
/** Success response body of `publishTaskVersion` (`POST /v1/task/{taskId}/{taskVersion}`). */
export type PublishTaskVersionResponse = operations["publishTaskVersion"]["responses"][200]["content"]["application/json"];
/** Parameters of `deleteTaskVersion` (`DELETE /v1/task/{taskId}/{taskVersion}`). */
export type DeleteTaskVersionParameters = operations["deleteTaskVersion"]["parameters"];
/** Success response body of `deleteTaskVersion` (`DELETE /v1/task/{taskId}/{taskVersion}`). */
export type DeleteTaskVersionResponse = operations["deleteTaskVersion"]["responses"][200]["content"]["application/json"];
/** Request body of `getWebpageContent` (`POST /v1/tools/fetch-webpage`). */
export type GetWebpageContentRequestBody = NonNullable<operations["getWebpageContent"]["requestBody"]>["content"]["application/json"];
/** Parameters of `getWebpageContent` (`POST /v1/tools/fetch-webpage`). */
export type GetWebpageContentParameters = operations["getWebpageContent"]["parameters"];
/** Request body of `getPagePdf` (`POST /v1/tools/page-pdf`). */
export type GetPagePdfRequestBody = NonNullable<operations["getPagePdf"]["requestBody"]>["content"]["application/json"];
/** Parameters of `getPagePdf` (`POST /v1/tools/page-pdf`). */
export type GetPagePdfParameters = operations["getPagePdf"]["parameters"];
/** Request body of `performWebTask` (`POST /v1/tools/perform-web-task`). */
export type PerformWebTaskRequestBody = NonNullable<operations["performWebTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `performWebTask` (`POST /v1/tools/perform-web-task`). */
export type PerformWebTaskParameters = operations["performWebTask"]["parameters"];
/** Success response body of `performWebTask` (`POST /v1/tools/perform-web-task`). */
export type PerformWebTaskResponse = operations["performWebTask"]["responses"][200]["content"]["application/json"];
/** Parameters of `getPerformWebTaskStatus` (`GET /v1/tools/perform-web-task/{workflowId}/status`). */
export type GetPerformWebTaskStatusParameters = operations["getPerformWebTaskStatus"]["parameters"];
/** Success response body of `getPerformWebTaskStatus` (`GET /v1/tools/perform-web-task/{workflowId}/status`). */
export type GetPerformWebTaskStatusResponse = operations["getPerformWebTaskStatus"]["responses"][200]["content"]["application/json"];
/** Request body of `createScreenshot` (`POST /v1/tools/screenshot`). */
export type CreateScreenshotRequestBody = NonNullable<operations["createScreenshot"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createScreenshot` (`POST /v1/tools/screenshot`). */
export type CreateScreenshotParameters = operations["createScreenshot"]["parameters"];
/** Parameters of `getTaskRunStatus` (`GET /v2/tasks/runs/{runId}/status`). */
export type GetTaskRunStatusParameters = operations["getTaskRunStatus"]["parameters"];
/** Success response body of `getTaskRunStatus` (`GET /v2/tasks/runs/{runId}/status`). */
export type GetTaskRunStatusResponse = operations["getTaskRunStatus"]["responses"][200]["content"]["application/json"];
/** Request body of `runTaskV2` (`POST /v2/tasks/{taskId}/run`). */
export type RunTaskV2RequestBody = NonNullable<operations["runTaskV2"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTaskV2` (`POST /v2/tasks/{taskId}/run`). */
export type RunTaskV2Parameters = operations["runTaskV2"]["parameters"];
/** Success response body of `runTaskV2` (`POST /v2/tasks/{taskId}/run`). */
export type RunTaskV2Response = operations["runTaskV2"]["responses"][200]["content"]["application/json"];
