/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import { toFormData } from "./runtime/index.js";

/** The route of each AnchorBrowser operation, under its method name: pass the ones you call to `createAnchorBrowserClientWith`. */

/**
 * List Applications
 *
 * Retrieves all applications for the authenticated team.
 *
 * `GET /v1/applications`
 */
export const listApplications = "GET /v1/applications";

/**
 * Create Application
 *
 * Creates a new application for identity management.
 *
 * `POST /v1/applications`
 */
export const createApplication = "POST /v1/applications";

/**
 * Get Application
 *
 * Retrieves details of a specific application by its ID.
 *
 * `GET /v1/applications/{applicationId}`
 */
export const getApplication = "GET /v1/applications/{applicationId}";

/**
 * Delete Application
 *
 * Deletes an existing application.
 *
 * `DELETE /v1/applications/{applicationId}`
 */
export const deleteApplication = "DELETE /v1/applications/{applicationId}";

/**
 * List Application Authentication Flows
 *
 * Retrieves all authentication flows for a specific application.
 *
 * `GET /v1/applications/{applicationId}/auth-flows`
 */
export const listApplicationAuthenticationFlows = "GET /v1/applications/{applicationId}/auth-flows";

/**
 * Create Authentication Flow
 *
 * Creates a new authentication flow for an application.
 *
 * `POST /v1/applications/{applicationId}/auth-flows`
 */
export const createAuthenticationFlow = "POST /v1/applications/{applicationId}/auth-flows";

/**
 * Delete Authentication Flow
 *
 * Deletes an existing authentication flow.
 *
 * `DELETE /v1/applications/{applicationId}/auth-flows/{authFlowId}`
 */
export const deleteAuthenticationFlow = "DELETE /v1/applications/{applicationId}/auth-flows/{authFlowId}";

/**
 * Update Authentication Flow
 *
 * Updates an existing authentication flow.
 *
 * `PATCH /v1/applications/{applicationId}/auth-flows/{authFlowId}`
 */
export const updateAuthenticationFlow = "PATCH /v1/applications/{applicationId}/auth-flows/{authFlowId}";

/**
 * List Application Identities
 *
 * Retrieves all identities associated with a specific application.
 *
 * `GET /v1/applications/{applicationId}/identities`
 */
export const listApplicationIdentities = "GET /v1/applications/{applicationId}/identities";

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
export const createIdentityToken = "POST /v1/applications/{applicationId}/tokens";

/**
 * List Batch Sessions
 *
 * Lists all batch session requests for the authenticated team, with optional filtering
 * by status and pagination support.
 *
 * `GET /v1/batch-sessions`
 */
export const listBatchSessions = "GET /v1/batch-sessions";

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
export const createBatchSessions = "POST /v1/batch-sessions";

/**
 * Get Batch Session Status
 *
 * Retrieves detailed status information for a specific batch, including progress,
 * individual session details, and any errors that occurred.
 *
 * `GET /v1/batch-sessions/{batch_id}`
 */
export const getBatchSessionStatus = "GET /v1/batch-sessions/{batch_id}";

/**
 * Delete Batch Sessions
 *
 * Deletes all sessions in a batch. Running sessions will be terminated
 * and all session data will be removed.
 *
 * `DELETE /v1/batch-sessions/{batch_id}`
 */
export const deleteBatchSessions = "DELETE /v1/batch-sessions/{batch_id}";

/**
 * Update Batch Session
 *
 * Updates a batch session. Supports cancelling a running or pending batch,
 * which terminates all running sessions in the batch.
 *
 * `PATCH /v1/batch-sessions/{batch_id}`
 */
export const updateBatchSession = "PATCH /v1/batch-sessions/{batch_id}";

/**
 * Retry Failed Batch Sessions
 *
 * Retries failed sessions in a batch by creating new browser pods for each
 * failed session. The batch status will be set back to 'processing'.
 *
 * `POST /v1/batch-sessions/{batch_id}/retry`
 */
export const retryFailedBatchSessions = "POST /v1/batch-sessions/{batch_id}/retry";

/**
 * Signal Event
 *
 * Signals an event with associated data, unblocking any clients waiting for this event.
 * This enables coordination between different browser sessions, workflows, or external processes.
 *
 * `POST /v1/events/{event_name}`
 */
