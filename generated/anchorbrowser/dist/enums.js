/**
 * Every value of `AnchorProxy.type`.
 *
 * Create a session with a proxy to access websites as if you're browsing from a computer in that country.
 */
export const anchorProxyTypeValues = ["anchor_proxy"];
/** True when `value` is one of {@link anchorProxyTypeValues}. */
export function isAnchorProxyType(value) {
    return anchorProxyTypeValues.includes(value);
}
/**
 * Every value of `AnchorProxyCountryCode`.
 *
 * anchor_proxy
 */
export const anchorProxyCountryCodeValues = [
    "af", "al", "dz", "ad", "ao", "as", "ag", "ar", "am", "aw", "au", "at", "az", "bs", "bh", "bb",
    "by", "be", "bz", "bj", "bm", "bo", "ba", "br", "bg", "bf", "cm", "ca", "cv", "td", "cl", "co",
    "cg", "cr", "ci", "hr", "cu", "cy", "cz", "dk", "dm", "do", "ec", "eg", "sv", "ee", "et", "fo",
    "fi", "fr", "gf", "pf", "ga", "gm", "ge", "de", "gh", "gi", "gr", "gd", "gp", "gt", "gg", "gn",
    "gw", "gy", "ht", "hn", "hu", "is", "in", "ir", "iq", "ie", "il", "it", "jm", "jp", "jo", "kz",
    "kw", "kg", "lv", "lb", "ly", "li", "lt", "lu", "mk", "ml", "mt", "mq", "mr", "mx", "md", "mc",
    "me", "ma", "nl", "nz", "ni", "ng", "no", "pk", "pa", "py", "pe", "ph", "pl", "pt", "pr", "qa",
    "ro", "lc", "sm", "sa", "sn", "rs", "sc", "sl", "sk", "si", "so", "za", "kr", "es", "sr", "se",
    "ch", "sy", "st", "tw", "tj", "tg", "tt", "tn", "tr", "tc", "ua", "ae", "us", "uy", "uz", "ve",
    "ye",
];
/** True when `value` is one of {@link anchorProxyCountryCodeValues}. */
export function isAnchorProxyCountryCode(value) {
    return anchorProxyCountryCodeValues.includes(value);
}
/**
 * Every value of `ApplicationIdentityItem.status`.
 *
 * Status of the identity
 */
export const applicationIdentityItemStatusValues = ["pending", "validated", "failed"];
/** True when `value` is one of {@link applicationIdentityItemStatusValues}. */
export function isApplicationIdentityItemStatus(value) {
    return applicationIdentityItemStatusValues.includes(value);
}
/**
 * Every value of `AuthenticatorCredential.type`.
 *
 * Credential type
 */
export const authenticatorCredentialTypeValues = ["authenticator"];
/** True when `value` is one of {@link authenticatorCredentialTypeValues}. */
export function isAuthenticatorCredentialType(value) {
    return authenticatorCredentialTypeValues.includes(value);
}
/**
 * Every value of `BatchSessionItemSchema.status`.
 *
 * Current status of this individual session
 */
export const batchSessionItemSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
];
/** True when `value` is one of {@link batchSessionItemSchemaStatusValues}. */
export function isBatchSessionItemSchemaStatus(value) {
    return batchSessionItemSchemaStatusValues.includes(value);
}
/**
 * Every value of `BatchSessionListItemSchema.status`.
 *
 * Current status of the batch
 */
export const batchSessionListItemSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
];
/** True when `value` is one of {@link batchSessionListItemSchemaStatusValues}. */
export function isBatchSessionListItemSchemaStatus(value) {
    return batchSessionListItemSchemaStatusValues.includes(value);
}
/**
 * Every value of `BatchSessionResponseSchema.status`.
 *
 * Current status of the batch
 */
export const batchSessionResponseSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
];
/** True when `value` is one of {@link batchSessionResponseSchemaStatusValues}. */
export function isBatchSessionResponseSchemaStatus(value) {
    return batchSessionResponseSchemaStatusValues.includes(value);
}
/**
 * Every value of `BatchSessionRetryResponseSchema.status`.
 *
 * Current status of the batch after retry
 */
