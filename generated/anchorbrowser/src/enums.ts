/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { components } from "./schema.js";

/** The type of property K of T, or `unknown` where T has no such property. */
type PropertyOf<T, K extends PropertyKey> = T extends { readonly [P in K]?: infer V } ? V : unknown;

/** V, which must be values of the schema type T (a compile error names any other). */
type SchemaValues<V extends T, T> = V;

/**
 * Every value of `AnchorProxy.type`.
 *
 * Create a session with a proxy to access websites as if you're browsing from a computer in that country.
 */
export const anchorProxyTypeValues = ["anchor_proxy"] as const;

/** True when `value` is one of {@link anchorProxyTypeValues}. */
export function isAnchorProxyType(value: unknown): value is SchemaValues<(typeof anchorProxyTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["AnchorProxy"]>, "type">> {
    return (anchorProxyTypeValues as ReadonlyArray<unknown>).includes(value);
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
] as const;

/** True when `value` is one of {@link anchorProxyCountryCodeValues}. */
export function isAnchorProxyCountryCode(value: unknown): value is SchemaValues<(typeof anchorProxyCountryCodeValues)[number], components["schemas"]["AnchorProxyCountryCode"]> {
    return (anchorProxyCountryCodeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `ApplicationIdentityItem.status`.
 *
 * Status of the identity
 */
export const applicationIdentityItemStatusValues = ["pending", "validated", "failed"] as const;

/** True when `value` is one of {@link applicationIdentityItemStatusValues}. */
export function isApplicationIdentityItemStatus(value: unknown): value is SchemaValues<(typeof applicationIdentityItemStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["ApplicationIdentityItem"]>, "status">> {
    return (applicationIdentityItemStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `AuthenticatorCredential.type`.
 *
 * Credential type
 */
export const authenticatorCredentialTypeValues = ["authenticator"] as const;

/** True when `value` is one of {@link authenticatorCredentialTypeValues}. */
export function isAuthenticatorCredentialType(value: unknown): value is SchemaValues<(typeof authenticatorCredentialTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["AuthenticatorCredential"]>, "type">> {
    return (authenticatorCredentialTypeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionItemSchema.status`.
 *
 * Current status of this individual session
 */
export const batchSessionItemSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
] as const;

/** True when `value` is one of {@link batchSessionItemSchemaStatusValues}. */
export function isBatchSessionItemSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionItemSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionItemSchema"]>, "status">> {
    return (batchSessionItemSchemaStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionListItemSchema.status`.
 *
 * Current status of the batch
 */
export const batchSessionListItemSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
] as const;

/** True when `value` is one of {@link batchSessionListItemSchemaStatusValues}. */
export function isBatchSessionListItemSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionListItemSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionListItemSchema"]>, "status">> {
    return (batchSessionListItemSchemaStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionResponseSchema.status`.
 *
 * Current status of the batch
 */
export const batchSessionResponseSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
] as const;

/** True when `value` is one of {@link batchSessionResponseSchemaStatusValues}. */
export function isBatchSessionResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionResponseSchema"]>, "status">> {
    return (batchSessionResponseSchemaStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionRetryResponseSchema.status`.
 *
 * Current status of the batch after retry
 */
export const batchSessionRetryResponseSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
] as const;

/** True when `value` is one of {@link batchSessionRetryResponseSchemaStatusValues}. */
export function isBatchSessionRetryResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionRetryResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionRetryResponseSchema"]>, "status">> {
    return (batchSessionRetryResponseSchemaStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionStatusResponseSchema.status`.
 *
 * Current status of the batch
 */
export const batchSessionStatusResponseSchemaStatusValues = [
    "pending", "processing", "completed", "failed", "cancelled",
] as const;

/** True when `value` is one of {@link batchSessionStatusResponseSchemaStatusValues}. */
export function isBatchSessionStatusResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionStatusResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionStatusResponseSchema"]>, "status">> {
    return (batchSessionStatusResponseSchemaStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionStatusResponseSchema.progress.current_phase`.
 *
 * Current processing phase
 */
export const batchSessionStatusResponseSchemaProgressCurrentPhaseValues = [
    "queued", "provisioning", "configuring", "ready",
] as const;

/** True when `value` is one of {@link batchSessionStatusResponseSchemaProgressCurrentPhaseValues}. */
export function isBatchSessionStatusResponseSchemaProgressCurrentPhase(value: unknown): value is SchemaValues<(typeof batchSessionStatusResponseSchemaProgressCurrentPhaseValues)[number], PropertyOf<NonNullable<PropertyOf<NonNullable<components["schemas"]["BatchSessionStatusResponseSchema"]>, "progress">>, "current_phase">> {
    return (batchSessionStatusResponseSchemaProgressCurrentPhaseValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionUpdateRequestSchema.status`.
 *
 * Target status for the batch
 */
export const batchSessionUpdateRequestSchemaStatusValues = ["cancelled"] as const;

/** True when `value` is one of {@link batchSessionUpdateRequestSchemaStatusValues}. */
export function isBatchSessionUpdateRequestSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionUpdateRequestSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionUpdateRequestSchema"]>, "status">> {
    return (batchSessionUpdateRequestSchemaStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `BatchSessionUpdateResponseSchema.status`.
 *
 * New status of the batch
 */
export const batchSessionUpdateResponseSchemaStatusValues = ["cancelled"] as const;

/** True when `value` is one of {@link batchSessionUpdateResponseSchemaStatusValues}. */
export function isBatchSessionUpdateResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionUpdateResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionUpdateResponseSchema"]>, "status">> {
    return (batchSessionUpdateResponseSchemaStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `CreateIdentityResponse.status`.
 *
 * Status of the identity
 */
export const createIdentityResponseStatusValues = ["pending", "validated", "failed"] as const;

/** True when `value` is one of {@link createIdentityResponseStatusValues}. */
export function isCreateIdentityResponseStatus(value: unknown): value is SchemaValues<(typeof createIdentityResponseStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["CreateIdentityResponse"]>, "status">> {
    return (createIdentityResponseStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `CreateTaskRequest.language`.
 *
 * Programming language for the task
 */
export const createTaskRequestLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link createTaskRequestLanguageValues}. */
export function isCreateTaskRequestLanguage(value: unknown): value is SchemaValues<(typeof createTaskRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["CreateTaskRequest"]>, "language">> {
    return (createTaskRequestLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `CustomCredential.type`.
 *
 * Credential type
 */
export const customCredentialTypeValues = ["custom"] as const;

/** True when `value` is one of {@link customCredentialTypeValues}. */
export function isCustomCredentialType(value: unknown): value is SchemaValues<(typeof customCredentialTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["CustomCredential"]>, "type">> {
    return (customCredentialTypeValues as ReadonlyArray<unknown>).includes(value);
}

/** Every value of `CustomProxy.type`. */
export const customProxyTypeValues = ["custom"] as const;

/** True when `value` is one of {@link customProxyTypeValues}. */
export function isCustomProxyType(value: unknown): value is SchemaValues<(typeof customProxyTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["CustomProxy"]>, "type">> {
    return (customProxyTypeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `DraftTaskRequest.language`.
 *
 * Programming language for the task
 */
export const draftTaskRequestLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link draftTaskRequestLanguageValues}. */
export function isDraftTaskRequestLanguage(value: unknown): value is SchemaValues<(typeof draftTaskRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["DraftTaskRequest"]>, "language">> {
    return (draftTaskRequestLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `DragDropRequestSchema.button`.
 *
 * Mouse button to use
 */
export const dragDropRequestSchemaButtonValues = ["left", "middle", "right"] as const;

/** True when `value` is one of {@link dragDropRequestSchemaButtonValues}. */
export function isDragDropRequestSchemaButton(value: unknown): value is SchemaValues<(typeof dragDropRequestSchemaButtonValues)[number], PropertyOf<NonNullable<components["schemas"]["DragDropRequestSchema"]>, "button">> {
    return (dragDropRequestSchemaButtonValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `FetchWebpageRequestSchema.format`.
 *
 * The output format of the content.
 */
export const fetchWebpageRequestSchemaFormatValues = ["html", "markdown"] as const;

/** True when `value` is one of {@link fetchWebpageRequestSchemaFormatValues}. */
export function isFetchWebpageRequestSchemaFormat(value: unknown): value is SchemaValues<(typeof fetchWebpageRequestSchemaFormatValues)[number], PropertyOf<NonNullable<components["schemas"]["FetchWebpageRequestSchema"]>, "format">> {
    return (fetchWebpageRequestSchemaFormatValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `GetIdentityResponse.status`.
 *
 * Status of the identity
 */
export const getIdentityResponseStatusValues = ["pending", "validated", "failed"] as const;

/** True when `value` is one of {@link getIdentityResponseStatusValues}. */
export function isGetIdentityResponseStatus(value: unknown): value is SchemaValues<(typeof getIdentityResponseStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["GetIdentityResponse"]>, "status">> {
    return (getIdentityResponseStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `IntegrationType`.
 *
 * The type of integration
 */
export const integrationTypeValues = ["1PASSWORD"] as const;

/** True when `value` is one of {@link integrationTypeValues}. */
export function isIntegrationType(value: unknown): value is SchemaValues<(typeof integrationTypeValues)[number], components["schemas"]["IntegrationType"]> {
    return (integrationTypeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `MouseSingleClickRequestSchema.button`.
 *
 * Mouse button to use
 */
export const mouseSingleClickRequestSchemaButtonValues = ["left", "middle", "right"] as const;

/** True when `value` is one of {@link mouseSingleClickRequestSchemaButtonValues}. */
export function isMouseSingleClickRequestSchemaButton(value: unknown): value is SchemaValues<(typeof mouseSingleClickRequestSchemaButtonValues)[number], PropertyOf<NonNullable<components["schemas"]["MouseSingleClickRequestSchema"]>, "button">> {
    return (mouseSingleClickRequestSchemaButtonValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `OnePasswordAllSecretsConfig.load_mode`.
 *
 * Load all secrets from 1Password
 */
export const onePasswordAllSecretsConfigLoadModeValues = ["all"] as const;

/** True when `value` is one of {@link onePasswordAllSecretsConfigLoadModeValues}. */
export function isOnePasswordAllSecretsConfigLoadMode(value: unknown): value is SchemaValues<(typeof onePasswordAllSecretsConfigLoadModeValues)[number], PropertyOf<NonNullable<components["schemas"]["OnePasswordAllSecretsConfig"]>, "load_mode">> {
    return (onePasswordAllSecretsConfigLoadModeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `OnePasswordIntegration.type`.
 *
 * Integration type
 */
export const onePasswordIntegrationTypeValues = ["1PASSWORD"] as const;

/** True when `value` is one of {@link onePasswordIntegrationTypeValues}. */
export function isOnePasswordIntegrationType(value: unknown): value is SchemaValues<(typeof onePasswordIntegrationTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["OnePasswordIntegration"]>, "type">> {
    return (onePasswordIntegrationTypeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `OnePasswordSpecificSecretsConfig.load_mode`.
 *
 * Load specific secrets from 1Password
 */
export const onePasswordSpecificSecretsConfigLoadModeValues = ["specific"] as const;

/** True when `value` is one of {@link onePasswordSpecificSecretsConfigLoadModeValues}. */
export function isOnePasswordSpecificSecretsConfigLoadMode(value: unknown): value is SchemaValues<(typeof onePasswordSpecificSecretsConfigLoadModeValues)[number], PropertyOf<NonNullable<components["schemas"]["OnePasswordSpecificSecretsConfig"]>, "load_mode">> {
    return (onePasswordSpecificSecretsConfigLoadModeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `PerformWebTaskAsyncResponseData.status`.
 *
 * The status of the asynchronous task execution.
 */
export const performWebTaskAsyncResponseDataStatusValues = ["running"] as const;

/** True when `value` is one of {@link performWebTaskAsyncResponseDataStatusValues}. */
export function isPerformWebTaskAsyncResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskAsyncResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskAsyncResponseData"]>, "status">> {
    return (performWebTaskAsyncResponseDataStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `PerformWebTaskRequestSchema.agent`.
 *
 * The AI agent to use for task completion. Defaults to browser-use.
 */
export const performWebTaskRequestSchemaAgentValues = [
    "browser-use", "openai-cua", "gemini-computer-use", "anthropic-cua",
] as const;

/** True when `value` is one of {@link performWebTaskRequestSchemaAgentValues}. */
export function isPerformWebTaskRequestSchemaAgent(value: unknown): value is SchemaValues<(typeof performWebTaskRequestSchemaAgentValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskRequestSchema"]>, "agent">> {
    return (performWebTaskRequestSchemaAgentValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `PerformWebTaskRequestSchema.provider`.
 *
 * The AI provider to use for task completion.
 */
export const performWebTaskRequestSchemaProviderValues = [
    "openai", "gemini", "groq", "azure", "xai",
] as const;

/** True when `value` is one of {@link performWebTaskRequestSchemaProviderValues}. */
export function isPerformWebTaskRequestSchemaProvider(value: unknown): value is SchemaValues<(typeof performWebTaskRequestSchemaProviderValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskRequestSchema"]>, "provider">> {
    return (performWebTaskRequestSchemaProviderValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `PerformWebTaskStatusFailedResponseData.status`.
 *
 * The workflow has failed.
 */
export const performWebTaskStatusFailedResponseDataStatusValues = ["FAILED"] as const;

/** True when `value` is one of {@link performWebTaskStatusFailedResponseDataStatusValues}. */
export function isPerformWebTaskStatusFailedResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskStatusFailedResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskStatusFailedResponseData"]>, "status">> {
    return (performWebTaskStatusFailedResponseDataStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `PerformWebTaskStatusRunningResponseData.status`.
 *
 * The workflow is currently running.
 */
export const performWebTaskStatusRunningResponseDataStatusValues = ["RUNNING"] as const;

/** True when `value` is one of {@link performWebTaskStatusRunningResponseDataStatusValues}. */
export function isPerformWebTaskStatusRunningResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskStatusRunningResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskStatusRunningResponseData"]>, "status">> {
    return (performWebTaskStatusRunningResponseDataStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `PerformWebTaskStatusSuccessResponseData.status`.
 *
 * The workflow has completed successfully.
 */
export const performWebTaskStatusSuccessResponseDataStatusValues = ["COMPLETED"] as const;

/** True when `value` is one of {@link performWebTaskStatusSuccessResponseDataStatusValues}. */
export function isPerformWebTaskStatusSuccessResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskStatusSuccessResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskStatusSuccessResponseData"]>, "status">> {
    return (performWebTaskStatusSuccessResponseDataStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `ProfileRequestSchema.source`.
 *
 * The source of the profile data. currently only `session` is supported.
 */
export const profileRequestSchemaSourceValues = ["session"] as const;

/** True when `value` is one of {@link profileRequestSchemaSourceValues}. */
export function isProfileRequestSchemaSource(value: unknown): value is SchemaValues<(typeof profileRequestSchemaSourceValues)[number], PropertyOf<NonNullable<components["schemas"]["ProfileRequestSchema"]>, "source">> {
    return (profileRequestSchemaSourceValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `ProfileResponseSchema.source`.
 *
 * The source of the profile data.
 */
export const profileResponseSchemaSourceValues = ["session"] as const;

/** True when `value` is one of {@link profileResponseSchemaSourceValues}. */
export function isProfileResponseSchemaSource(value: unknown): value is SchemaValues<(typeof profileResponseSchemaSourceValues)[number], PropertyOf<NonNullable<components["schemas"]["ProfileResponseSchema"]>, "source">> {
    return (profileResponseSchemaSourceValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `PublishVersionRequest.language`.
 *
 * Programming language for the task
 */
export const publishVersionRequestLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link publishVersionRequestLanguageValues}. */
export function isPublishVersionRequestLanguage(value: unknown): value is SchemaValues<(typeof publishVersionRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["PublishVersionRequest"]>, "language">> {
    return (publishVersionRequestLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `ServiceAccountCredentials.type`.
 *
 * Credential type
 */
export const serviceAccountCredentialsTypeValues = ["serviceAccount"] as const;

/** True when `value` is one of {@link serviceAccountCredentialsTypeValues}. */
export function isServiceAccountCredentialsType(value: unknown): value is SchemaValues<(typeof serviceAccountCredentialsTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["ServiceAccountCredentials"]>, "type">> {
    return (serviceAccountCredentialsTypeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `Task.language`.
 *
 * Programming language for the task
 */
export const taskLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link taskLanguageValues}. */
export function isTaskLanguage(value: unknown): value is SchemaValues<(typeof taskLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["Task"]>, "language">> {
    return (taskLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `TaskExecutionResult.status`.
 *
 * Execution status
 */
export const taskExecutionResultStatusValues = [
    "success", "failure", "timeout", "cancelled", "queued", "running",
] as const;

/** True when `value` is one of {@link taskExecutionResultStatusValues}. */
export function isTaskExecutionResultStatus(value: unknown): value is SchemaValues<(typeof taskExecutionResultStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["TaskExecutionResult"]>, "status">> {
    return (taskExecutionResultStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `TaskRunStatusV2Response.status`.
 *
 * Current task run status
 */
export const taskRunStatusV2ResponseStatusValues = [
    "queued", "running", "success", "failure", "timeout", "cancelled",
] as const;

/** True when `value` is one of {@link taskRunStatusV2ResponseStatusValues}. */
export function isTaskRunStatusV2ResponseStatus(value: unknown): value is SchemaValues<(typeof taskRunStatusV2ResponseStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["TaskRunStatusV2Response"]>, "status">> {
    return (taskRunStatusV2ResponseStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `TaskVersion.language`.
 *
 * Programming language for the task
 */
export const taskVersionLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link taskVersionLanguageValues}. */
export function isTaskVersionLanguage(value: unknown): value is SchemaValues<(typeof taskVersionLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["TaskVersion"]>, "language">> {
    return (taskVersionLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `UsernamePasswordCredential.type`.
 *
 * Credential type
 */
export const usernamePasswordCredentialTypeValues = ["username_password"] as const;

/** True when `value` is one of {@link usernamePasswordCredentialTypeValues}. */
export function isUsernamePasswordCredentialType(value: unknown): value is SchemaValues<(typeof usernamePasswordCredentialTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["UsernamePasswordCredential"]>, "type">> {
    return (usernamePasswordCredentialTypeValues as ReadonlyArray<unknown>).includes(value);
}
