/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { Client, ClientForPath } from "openapi-fetch";
import { type ClientOptions, type ExactInit, type WaitOptions } from "./runtime/index.js";
import * as routes from "./routes.js";
import type { components, operations, paths } from "./schema.js";
type Media = `${string}/${string}`;
/**
 * One method per operationId, calling its path method:
 * `client.listApplications(init)` is `client.GET("/v1/applications", init)`,
 * with a concrete init type, so a misspelt or unknown key in `body` or `params` is a compile error.
 */
export interface AnchorBrowserOperations {
    /**
     * List Applications
     *
     * Retrieves all applications for the authenticated team.
     *
     * `GET /v1/applications`
     */
    listApplications: ExactInit<ClientForPath<paths["/v1/applications"], Media>["GET"], operations["listApplications"]["responses"]>;
    /**
     * Create Application
     *
     * Creates a new application for identity management.
     *
     * `POST /v1/applications`
     */
    createApplication: ExactInit<ClientForPath<paths["/v1/applications"], Media>["POST"], operations["createApplication"]["responses"]>;
    /**
     * Get Application
     *
     * Retrieves details of a specific application by its ID.
     *
     * `GET /v1/applications/{applicationId}`
     */
    getApplication: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}"], Media>["GET"], operations["getApplication"]["responses"]>;
    /**
     * Delete Application
     *
     * Deletes an existing application.
     *
     * `DELETE /v1/applications/{applicationId}`
     */
    deleteApplication: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}"], Media>["DELETE"], operations["deleteApplication"]["responses"]>;
    /**
     * List Application Authentication Flows
     *
     * Retrieves all authentication flows for a specific application.
     *
     * `GET /v1/applications/{applicationId}/auth-flows`
     */
    listApplicationAuthenticationFlows: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}/auth-flows"], Media>["GET"], operations["listApplicationAuthenticationFlows"]["responses"]>;
    /**
     * Create Authentication Flow
     *
     * Creates a new authentication flow for an application.
     *
     * `POST /v1/applications/{applicationId}/auth-flows`
     */
    createAuthenticationFlow: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}/auth-flows"], Media>["POST"], operations["createAuthenticationFlow"]["responses"]>;
    /**
     * Delete Authentication Flow
     *
     * Deletes an existing authentication flow.
     *
     * `DELETE /v1/applications/{applicationId}/auth-flows/{authFlowId}`
     */
    deleteAuthenticationFlow: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}/auth-flows/{authFlowId}"], Media>["DELETE"], operations["deleteAuthenticationFlow"]["responses"]>;
    /**
     * Update Authentication Flow
     *
     * Updates an existing authentication flow.
     *
     * `PATCH /v1/applications/{applicationId}/auth-flows/{authFlowId}`
     */
    updateAuthenticationFlow: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}/auth-flows/{authFlowId}"], Media>["PATCH"], operations["updateAuthenticationFlow"]["responses"]>;
    /**
     * List Application Identities
     *
     * Retrieves all identities associated with a specific application.
     *
     * `GET /v1/applications/{applicationId}/identities`
     */
    listApplicationIdentities: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}/identities"], Media>["GET"], operations["listApplicationIdentities"]["responses"]>;
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
    createIdentityToken: ExactInit<ClientForPath<paths["/v1/applications/{applicationId}/tokens"], Media>["POST"], operations["createIdentityToken"]["responses"]>;
    /**
     * List Batch Sessions
     *
     * Lists all batch session requests for the authenticated team, with optional filtering
     * by status and pagination support.
     *
     * `GET /v1/batch-sessions`
     */
    listBatchSessions: ExactInit<ClientForPath<paths["/v1/batch-sessions"], Media>["GET"], operations["listBatchSessions"]["responses"]>;
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
    createBatchSessions: ExactInit<ClientForPath<paths["/v1/batch-sessions"], Media>["POST"], operations["createBatchSessions"]["responses"]>;
    /**
     * Get Batch Session Status
     *
     * Retrieves detailed status information for a specific batch, including progress,
     * individual session details, and any errors that occurred.
     *
     * `GET /v1/batch-sessions/{batch_id}`
     */
    getBatchSessionStatus: ExactInit<ClientForPath<paths["/v1/batch-sessions/{batch_id}"], Media>["GET"], operations["getBatchSessionStatus"]["responses"]>;
    /**
     * Delete Batch Sessions
     *
     * Deletes all sessions in a batch. Running sessions will be terminated
     * and all session data will be removed.
     *
     * `DELETE /v1/batch-sessions/{batch_id}`
     */
    deleteBatchSessions: ExactInit<ClientForPath<paths["/v1/batch-sessions/{batch_id}"], Media>["DELETE"], operations["deleteBatchSessions"]["responses"]>;
    /**
     * Update Batch Session
     *
     * Updates a batch session. Supports cancelling a running or pending batch,
     * which terminates all running sessions in the batch.
     *
     * `PATCH /v1/batch-sessions/{batch_id}`
     */
    updateBatchSession: ExactInit<ClientForPath<paths["/v1/batch-sessions/{batch_id}"], Media>["PATCH"], operations["updateBatchSession"]["responses"]>;
    /**
     * Retry Failed Batch Sessions
     *
     * Retries failed sessions in a batch by creating new browser pods for each
     * failed session. The batch status will be set back to 'processing'.
     *
     * `POST /v1/batch-sessions/{batch_id}/retry`
     */
    retryFailedBatchSessions: ExactInit<ClientForPath<paths["/v1/batch-sessions/{batch_id}/retry"], Media>["POST"], operations["retryFailedBatchSessions"]["responses"]>;
    /**
     * Signal Event
     *
     * Signals an event with associated data, unblocking any clients waiting for this event.
     * This enables coordination between different browser sessions, workflows, or external processes.
     *
     * `POST /v1/events/{event_name}`
     */
    signalEvent: ExactInit<ClientForPath<paths["/v1/events/{event_name}"], Media>["POST"], operations["signalEvent"]["responses"]>;
    /**
     * Wait for Event
     *
     * Waits for a specific event to be signaled by another process, workflow, or session.
     * This endpoint blocks until the event is signaled or the timeout is reached.
     * Useful for coordinating between multiple browser sessions or workflows.
     *
     * `POST /v1/events/{event_name}/wait`
     */
    waitForEvent: ExactInit<ClientForPath<paths["/v1/events/{event_name}/wait"], Media>["POST"], operations["waitForEvent"]["responses"]>;
    /**
     * List Extensions
     *
     * Get all extensions for the authenticated user
     *
     * `GET /v1/extensions`
     */
    listExtensions: ExactInit<ClientForPath<paths["/v1/extensions"], Media>["GET"], operations["listExtensions"]["responses"]>;
    /**
     * Upload Extension
     *
     * Upload a new browser extension as a ZIP file. The extension will be validated and stored for use in browser sessions.
     *
     * `POST /v1/extensions`
     */
    uploadExtension: ExactInit<ClientForPath<paths["/v1/extensions"], Media>["POST"], operations["uploadExtension"]["responses"]>;
    /**
     * Get Extension Details
     *
     * Get details of a specific extension by its ID
     *
     * `GET /v1/extensions/{id}`
     */
    getExtensionDetails: ExactInit<ClientForPath<paths["/v1/extensions/{id}"], Media>["GET"], operations["getExtensionDetails"]["responses"]>;
    /**
     * Delete Extension
     *
     * Delete an extension and remove it from storage
     *
     * `DELETE /v1/extensions/{id}`
     */
    deleteExtension: ExactInit<ClientForPath<paths["/v1/extensions/{id}"], Media>["DELETE"], operations["deleteExtension"]["responses"]>;
    /**
     * Create Identity
     *
     * Creates a new identity with credentials for authentication.
     *
     * `POST /v1/identities`
     */
    createIdentity: ExactInit<ClientForPath<paths["/v1/identities"], Media>["POST"], operations["createIdentity"]["responses"]>;
    /**
     * Get Identity
     *
     * Retrieves details of a specific identity by its ID.
     *
     * `GET /v1/identities/{identityId}`
     */
    getIdentity: ExactInit<ClientForPath<paths["/v1/identities/{identityId}"], Media>["GET"], operations["getIdentity"]["responses"]>;
    /**
     * Update Identity
     *
     * Updates an existing identity's name, metadata, or credentials.
     *
     * `PUT /v1/identities/{identityId}`
     */
    updateIdentity: ExactInit<ClientForPath<paths["/v1/identities/{identityId}"], Media>["PUT"], operations["updateIdentity"]["responses"]>;
    /**
     * Delete Identity
     *
     * Deletes an existing identity.
     *
     * `DELETE /v1/identities/{identityId}`
     */
    deleteIdentity: ExactInit<ClientForPath<paths["/v1/identities/{identityId}"], Media>["DELETE"], operations["deleteIdentity"]["responses"]>;
    /**
     * Get Identity Credentials
     *
     * Retrieves the credentials for a specific identity. This endpoint returns sensitive credential data.
     *
     * `GET /v1/identities/{identityId}/credentials`
     */
    getIdentityCredentials: ExactInit<ClientForPath<paths["/v1/identities/{identityId}/credentials"], Media>["GET"], operations["getIdentityCredentials"]["responses"]>;
    /**
     * List Integrations
     *
     * Retrieves all integrations for the authenticated team.
     *
     * `GET /v1/integrations`
     */
    listIntegrations: ExactInit<ClientForPath<paths["/v1/integrations"], Media>["GET"], operations["listIntegrations"]["responses"]>;
    /**
     * Create Integration
     *
     * Creates a new integration with a third-party service like 1Password.
     * The integration can then be used in browser sessions to automatically load secrets and credentials.
     *
     * `POST /v1/integrations`
     */
    createIntegration: ExactInit<ClientForPath<paths["/v1/integrations"], Media>["POST"], operations["createIntegration"]["responses"]>;
    /**
     * Delete Integration
     *
     * Deletes an existing integration and removes its stored credentials.
     *
     * `DELETE /v1/integrations/{integrationId}`
     */
    deleteIntegration: ExactInit<ClientForPath<paths["/v1/integrations/{integrationId}"], Media>["DELETE"], operations["deleteIntegration"]["responses"]>;
    /**
     * List Profiles
     *
     * Fetches all stored profiles.
     *
     * `GET /v1/profiles`
     */
    listProfiles: ExactInit<ClientForPath<paths["/v1/profiles"], Media>["GET"], operations["listProfiles"]["responses"]>;
    /**
     * Create Profile
     *
     * Creates a new profile from a browser session. A Profile stores cookies, local storage, and cache.
     *
     * `POST /v1/profiles`
     */
    createProfile: ExactInit<ClientForPath<paths["/v1/profiles"], Media>["POST"], operations["createProfile"]["responses"]>;
    /**
     * Get Profile
     *
     * Retrieves details of a specific profile by its name.
     *
     * `GET /v1/profiles/{name}`
     */
    getProfile: ExactInit<ClientForPath<paths["/v1/profiles/{name}"], Media>["GET"], operations["getProfile"]["responses"]>;
    /**
     * Delete Profile
     *
     * Deletes an existing profile by its name.
     *
     * `DELETE /v1/profiles/{name}`
     */
    deleteProfile: ExactInit<ClientForPath<paths["/v1/profiles/{name}"], Media>["DELETE"], operations["deleteProfile"]["responses"]>;
    /**
     * List Sessions History Page
     *
     * Retrieves a paginated list of sessions for the authenticated team with support for
     * sorting and advanced filtering. This endpoint mirrors the backend session history-page
     * filtering behavior.
     *
     * `GET /v1/sessions`
     */
    listSessionsHistoryPage: ExactInit<ClientForPath<paths["/v1/sessions"], Media>["GET"], operations["listSessionsHistoryPage"]["responses"]>;
    /**
     * Start Browser Session
     *
     * Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha solving, proxy usage, and idle timeout.
     *
     * `POST /v1/sessions`
     */
    startBrowserSession: ExactInit<ClientForPath<paths["/v1/sessions"], Media>["POST"], operations["startBrowserSession"]["responses"]>;
    /**
     * End All Sessions
     *
     * Terminates all active browser sessions associated with the provided API key.
     *
     * `DELETE /v1/sessions/all`
     */
    endAllSessions: ExactInit<ClientForPath<paths["/v1/sessions/all"], Media>["DELETE"], operations["endAllSessions"]["responses"]>;
    /**
     * List All Sessions Status
     *
     * Retrieves status information for all browser sessions associated with the API key.
     *
     * `GET /v1/sessions/all/status`
     */
    listSessionsStatus: ExactInit<ClientForPath<paths["/v1/sessions/all/status"], Media>["GET"], operations["listSessionsStatus"]["responses"]>;
    /**
     * Get Sessions History
     *
     * Retrieves a list of sessions for a team.
     *
     * `GET /v1/sessions/history`
     */
    getSessionsHistory: ExactInit<ClientForPath<paths["/v1/sessions/history"], Media>["GET"], operations["getSessionsHistory"]["responses"]>;
    /**
     * List Agent Resources
     *
     * List all resources that have been uploaded to the browser session for agent use.
     * Returns resource metadata including name, size, type, and last modified timestamp.
     *
     * `GET /v1/sessions/{sessionId}/agent/files`
     */
    listAgentResources: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/agent/files"], Media>["GET"], operations["listAgentResources"]["responses"]>;
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
    uploadAgentResources: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/agent/files"], Media>["POST"], operations["uploadAgentResources"]["responses"]>;
    /**
     * Get Clipboard Content
     *
     * Retrieves the current content of the clipboard
     *
     * `GET /v1/sessions/{sessionId}/clipboard`
     */
    getClipboardContent: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/clipboard"], Media>["GET"], operations["getClipboardContent"]["responses"]>;
    /**
     * Set Clipboard Content
     *
     * Sets the content of the clipboard
     *
     * `POST /v1/sessions/{sessionId}/clipboard`
     */
    setClipboardContent: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/clipboard"], Media>["POST"], operations["setClipboardContent"]["responses"]>;
    /**
     * Copy Selected Text
     *
     * Copies the currently selected text to the clipboard
     *
     * `POST /v1/sessions/{sessionId}/copy`
     */
    copySelectedText: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/copy"], Media>["POST"], operations["copySelectedText"]["responses"]>;
    /**
     * Drag and Drop
     *
     * Performs a drag and drop operation from start coordinates to end coordinates
     *
     * `POST /v1/sessions/{sessionId}/drag-and-drop`
     */
    dragAndDrop: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/drag-and-drop"], Media>["POST"], operations["dragAndDrop"]["responses"]>;
    /**
     * Navigate to URL
     *
     * Navigates the browser session to the specified URL
     *
     * `POST /v1/sessions/{sessionId}/goto`
     */
    navigateToUrl: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/goto"], Media>["POST"], operations["navigateToUrl"]["responses"]>;
    /**
     * Keyboard Shortcut
     *
     * Performs a keyboard shortcut using the specified keys
     *
     * `POST /v1/sessions/{sessionId}/keyboard/shortcut`
     */
    createShortcut: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/keyboard/shortcut"], Media>["POST"], operations["createShortcut"]["responses"]>;
    /**
     * Type Text
     *
     * Types the specified text with optional delay between keystrokes
     *
     * `POST /v1/sessions/{sessionId}/keyboard/type`
     */
    typeText: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/keyboard/type"], Media>["POST"], operations["typeText"]["responses"]>;
    /**
     * Mouse Click
     *
     * Performs a mouse click at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/click`
     */
    clickMouse: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/mouse/click"], Media>["POST"], operations["clickMouse"]["responses"]>;
    /**
     * Mouse Double Click
     *
     * Performs a double click at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/doubleClick`
     */
    createDoubleClick: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/mouse/doubleClick"], Media>["POST"], operations["createDoubleClick"]["responses"]>;
    /**
     * Mouse Down
     *
     * Performs a mouse button down action at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/down`
     */
    createDown: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/mouse/down"], Media>["POST"], operations["createDown"]["responses"]>;
    /**
     * Mouse Move
     *
     * Moves the mouse cursor to the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/move`
     */
    moveMouse: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/mouse/move"], Media>["POST"], operations["moveMouse"]["responses"]>;
    /**
     * Mouse Up
     *
     * Performs a mouse button up action at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/mouse/up`
     */
    createUp: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/mouse/up"], Media>["POST"], operations["createUp"]["responses"]>;
    /**
     * Paste Text
     *
     * Pastes text at the current cursor position
     *
     * `POST /v1/sessions/{sessionId}/paste`
     */
    pasteText: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/paste"], Media>["POST"], operations["pasteText"]["responses"]>;
    /**
     * Take Screenshot
     *
     * Takes a screenshot of the current browser session and returns it as an image.
     *
     * `GET /v1/sessions/{sessionId}/screenshot`
     */
    takeScreenshot: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/screenshot"], Media>["GET"], operations["takeScreenshot"]["responses"], Blob>;
    /**
     * Scroll
     *
     * Performs a scroll action at the specified coordinates
     *
     * `POST /v1/sessions/{sessionId}/scroll`
     */
    scroll: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/scroll"], Media>["POST"], operations["scroll"]["responses"]>;
    /**
     * Upload Files
     *
     * Upload files directly to a browser session for use with web forms and file inputs.
     *
     * Files are saved to the session's uploads directory and can be referenced in CDP commands.
     *
     * `POST /v1/sessions/{sessionId}/uploads`
     */
    uploadFiles: ExactInit<ClientForPath<paths["/v1/sessions/{sessionId}/uploads"], Media>["POST"], operations["uploadFiles"]["responses"]>;
    /**
     * Get Browser Session
     *
     * Retrieves detailed information about a specific browser session.
     *
     * `GET /v1/sessions/{session_id}`
     */
    getBrowserSession: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}"], Media>["GET"], operations["getBrowserSession"]["responses"]>;
    /**
     * End Browser Session
     *
     * Deletes the browser session associated with the provided browser session ID. Requires a valid API key for authentication.
     *
     * `DELETE /v1/sessions/{session_id}`
     */
    endBrowserSession: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}"], Media>["DELETE"], operations["endBrowserSession"]["responses"]>;
    /**
     * Pause Agent
     *
     * Pauses the AI agent for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/agent/pause`
     */
    pauseAgent: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/agent/pause"], Media>["POST"], operations["pauseAgent"]["responses"]>;
    /**
     * Resume Agent
     *
     * Resumes the AI agent for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/agent/resume`
     */
    resumeAgent: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/agent/resume"], Media>["POST"], operations["resumeAgent"]["responses"]>;
    /**
     * List Session Downloads
     *
     * Retrieves metadata of files downloaded during a browser session. Requires a valid API key for authentication.
     *
     * `GET /v1/sessions/{session_id}/downloads`
     */
    listSessionDownloads: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/downloads"], Media>["GET"], operations["listSessionDownloads"]["responses"]>;
    /**
     * Get Browser Session Pages
     *
     * Retrieves a list of pages associated with a specific browser session.
     *
     * `GET /v1/sessions/{session_id}/pages`
     */
    getBrowserSessionPages: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/pages"], Media>["GET"], operations["getBrowserSessionPages"]["responses"]>;
    /**
     * List Session Recordings
     *
     * Retrieves the URLs of the browser session's video recordings. Requires a valid API key for authentication.
     *
     * `GET /v1/sessions/{session_id}/recordings`
     */
    listSessionRecordings: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/recordings"], Media>["GET"], operations["listSessionRecordings"]["responses"]>;
    /**
     * Pause Session Recording
     *
     * Pauses the video recording for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/recordings/pause`
     */
    pauseSessionRecording: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/recordings/pause"], Media>["POST"], operations["pauseSessionRecording"]["responses"]>;
    /**
     * Get Session Recording
     *
     * Downloads the primary recording file for the specified browser session. Returns the recording as an MP4 file.
     *
     * `GET /v1/sessions/{session_id}/recordings/primary/fetch`
     */
    getSessionRecording: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/recordings/primary/fetch"], Media>["GET"], operations["getSessionRecording"]["responses"], Blob>;
    /**
     * Resume Session Recording
     *
     * Resumes the video recording for the specified browser session.
     *
     * `POST /v1/sessions/{session_id}/recordings/resume`
     */
    resumeSessionRecording: ExactInit<ClientForPath<paths["/v1/sessions/{session_id}/recordings/resume"], Media>["POST"], operations["resumeSessionRecording"]["responses"]>;
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
    listTasks: ExactInit<ClientForPath<paths["/v1/task"], Media>["GET"], operations["listTasks"]["responses"]>;
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
    createTask: ExactInit<ClientForPath<paths["/v1/task"], Media>["POST"], operations["createTask"]["responses"]>;
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
    runTask: ExactInit<ClientForPath<paths["/v1/task/run"], Media>["POST"], operations["runTask"]["responses"]>;
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
    runTaskByName: ExactInit<ClientForPath<paths["/v1/task/run/{taskName}"], Media>["POST"], operations["runTaskByName"]["responses"]>;
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
    getTaskMetadata: ExactInit<ClientForPath<paths["/v1/task/{taskId}"], Media>["GET"], operations["getTaskMetadata"]["responses"]>;
    /**
     * Update Task Metadata (Legacy)
     *
     * Updates task metadata (name and description). This does not affect the task code or versions.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `PUT /v1/task/{taskId}`
     */
    updateTaskMetadata: ExactInit<ClientForPath<paths["/v1/task/{taskId}"], Media>["PUT"], operations["updateTaskMetadata"]["responses"]>;
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
    deleteTask: ExactInit<ClientForPath<paths["/v1/task/{taskId}"], Media>["DELETE"], operations["deleteTask"]["responses"]>;
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
    deployTask: ExactInit<ClientForPath<paths["/v1/task/{taskId}/deploy"], Media>["POST"], operations["deployTask"]["responses"]>;
    /**
     * Get Task Draft (Legacy)
     *
     * Retrieves the draft version of a task, including the full code content.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/draft`
     */
    getTaskDraft: ExactInit<ClientForPath<paths["/v1/task/{taskId}/draft"], Media>["GET"], operations["getTaskDraft"]["responses"]>;
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
    createOrUpdateTaskDraft: ExactInit<ClientForPath<paths["/v1/task/{taskId}/draft"], Media>["POST"], operations["createOrUpdateTaskDraft"]["responses"]>;
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
    listTaskExecutions: ExactInit<ClientForPath<paths["/v1/task/{taskId}/executions"], Media>["GET"], operations["listTaskExecutions"]["responses"]>;
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
    getTaskExecutionResult: ExactInit<ClientForPath<paths["/v1/task/{taskId}/executions/{executionId}"], Media>["GET"], operations["getTaskExecutionResult"]["responses"]>;
    /**
     * Get Latest Task Version (Legacy)
     *
     * Retrieves the latest version of a task, including the full code content.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/latest`
     */
    getLatestTaskVersion: ExactInit<ClientForPath<paths["/v1/task/{taskId}/latest"], Media>["GET"], operations["getLatestTaskVersion"]["responses"]>;
    /**
     * List Task Versions (Legacy)
     *
     * Retrieves all versions of a specific task, including draft and published versions.
     *
     * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/versions`
     */
    listTaskVersions: ExactInit<ClientForPath<paths["/v1/task/{taskId}/versions"], Media>["GET"], operations["listTaskVersions"]["responses"]>;
    /**
     * Get Task Version (Legacy)
     *
     * Retrieves a specific version of a task, including the full code content.
     *
     * If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
     *
     * `GET /v1/task/{taskId}/{taskVersion}`
     */
    getTaskVersion: ExactInit<ClientForPath<paths["/v1/task/{taskId}/{taskVersion}"], Media>["GET"], operations["getTaskVersion"]["responses"]>;
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
    publishTaskVersion: ExactInit<ClientForPath<paths["/v1/task/{taskId}/{taskVersion}"], Media>["POST"], operations["publishTaskVersion"]["responses"]>;
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
    deleteTaskVersion: ExactInit<ClientForPath<paths["/v1/task/{taskId}/{taskVersion}"], Media>["DELETE"], operations["deleteTaskVersion"]["responses"]>;
    /**
     * Get Webpage Content
     *
     * Retrieve the rendered content of a webpage, optionally formatted as Markdown or HTML.
     *
     * `POST /v1/tools/fetch-webpage`
     */
    getWebpageContent: ExactInit<ClientForPath<paths["/v1/tools/fetch-webpage"], Media>["POST"], operations["getWebpageContent"]["responses"], string>;
    /**
     * Get Page PDF
     *
     * Generates a PDF of the current page for a browser session and returns it as a binary PDF file.
     *
     * `POST /v1/tools/page-pdf`
     */
    getPagePdf: ExactInit<ClientForPath<paths["/v1/tools/page-pdf"], Media>["POST"], operations["getPagePdf"]["responses"], Blob>;
    /**
     * Perform Web Task
     *
     * Start from a URL and perform the given task.
     *
     * `POST /v1/tools/perform-web-task`
     */
    performWebTask: ExactInit<ClientForPath<paths["/v1/tools/perform-web-task"], Media>["POST"], operations["performWebTask"]["responses"]>;
    /**
     * Get Perform Web Task Status
     *
     * Get the status of an asynchronous perform-web-task execution by workflow ID.
     *
     * `GET /v1/tools/perform-web-task/{workflowId}/status`
     */
    getPerformWebTaskStatus: ExactInit<ClientForPath<paths["/v1/tools/perform-web-task/{workflowId}/status"], Media>["GET"], operations["getPerformWebTaskStatus"]["responses"]>;
    /**
     * Screenshot Webpage
     *
     * This endpoint captures a screenshot of the specified webpage using Chromium. Users can customize the viewport dimensions and capture options.
     *
     * `POST /v1/tools/screenshot`
     */
    createScreenshot: ExactInit<ClientForPath<paths["/v1/tools/screenshot"], Media>["POST"], operations["createScreenshot"]["responses"], Blob>;
    /**
     * Get Task Run Status
     *
     * Retrieves the current status and result of a task run in the non-deprecated Tasks endpoints.
     *
     * `GET /v2/tasks/runs/{runId}/status`
     */
    getTaskRunStatus: ExactInit<ClientForPath<paths["/v2/tasks/runs/{runId}/status"], Media>["GET"], operations["getTaskRunStatus"]["responses"]>;
    /**
     * Run a Task
     *
     * Triggers execution of a task by ID using the non-deprecated Tasks endpoints.
     *
     * `POST /v2/tasks/{taskId}/run`
     */
    runTaskV2: ExactInit<ClientForPath<paths["/v2/tasks/{taskId}/run"], Media>["POST"], operations["runTaskV2"]["responses"]>;
}
/** Helpers that poll until an operation reports a terminal state. */
export interface AnchorBrowserWaiters {
    /**
     * Waits until the newest execution of a task has ended, polling listTaskExecutions as the tasks guide does (page 1, limit 1).
     *
     * Calls `listTaskExecutions` (`GET /v1/task/{taskId}/executions`) until the newest item's `status` is one of `success`, `failure`, `timeout`, `cancelled`, and resolves with that item.
     * Waits `intervalMs` (default 2 s) between polls, growing by `backoffFactor` (1.5) up to `maxIntervalMs` (30 s).
     *
     * Rejects with `TimeoutError` after `timeoutMs` (default 10 minutes), with the signal's reason when `signal` aborts, and with `ApiError` when a poll fails.
     */
    waitForExecution(taskId: operations["listTaskExecutions"]["parameters"]["path"]["taskId"], options?: WaitOptions & Pick<NonNullable<operations["listTaskExecutions"]["parameters"]["query"]>, "version">): Promise<components["schemas"]["TaskExecutionResult"]>;
}
/**
 * The AnchorBrowser client: openapi-fetch's path methods (`GET`, `POST`…), one method per operationId and the waiters.
 * Every call returns `{ data, error, response }`; pass it to `unwrap` to get `data` or an `ApiError`.
 */