export const batchSessionRetryResponseSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
];
/** True when `value` is one of {@link batchSessionRetryResponseSchemaStatusValues}. */
export function isBatchSessionRetryResponseSchemaStatus(value) {
    return batchSessionRetryResponseSchemaStatusValues.includes(value);
}
/**
 * Every value of `BatchSessionStatusResponseSchema.status`.
 *
 * Current status of the batch
 */
export const batchSessionStatusResponseSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
];
/** True when `value` is one of {@link batchSessionStatusResponseSchemaStatusValues}. */
export function isBatchSessionStatusResponseSchemaStatus(value) {
    return batchSessionStatusResponseSchemaStatusValues.includes(value);
}
/**
 * Every value of `BatchSessionStatusResponseSchema.progress.current_phase`.
 *
 * Current processing phase
 */
export const batchSessionStatusResponseSchemaProgressCurrentPhaseValues = [
    "queued", "provisioning", "configuring", "ready",
];
/** True when `value` is one of {@link batchSessionStatusResponseSchemaProgressCurrentPhaseValues}. */
export function isBatchSessionStatusResponseSchemaProgressCurrentPhase(value) {
    return batchSessionStatusResponseSchemaProgressCurrentPhaseValues.includes(value);
}
/**
 * Every value of `BatchSessionUpdateRequestSchema.status`.
 *
 * Target status for the batch
 */
export const batchSessionUpdateRequestSchemaStatusValues = ["cancelled"];
/** True when `value` is one of {@link batchSessionUpdateRequestSchemaStatusValues}. */
export function isBatchSessionUpdateRequestSchemaStatus(value) {
    return batchSessionUpdateRequestSchemaStatusValues.includes(value);
}
/**
 * Every value of `BatchSessionUpdateResponseSchema.status`.
 *
 * New status of the batch
 */
export const batchSessionUpdateResponseSchemaStatusValues = ["cancelled"];
/** True when `value` is one of {@link batchSessionUpdateResponseSchemaStatusValues}. */
export function isBatchSessionUpdateResponseSchemaStatus(value) {
    return batchSessionUpdateResponseSchemaStatusValues.includes(value);
}
/**
 * Every value of `CreateIdentityResponse.status`.
 *
 * Status of the identity
 */
export const createIdentityResponseStatusValues = ["pending", "validated", "failed"];
/** True when `value` is one of {@link createIdentityResponseStatusValues}. */
export function isCreateIdentityResponseStatus(value) {
    return createIdentityResponseStatusValues.includes(value);
}
/**
 * Every value of `CreateTaskRequest.language`.
 *
 * Programming language for the task
 */
export const createTaskRequestLanguageValues = ["typescript"];
/** True when `value` is one of {@link createTaskRequestLanguageValues}. */
export function isCreateTaskRequestLanguage(value) {
    return createTaskRequestLanguageValues.includes(value);
}
/**
 * Every value of `CustomCredential.type`.
 *
 * Credential type
 */
export const customCredentialTypeValues = ["custom"];
/** True when `value` is one of {@link customCredentialTypeValues}. */
export function isCustomCredentialType(value) {
    return customCredentialTypeValues.includes(value);
}
/** Every value of `CustomProxy.type`. */
export const customProxyTypeValues = ["custom"];
/** True when `value` is one of {@link customProxyTypeValues}. */
export function isCustomProxyType(value) {
    return customProxyTypeValues.includes(value);
}
/**
 * Every value of `DraftTaskRequest.language`.
 *
 * Programming language for the task
 */
export const draftTaskRequestLanguageValues = ["typescript"];
/** True when `value` is one of {@link draftTaskRequestLanguageValues}. */
export function isDraftTaskRequestLanguage(value) {
    return draftTaskRequestLanguageValues.includes(value);
}
/**
 * Every value of `DragDropRequestSchema.button`.
 *
 * Mouse button to use
 */
export const dragDropRequestSchemaButtonValues = ["left", "middle", "right"];
/** True when `value` is one of {@link dragDropRequestSchemaButtonValues}. */
export function isDragDropRequestSchemaButton(value) {
    return dragDropRequestSchemaButtonValues.includes(value);
}
/**
 * Every value of `FetchWebpageRequestSchema.format`.
 *
 * The output format of the content.
 */
export const fetchWebpageRequestSchemaFormatValues = ["html", "markdown"];
/** True when `value` is one of {@link fetchWebpageRequestSchemaFormatValues}. */
export function isFetchWebpageRequestSchemaFormat(value) {
    return fetchWebpageRequestSchemaFormatValues.includes(value);
}
/**
 * Every value of `GetIdentityResponse.status`.
 *
 * Status of the identity
 */