export const signalEvent = "POST /v1/events/{event_name}";

/**
 * Wait for Event
 *
 * Waits for a specific event to be signaled by another process, workflow, or session. 
 * This endpoint blocks until the event is signaled or the timeout is reached.
 * Useful for coordinating between multiple browser sessions or workflows.
 *
 * `POST /v1/events/{event_name}/wait`
 */
export const waitForEvent = "POST /v1/events/{event_name}/wait";

/**
 * List Extensions
 *
 * Get all extensions for the authenticated user
 *
 * `GET /v1/extensions`
 */
export const listExtensions = "GET /v1/extensions";

/**
 * Upload Extension
 *
 * Upload a new browser extension as a ZIP file. The extension will be validated and stored for use in browser sessions.
 *
 * `POST /v1/extensions`
 */
export const uploadExtension = ["POST /v1/extensions", toFormData] as const;

/**
 * Get Extension Details
 *
 * Get details of a specific extension by its ID
 *
 * `GET /v1/extensions/{id}`
 */
export const getExtensionDetails = "GET /v1/extensions/{id}";

/**
 * Delete Extension
 *
 * Delete an extension and remove it from storage
 *
 * `DELETE /v1/extensions/{id}`
 */
export const deleteExtension = "DELETE /v1/extensions/{id}";

/**
 * Create Identity
 *
 * Creates a new identity with credentials for authentication.
 *
 * `POST /v1/identities`
 */
export const createIdentity = "POST /v1/identities";

/**
 * Get Identity
 *
 * Retrieves details of a specific identity by its ID.
 *
 * `GET /v1/identities/{identityId}`
 */
export const getIdentity = "GET /v1/identities/{identityId}";

/**
 * Update Identity
 *
 * Updates an existing identity's name, metadata, or credentials.
 *
 * `PUT /v1/identities/{identityId}`
 */
export const updateIdentity = "PUT /v1/identities/{identityId}";

/**
 * Delete Identity
 *
 * Deletes an existing identity.
 *
 * `DELETE /v1/identities/{identityId}`
 */
export const deleteIdentity = "DELETE /v1/identities/{identityId}";

/**
 * Get Identity Credentials
 *
 * Retrieves the credentials for a specific identity. This endpoint returns sensitive credential data.
 *
 * `GET /v1/identities/{identityId}/credentials`
 */
export const getIdentityCredentials = "GET /v1/identities/{identityId}/credentials";

/**
 * List Integrations
 *
 * Retrieves all integrations for the authenticated team.
 *
 * `GET /v1/integrations`
 */
export const listIntegrations = "GET /v1/integrations";

/**
 * Create Integration
 *
 * Creates a new integration with a third-party service like 1Password. 
 * The integration can then be used in browser sessions to automatically load secrets and credentials.
 *
 * `POST /v1/integrations`
 */
export const createIntegration = "POST /v1/integrations";

/**
 * Delete Integration
 *
 * Deletes an existing integration and removes its stored credentials.
 *
 * `DELETE /v1/integrations/{integrationId}`
 */
export const deleteIntegration = "DELETE /v1/integrations/{integrationId}";

/**
 * List Profiles
 *
 * Fetches all stored profiles.
 *
 * `GET /v1/profiles`
 */
export const listProfiles = "GET /v1/profiles";

/**
 * Create Profile
 *
 * Creates a new profile from a browser session. A Profile stores cookies, local storage, and cache.
 *
 * `POST /v1/profiles`
 */
export const createProfile = "POST /v1/profiles";

/**
 * Get Profile
 *
 * Retrieves details of a specific profile by its name.
 *
 * `GET /v1/profiles/{name}`
 */
export const getProfile = "GET /v1/profiles/{name}";

/**
 * Delete Profile
 *
 * Deletes an existing profile by its name.
 *
 * `DELETE /v1/profiles/{name}`
 */
export const deleteProfile = "DELETE /v1/profiles/{name}";

/**
 * List Sessions History Page
 *
 * Retrieves a paginated list of sessions for the authenticated team with support for
 * sorting and advanced filtering. This endpoint mirrors the backend session history-page
 * filtering behavior.
 *
 * `GET /v1/sessions`
 */