export type AnchorBrowserClient = Client<paths> & AnchorBrowserOperations & AnchorBrowserWaiters;
/**
 * Options of `createAnchorBrowserClient`.
 * `apiKey` defaults to `$ANCHORBROWSER_API_KEY`, `baseUrl` to `$ANCHORBROWSER_BASE_URL`, else https://api.anchorbrowser.io.
 */
export interface AnchorBrowserClientOptions extends ClientOptions {
    /**
     * API key passed in the header
     * Security scheme `api_key_header`: sent in the header `anchor-api-key`. Default: `$ANCHORBROWSER_API_KEY`.
     */
    apiKey?: string;
}
/** Each operation's route under its method name, as `@openapi-clients/anchorbrowser/routes` exports them. */
export type AnchorBrowserRoutes = typeof routes;
/**
 * Creates a client for the AnchorBrowser API.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$ANCHORBROWSER_API_KEY`).
 */
export declare function createAnchorBrowserClient(options?: AnchorBrowserClientOptions): AnchorBrowserClient;
/**
 * Creates a client with only the given operations, for the smallest bundle: import their routes from `@openapi-clients/anchorbrowser/routes` and pass them, `createAnchorBrowserClientWith({ listApplications, createApplication })`; a bundler leaves out every operation not imported. No waiters; the path methods (`GET`, `POST`…) reach every route.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$ANCHORBROWSER_API_KEY`).
 */
export declare function createAnchorBrowserClientWith<const Picked extends Partial<AnchorBrowserRoutes>>(operations: Picked, options?: AnchorBrowserClientOptions): Client<paths> & Pick<AnchorBrowserOperations, keyof Picked & keyof AnchorBrowserOperations>;
export {};