export const getIdentityResponseStatusValues = ["pending", "validated", "failed"];
/** True when `value` is one of {@link getIdentityResponseStatusValues}. */
export function isGetIdentityResponseStatus(value) {
    return getIdentityResponseStatusValues.includes(value);
}
/**
 * Every value of `IntegrationType`.
 *
 * The type of integration
 */
export const integrationTypeValues = ["1PASSWORD"];
/** True when `value` is one of {@link integrationTypeValues}. */
export function isIntegrationType(value) {
    return integrationTypeValues.includes(value);
}
/**
 * Every value of `MouseSingleClickRequestSchema.button`.
 *
 * Mouse button to use
 */
export const mouseSingleClickRequestSchemaButtonValues = ["left", "middle", "right"];
/** True when `value` is one of {@link mouseSingleClickRequestSchemaButtonValues}. */
export function isMouseSingleClickRequestSchemaButton(value) {
    return mouseSingleClickRequestSchemaButtonValues.includes(value);
}
/**
 * Every value of `OnePasswordAllSecretsConfig.load_mode`.
 *
 * Load all secrets from 1Password
 */
export const onePasswordAllSecretsConfigLoadModeValues = ["all"];
/** True when `value` is one of {@link onePasswordAllSecretsConfigLoadModeValues}. */
export function isOnePasswordAllSecretsConfigLoadMode(value) {
    return onePasswordAllSecretsConfigLoadModeValues.includes(value);
}
/**
 * Every value of `OnePasswordIntegration.type`.
 *
 * Integration type
 */
export const onePasswordIntegrationTypeValues = ["1PASSWORD"];
/** True when `value` is one of {@link onePasswordIntegrationTypeValues}. */
export function isOnePasswordIntegrationType(value) {
    return onePasswordIntegrationTypeValues.includes(value);
}
/**
 * Every value of `OnePasswordSpecificSecretsConfig.load_mode`.
 *
 * Load specific secrets from 1Password
 */
export const onePasswordSpecificSecretsConfigLoadModeValues = ["specific"];
/** True when `value` is one of {@link onePasswordSpecificSecretsConfigLoadModeValues}. */
export function isOnePasswordSpecificSecretsConfigLoadMode(value) {
    return onePasswordSpecificSecretsConfigLoadModeValues.includes(value);
}
/**
 * Every value of `PerformWebTaskAsyncResponseData.status`.
 *
 * The status of the asynchronous task execution.
 */
export const performWebTaskAsyncResponseDataStatusValues = ["running"];
/** True when `value` is one of {@link performWebTaskAsyncResponseDataStatusValues}. */
export function isPerformWebTaskAsyncResponseDataStatus(value) {
    return performWebTaskAsyncResponseDataStatusValues.includes(value);
}
/**
 * Every value of `PerformWebTaskRequestSchema.agent`.
 *
 * The AI agent to use for task completion. Defaults to browser-use.
 */
export const performWebTaskRequestSchemaAgentValues = [
    "browser-use", "openai-cua", "gemini-computer-use", "anthropic-cua",
];
/** True when `value` is one of {@link performWebTaskRequestSchemaAgentValues}. */
export function isPerformWebTaskRequestSchemaAgent(value) {
    return performWebTaskRequestSchemaAgentValues.includes(value);
}
/**
 * Every value of `PerformWebTaskRequestSchema.provider`.
 *
 * The AI provider to use for task completion.
 */
export const performWebTaskRequestSchemaProviderValues = [
    "openai", "gemini", "groq", "azure", "xai",
];
/** True when `value` is one of {@link performWebTaskRequestSchemaProviderValues}. */
export function isPerformWebTaskRequestSchemaProvider(value) {
    return performWebTaskRequestSchemaProviderValues.includes(value);
}
/**
 * Every value of `PerformWebTaskStatusFailedResponseData.status`.
 *
 * The workflow has failed.
 */
export const performWebTaskStatusFailedResponseDataStatusValues = ["FAILED"];
/** True when `value` is one of {@link performWebTaskStatusFailedResponseDataStatusValues}. */
export function isPerformWebTaskStatusFailedResponseDataStatus(value) {
    return performWebTaskStatusFailedResponseDataStatusValues.includes(value);
}
/**
 * Every value of `PerformWebTaskStatusRunningResponseData.status`.
 *
 * The workflow is currently running.
 */