export const listSessionsHistoryPage = "GET /v1/sessions";

/**
 * Start Browser Session
 *
 * Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha solving, proxy usage, and idle timeout.
 *
 * `POST /v1/sessions`
 */
export const startBrowserSession = "POST /v1/sessions";

/**
 * End All Sessions
 *
 * Terminates all active browser sessions associated with the provided API key.
 *
 * `DELETE /v1/sessions/all`
 */
export const endAllSessions = "DELETE /v1/sessions/all";

/**
 * List All Sessions Status
 *
 * Retrieves status information for all browser sessions associated with the API key.
 *
 * `GET /v1/sessions/all/status`
 */
export const listSessionsStatus = "GET /v1/sessions/all/status";

/**
 * Get Sessions History
 *
 * Retrieves a list of sessions for a team.
 *
 * `GET /v1/sessions/history`
 */
export const getSessionsHistory = "GET /v1/sessions/history";

/**
 * List Agent Resources
 *
 * List all resources that have been uploaded to the browser session for agent use.
 * Returns resource metadata including name, size, type, and last modified timestamp.
 *
 * `GET /v1/sessions/{sessionId}/agent/files`
 */
export const listAgentResources = "GET /v1/sessions/{sessionId}/agent/files";

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
export const uploadAgentResources = ["POST /v1/sessions/{sessionId}/agent/files", toFormData] as const;

/**
 * Get Clipboard Content
 *
 * Retrieves the current content of the clipboard
 *
 * `GET /v1/sessions/{sessionId}/clipboard`
 */
export const getClipboardContent = "GET /v1/sessions/{sessionId}/clipboard";

/**
 * Set Clipboard Content
 *
 * Sets the content of the clipboard
 *
 * `POST /v1/sessions/{sessionId}/clipboard`
 */
export const setClipboardContent = "POST /v1/sessions/{sessionId}/clipboard";

/**
 * Copy Selected Text
 *
 * Copies the currently selected text to the clipboard
 *
 * `POST /v1/sessions/{sessionId}/copy`
 */
export const copySelectedText = "POST /v1/sessions/{sessionId}/copy";

/**
 * Drag and Drop
 *
 * Performs a drag and drop operation from start coordinates to end coordinates
 *
 * `POST /v1/sessions/{sessionId}/drag-and-drop`
 */
export const dragAndDrop = "POST /v1/sessions/{sessionId}/drag-and-drop";

/**
 * Navigate to URL
 *
 * Navigates the browser session to the specified URL
 *
 * `POST /v1/sessions/{sessionId}/goto`
 */
export const navigateToUrl = "POST /v1/sessions/{sessionId}/goto";

/**
 * Keyboard Shortcut
 *
 * Performs a keyboard shortcut using the specified keys
 *
 * `POST /v1/sessions/{sessionId}/keyboard/shortcut`
 */
export const createShortcut = "POST /v1/sessions/{sessionId}/keyboard/shortcut";

/**
 * Type Text
 *
 * Types the specified text with optional delay between keystrokes
 *
 * `POST /v1/sessions/{sessionId}/keyboard/type`
 */
export const typeText = "POST /v1/sessions/{sessionId}/keyboard/type";

/**
 * Mouse Click
 *
 * Performs a mouse click at the specified coordinates
 *
 * `POST /v1/sessions/{sessionId}/mouse/click`
 */
export const clickMouse = "POST /v1/sessions/{sessionId}/mouse/click";

/**
 * Mouse Double Click
 *
 * Performs a double click at the specified coordinates
 *
 * `POST /v1/sessions/{sessionId}/mouse/doubleClick`
 */
export const createDoubleClick = "POST /v1/sessions/{sessionId}/mouse/doubleClick";

/**
 * Mouse Down
 *
 * Performs a mouse button down action at the specified coordinates
 *
 * `POST /v1/sessions/{sessionId}/mouse/down`
 */
export const createDown = "POST /v1/sessions/{sessionId}/mouse/down";

/**
 * Mouse Move
 *
 * Moves the mouse cursor to the specified coordinates
 *
 * `POST /v1/sessions/{sessionId}/mouse/move`
 */
export const moveMouse = "POST /v1/sessions/{sessionId}/mouse/move";