export const performWebTaskStatusRunningResponseDataStatusValues = ["RUNNING"];
/** True when `value` is one of {@link performWebTaskStatusRunningResponseDataStatusValues}. */
export function isPerformWebTaskStatusRunningResponseDataStatus(value) {
    return performWebTaskStatusRunningResponseDataStatusValues.includes(value);
}
/**
 * Every value of `PerformWebTaskStatusSuccessResponseData.status`.
 *
 * The workflow has completed successfully.
 */
export const performWebTaskStatusSuccessResponseDataStatusValues = ["COMPLETED"];
/** True when `value` is one of {@link performWebTaskStatusSuccessResponseDataStatusValues}. */
export function isPerformWebTaskStatusSuccessResponseDataStatus(value) {
    return performWebTaskStatusSuccessResponseDataStatusValues.includes(value);
}
/**
 * Every value of `ProfileRequestSchema.source`.
 *
 * The source of the profile data. currently only `session` is supported.
 */
export const profileRequestSchemaSourceValues = ["session"];
/** True when `value` is one of {@link profileRequestSchemaSourceValues}. */
export function isProfileRequestSchemaSource(value) {
    return profileRequestSchemaSourceValues.includes(value);
}
/**
 * Every value of `ProfileResponseSchema.source`.
 *
 * The source of the profile data.
 */
export const profileResponseSchemaSourceValues = ["session"];
/** True when `value` is one of {@link profileResponseSchemaSourceValues}. */
export function isProfileResponseSchemaSource(value) {
    return profileResponseSchemaSourceValues.includes(value);
}
/**
 * Every value of `PublishVersionRequest.language`.
 *
 * Programming language for the task
 */
export const publishVersionRequestLanguageValues = ["typescript"];
/** True when `value` is one of {@link publishVersionRequestLanguageValues}. */
export function isPublishVersionRequestLanguage(value) {
    return publishVersionRequestLanguageValues.includes(value);
}
/**
 * Every value of `ServiceAccountCredentials.type`.
 *
 * Credential type
 */
export const serviceAccountCredentialsTypeValues = ["serviceAccount"];
/** True when `value` is one of {@link serviceAccountCredentialsTypeValues}. */
export function isServiceAccountCredentialsType(value) {
    return serviceAccountCredentialsTypeValues.includes(value);
}
/**
 * Every value of `Task.language`.
 *
 * Programming language for the task
 */
export const taskLanguageValues = ["typescript"];
/** True when `value` is one of {@link taskLanguageValues}. */
export function isTaskLanguage(value) {
    return taskLanguageValues.includes(value);
}
/**
 * Every value of `TaskExecutionResult.status`.
 *
 * Execution status
 */
export const taskExecutionResultStatusValues = [
    "success", "failure", "timeout", "cancelled", "queued", "running",
];
/** True when `value` is one of {@link taskExecutionResultStatusValues}. */
export function isTaskExecutionResultStatus(value) {
    return taskExecutionResultStatusValues.includes(value);
}
/**
 * Every value of `TaskRunStatusV2Response.status`.
 *
 * Current task run status
 */
export const taskRunStatusV2ResponseStatusValues = [
    "queued", "running", "success", "failure", "timeout", "cancelled",
];
/** True when `value` is one of {@link taskRunStatusV2ResponseStatusValues}. */
export function isTaskRunStatusV2ResponseStatus(value) {
    return taskRunStatusV2ResponseStatusValues.includes(value);
}
/**
 * Every value of `TaskVersion.language`.
 *
 * Programming language for the task
 */
export const taskVersionLanguageValues = ["typescript"];
/** True when `value` is one of {@link taskVersionLanguageValues}. */
export function isTaskVersionLanguage(value) {
    return taskVersionLanguageValues.includes(value);
}
/**
 * Every value of `UsernamePasswordCredential.type`.
 *
 * Credential type
 */
export const usernamePasswordCredentialTypeValues = ["username_password"];
/** True when `value` is one of {@link usernamePasswordCredentialTypeValues}. */
export function isUsernamePasswordCredentialType(value) {
    return usernamePasswordCredentialTypeValues.includes(value);
}