/**
 * Mouse Up
 *
 * Performs a mouse button up action at the specified coordinates
 *
 * `POST /v1/sessions/{sessionId}/mouse/up`
 */
export const createUp = "POST /v1/sessions/{sessionId}/mouse/up";

/**
 * Paste Text
 *
 * Pastes text at the current cursor position
 *
 * `POST /v1/sessions/{sessionId}/paste`
 */
export const pasteText = "POST /v1/sessions/{sessionId}/paste";

/**
 * Take Screenshot
 *
 * Takes a screenshot of the current browser session and returns it as an image.
 *
 * `GET /v1/sessions/{sessionId}/screenshot`
 */
export const takeScreenshot = "GET /v1/sessions/{sessionId}/screenshot blob";

/**
 * Scroll
 *
 * Performs a scroll action at the specified coordinates
 *
 * `POST /v1/sessions/{sessionId}/scroll`
 */
export const scroll = "POST /v1/sessions/{sessionId}/scroll";

/**
 * Upload Files
 *
 * Upload files directly to a browser session for use with web forms and file inputs.
 *
 * Files are saved to the session's uploads directory and can be referenced in CDP commands.
 *
 * `POST /v1/sessions/{sessionId}/uploads`
 */
export const uploadFiles = ["POST /v1/sessions/{sessionId}/uploads", toFormData] as const;

/**
 * Get Browser Session
 *
 * Retrieves detailed information about a specific browser session.
 *
 * `GET /v1/sessions/{session_id}`
 */
export const getBrowserSession = "GET /v1/sessions/{session_id}";

/**
 * End Browser Session
 *
 * Deletes the browser session associated with the provided browser session ID. Requires a valid API key for authentication.
 *
 * `DELETE /v1/sessions/{session_id}`
 */
export const endBrowserSession = "DELETE /v1/sessions/{session_id}";

/**
 * Pause Agent
 *
 * Pauses the AI agent for the specified browser session.
 *
 * `POST /v1/sessions/{session_id}/agent/pause`
 */
export const pauseAgent = "POST /v1/sessions/{session_id}/agent/pause";

/**
 * Resume Agent
 *
 * Resumes the AI agent for the specified browser session.
 *
 * `POST /v1/sessions/{session_id}/agent/resume`
 */
export const resumeAgent = "POST /v1/sessions/{session_id}/agent/resume";

/**
 * List Session Downloads
 *
 * Retrieves metadata of files downloaded during a browser session. Requires a valid API key for authentication.
 *
 * `GET /v1/sessions/{session_id}/downloads`
 */
export const listSessionDownloads = "GET /v1/sessions/{session_id}/downloads";

/**
 * Get Browser Session Pages
 *
 * Retrieves a list of pages associated with a specific browser session.
 *
 * `GET /v1/sessions/{session_id}/pages`
 */
export const getBrowserSessionPages = "GET /v1/sessions/{session_id}/pages";

/**
 * List Session Recordings
 *
 * Retrieves the URLs of the browser session's video recordings. Requires a valid API key for authentication.
 *
 * `GET /v1/sessions/{session_id}/recordings`
 */
export const listSessionRecordings = "GET /v1/sessions/{session_id}/recordings";

/**
 * Pause Session Recording
 *
 * Pauses the video recording for the specified browser session.
 *
 * `POST /v1/sessions/{session_id}/recordings/pause`
 */
export const pauseSessionRecording = "POST /v1/sessions/{session_id}/recordings/pause";

/**
 * Get Session Recording
 *
 * Downloads the primary recording file for the specified browser session. Returns the recording as an MP4 file.
 *
 * `GET /v1/sessions/{session_id}/recordings/primary/fetch`
 */
export const getSessionRecording = "GET /v1/sessions/{session_id}/recordings/primary/fetch blob";

/**
 * Resume Session Recording
 *
 * Resumes the video recording for the specified browser session.
 *
 * `POST /v1/sessions/{session_id}/recordings/resume`
 */
export const resumeSessionRecording = "POST /v1/sessions/{session_id}/recordings/resume";

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
export const listTasks = "GET /v1/task";

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
export const createTask = "POST /v1/task";

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
export const runTask = "POST /v1/task/run";

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
export const runTaskByName = "POST /v1/task/run/{taskName}";

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
export const getTaskMetadata = "GET /v1/task/{taskId}";

/**
 * Update Task Metadata (Legacy)
 *
 * Updates task metadata (name and description). This does not affect the task code or versions.
 *
 * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
 *
 * `PUT /v1/task/{taskId}`
 */
export const updateTaskMetadata = "PUT /v1/task/{taskId}";

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
export const deleteTask = "DELETE /v1/task/{taskId}";

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
export const deployTask = "POST /v1/task/{taskId}/deploy";

/**
 * Get Task Draft (Legacy)
 *
 * Retrieves the draft version of a task, including the full code content.
 *
 * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
 *
 * `GET /v1/task/{taskId}/draft`
 */
export const getTaskDraft = "GET /v1/task/{taskId}/draft";

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
export const createOrUpdateTaskDraft = "POST /v1/task/{taskId}/draft";

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
export const listTaskExecutions = "GET /v1/task/{taskId}/executions";

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
export const getTaskExecutionResult = "GET /v1/task/{taskId}/executions/{executionId}";

/**
 * Get Latest Task Version (Legacy)
 *
 * Retrieves the latest version of a task, including the full code content.
 *
 * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
 *
 * `GET /v1/task/{taskId}/latest`
 */
export const getLatestTaskVersion = "GET /v1/task/{taskId}/latest";

/**
 * List Task Versions (Legacy)
 *
 * Retrieves all versions of a specific task, including draft and published versions.
 *
 * If you are using the new Task Builder, see the non-deprecated Tasks endpoints in this API reference.
 *
 * `GET /v1/task/{taskId}/versions`
 */
export const listTaskVersions = "GET /v1/task/{taskId}/versions";

/**
 * Get Task Version (Legacy)
 *
 * Retrieves a specific version of a task, including the full code content.
 *
 * If you are using the new Task Builder, see the Tasks V2 endpoints in this API reference.
 *
 * `GET /v1/task/{taskId}/{taskVersion}`
 */
export const getTaskVersion = "GET /v1/task/{taskId}/{taskVersion}";

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
export const publishTaskVersion = "POST /v1/task/{taskId}/{taskVersion}";

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
export const deleteTaskVersion = "DELETE /v1/task/{taskId}/{taskVersion}";

/**
 * Get Webpage Content
 *
 * Retrieve the rendered content of a webpage, optionally formatted as Markdown or HTML.
 *
 * `POST /v1/tools/fetch-webpage`
 */
export const getWebpageContent = "POST /v1/tools/fetch-webpage text";

/**
 * Get Page PDF
 *
 * Generates a PDF of the current page for a browser session and returns it as a binary PDF file.
 *
 * `POST /v1/tools/page-pdf`
 */
export const getPagePdf = "POST /v1/tools/page-pdf blob";

/**
 * Perform Web Task
 *
 * Start from a URL and perform the given task.
 *
 * `POST /v1/tools/perform-web-task`
 */
export const performWebTask = "POST /v1/tools/perform-web-task";

/**
 * Get Perform Web Task Status
 *
 * Get the status of an asynchronous perform-web-task execution by workflow ID.
 *
 * `GET /v1/tools/perform-web-task/{workflowId}/status`
 */
export const getPerformWebTaskStatus = "GET /v1/tools/perform-web-task/{workflowId}/status";

/**
 * Screenshot Webpage
 *
 * This endpoint captures a screenshot of the specified webpage using Chromium. Users can customize the viewport dimensions and capture options.
 *
 * `POST /v1/tools/screenshot`
 */
export const createScreenshot = "POST /v1/tools/screenshot blob";

/**
 * Get Task Run Status
 *
 * Retrieves the current status and result of a task run in the non-deprecated Tasks endpoints.
 *
 * `GET /v2/tasks/runs/{runId}/status`
 */
export const getTaskRunStatus = "GET /v2/tasks/runs/{runId}/status";

/**
 * Run a Task
 *
 * Triggers execution of a task by ID using the non-deprecated Tasks endpoints.
 *
 * `POST /v2/tasks/{taskId}/run`
 */
export const runTaskV2 = "POST /v2/tasks/{taskId}/run";

