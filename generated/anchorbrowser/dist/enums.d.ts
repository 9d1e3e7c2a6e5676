/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { components } from "./schema.js";
/** The type of property K of T, or `unknown` where T has no such property. */
type PropertyOf<T, K extends PropertyKey> = T extends {
    readonly [P in K]?: infer V;
} ? V : unknown;
/** V, which must be values of the schema type T (a compile error names any other). */
type SchemaValues<V extends T, T> = V;
/**
 * Every value of `AnchorProxy.type`.
 *
 * Create a session with a proxy to access websites as if you're browsing from a computer in that country.
 */
export declare const anchorProxyTypeValues: readonly ["anchor_proxy"];
/** True when `value` is one of {@link anchorProxyTypeValues}. */
export declare function isAnchorProxyType(value: unknown): value is SchemaValues<(typeof anchorProxyTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["AnchorProxy"]>, "type">>;
/**
 * Every value of `AnchorProxyCountryCode`.
 *
 * anchor_proxy
 */
export declare const anchorProxyCountryCodeValues: readonly ["af", "al", "dz", "ad", "ao", "as", "ag", "ar", "am", "aw", "au", "at", "az", "bs", "bh", "bb", "by", "be", "bz", "bj", "bm", "bo", "ba", "br", "bg", "bf", "cm", "ca", "cv", "td", "cl", "co", "cg", "cr", "ci", "hr", "cu", "cy", "cz", "dk", "dm", "do", "ec", "eg", "sv", "ee", "et", "fo", "fi", "fr", "gf", "pf", "ga", "gm", "ge", "de", "gh", "gi", "gr", "gd", "gp", "gt", "gg", "gn", "gw", "gy", "ht", "hn", "hu", "is", "in", "ir", "iq", "ie", "il", "it", "jm", "jp", "jo", "kz", "kw", "kg", "lv", "lb", "ly", "li", "lt", "lu", "mk", "ml", "mt", "mq", "mr", "mx", "md", "mc", "me", "ma", "nl", "nz", "ni", "ng", "no", "pk", "pa", "py", "pe", "ph", "pl", "pt", "pr", "qa", "ro", "lc", "sm", "sa", "sn", "rs", "sc", "sl", "sk", "si", "so", "za", "kr", "es", "sr", "se", "ch", "sy", "st", "tw", "tj", "tg", "tt", "tn", "tr", "tc", "ua", "ae", "us", "uy", "uz", "ve", "ye"];
/** True when `value` is one of {@link anchorProxyCountryCodeValues}. */
export declare function isAnchorProxyCountryCode(value: unknown): value is SchemaValues<(typeof anchorProxyCountryCodeValues)[number], components["schemas"]["AnchorProxyCountryCode"]>;
/**
 * Every value of `ApplicationIdentityItem.status`.
 *
 * Status of the identity
 */
export declare const applicationIdentityItemStatusValues: readonly ["pending", "validated", "failed"];
/** True when `value` is one of {@link applicationIdentityItemStatusValues}. */
export declare function isApplicationIdentityItemStatus(value: unknown): value is SchemaValues<(typeof applicationIdentityItemStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["ApplicationIdentityItem"]>, "status">>;
/**
 * Every value of `AuthenticatorCredential.type`.
 *
 * Credential type
 */
export declare const authenticatorCredentialTypeValues: readonly ["authenticator"];
/** True when `value` is one of {@link authenticatorCredentialTypeValues}. */
export declare function isAuthenticatorCredentialType(value: unknown): value is SchemaValues<(typeof authenticatorCredentialTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["AuthenticatorCredential"]>, "type">>;
/**
 * Every value of `BatchSessionItemSchema.status`.
 *
 * Current status of this individual session
 */
export declare const batchSessionItemSchemaStatusValues: readonly ["pending", "processing", "completed", "failed", "cancelled"];
/** True when `value` is one of {@link batchSessionItemSchemaStatusValues}. */
export declare function isBatchSessionItemSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionItemSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionItemSchema"]>, "status">>;
/**
 * Every value of `BatchSessionListItemSchema.status`.
 *
 * Current status of the batch
 */
export declare const batchSessionListItemSchemaStatusValues: readonly ["pending", "processing", "completed", "failed", "cancelled"];
/** True when `value` is one of {@link batchSessionListItemSchemaStatusValues}. */
export declare function isBatchSessionListItemSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionListItemSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionListItemSchema"]>, "status">>;
/**
 * Every value of `BatchSessionResponseSchema.status`.
 *
 * Current status of the batch
 */
export declare const batchSessionResponseSchemaStatusValues: readonly ["pending", "processing", "completed", "failed", "cancelled"];
/** True when `value` is one of {@link batchSessionResponseSchemaStatusValues}. */
export declare function isBatchSessionResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionResponseSchema"]>, "status">>;
/**
 * Every value of `BatchSessionRetryResponseSchema.status`.
 *
 * Current status of the batch after retry
 */
export declare const batchSessionRetryResponseSchemaStatusValues: readonly ["pending", "processing", "completed", "failed", "cancelled"];
/** True when `value` is one of {@link batchSessionRetryResponseSchemaStatusValues}. */
export declare function isBatchSessionRetryResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionRetryResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionRetryResponseSchema"]>, "status">>;
/**
 * Every value of `BatchSessionStatusResponseSchema.status`.
 *
 * Current status of the batch
 */
export declare const batchSessionStatusResponseSchemaStatusValues: readonly ["pending", "processing", "completed", "failed", "cancelled"];
/** True when `value` is one of {@link batchSessionStatusResponseSchemaStatusValues}. */
export declare function isBatchSessionStatusResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionStatusResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionStatusResponseSchema"]>, "status">>;
/**
 * Every value of `BatchSessionStatusResponseSchema.progress.current_phase`.
 *
 * Current processing phase
 */
export declare const batchSessionStatusResponseSchemaProgressCurrentPhaseValues: readonly ["queued", "provisioning", "configuring", "ready"];
/** True when `value` is one of {@link batchSessionStatusResponseSchemaProgressCurrentPhaseValues}. */
export declare function isBatchSessionStatusResponseSchemaProgressCurrentPhase(value: unknown): value is SchemaValues<(typeof batchSessionStatusResponseSchemaProgressCurrentPhaseValues)[number], PropertyOf<NonNullable<PropertyOf<NonNullable<components["schemas"]["BatchSessionStatusResponseSchema"]>, "progress">>, "current_phase">>;
/**
 * Every value of `BatchSessionUpdateRequestSchema.status`.
 *
 * Target status for the batch
 */
export declare const batchSessionUpdateRequestSchemaStatusValues: readonly ["cancelled"];
/** True when `value` is one of {@link batchSessionUpdateRequestSchemaStatusValues}. */
export declare function isBatchSessionUpdateRequestSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionUpdateRequestSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionUpdateRequestSchema"]>, "status">>;
/**
 * Every value of `BatchSessionUpdateResponseSchema.status`.
 *
 * New status of the batch
 */
export declare const batchSessionUpdateResponseSchemaStatusValues: readonly ["cancelled"];
/** True when `value` is one of {@link batchSessionUpdateResponseSchemaStatusValues}. */
export declare function isBatchSessionUpdateResponseSchemaStatus(value: unknown): value is SchemaValues<(typeof batchSessionUpdateResponseSchemaStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["BatchSessionUpdateResponseSchema"]>, "status">>;
/**
 * Every value of `CreateIdentityResponse.status`.
 *
 * Status of the identity
 */
export declare const createIdentityResponseStatusValues: readonly ["pending", "validated", "failed"];
/** True when `value` is one of {@link createIdentityResponseStatusValues}. */
export declare function isCreateIdentityResponseStatus(value: unknown): value is SchemaValues<(typeof createIdentityResponseStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["CreateIdentityResponse"]>, "status">>;
/**
 * Every value of `CreateTaskRequest.language`.
 *
 * Programming language for the task
 */
export declare const createTaskRequestLanguageValues: readonly ["typescript"];
/** True when `value` is one of {@link createTaskRequestLanguageValues}. */
export declare function isCreateTaskRequestLanguage(value: unknown): value is SchemaValues<(typeof createTaskRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["CreateTaskRequest"]>, "language">>;
/**
 * Every value of `CustomCredential.type`.
 *
 * Credential type
 */
export declare const customCredentialTypeValues: readonly ["custom"];
/** True when `value` is one of {@link customCredentialTypeValues}. */
export declare function isCustomCredentialType(value: unknown): value is SchemaValues<(typeof customCredentialTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["CustomCredential"]>, "type">>;
/** Every value of `CustomProxy.type`. */
export declare const customProxyTypeValues: readonly ["custom"];
/** True when `value` is one of {@link customProxyTypeValues}. */
export declare function isCustomProxyType(value: unknown): value is SchemaValues<(typeof customProxyTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["CustomProxy"]>, "type">>;
/**
 * Every value of `DraftTaskRequest.language`.
 *
 * Programming language for the task
 */
export declare const draftTaskRequestLanguageValues: readonly ["typescript"];
/** True when `value` is one of {@link draftTaskRequestLanguageValues}. */
export declare function isDraftTaskRequestLanguage(value: unknown): value is SchemaValues<(typeof draftTaskRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["DraftTaskRequest"]>, "language">>;
/**
 * Every value of `DragDropRequestSchema.button`.
 *
 * Mouse button to use
 */
export declare const dragDropRequestSchemaButtonValues: readonly ["left", "middle", "right"];
/** True when `value` is one of {@link dragDropRequestSchemaButtonValues}. */
export declare function isDragDropRequestSchemaButton(value: unknown): value is SchemaValues<(typeof dragDropRequestSchemaButtonValues)[number], PropertyOf<NonNullable<components["schemas"]["DragDropRequestSchema"]>, "button">>;
/**
 * Every value of `FetchWebpageRequestSchema.format`.
 *
 * The output format of the content.
 */
export declare const fetchWebpageRequestSchemaFormatValues: readonly ["html", "markdown"];
/** True when `value` is one of {@link fetchWebpageRequestSchemaFormatValues}. */
export declare function isFetchWebpageRequestSchemaFormat(value: unknown): value is SchemaValues<(typeof fetchWebpageRequestSchemaFormatValues)[number], PropertyOf<NonNullable<components["schemas"]["FetchWebpageRequestSchema"]>, "format">>;
/**
 * Every value of `GetIdentityResponse.status`.
 *
 * Status of the identity
 */
export declare const getIdentityResponseStatusValues: readonly ["pending", "validated", "failed"];
/** True when `value` is one of {@link getIdentityResponseStatusValues}. */
export declare function isGetIdentityResponseStatus(value: unknown): value is SchemaValues<(typeof getIdentityResponseStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["GetIdentityResponse"]>, "status">>;
/**
 * Every value of `IntegrationType`.
 *
 * The type of integration
 */
export declare const integrationTypeValues: readonly ["1PASSWORD"];
/** True when `value` is one of {@link integrationTypeValues}. */
export declare function isIntegrationType(value: unknown): value is SchemaValues<(typeof integrationTypeValues)[number], components["schemas"]["IntegrationType"]>;
/**
 * Every value of `MouseSingleClickRequestSchema.button`.
 *
 * Mouse button to use
 */
export declare const mouseSingleClickRequestSchemaButtonValues: readonly ["left", "middle", "right"];
/** True when `value` is one of {@link mouseSingleClickRequestSchemaButtonValues}. */
export declare function isMouseSingleClickRequestSchemaButton(value: unknown): value is SchemaValues<(typeof mouseSingleClickRequestSchemaButtonValues)[number], PropertyOf<NonNullable<components["schemas"]["MouseSingleClickRequestSchema"]>, "button">>;
/**
 * Every value of `OnePasswordAllSecretsConfig.load_mode`.
 *
 * Load all secrets from 1Password
 */
export declare const onePasswordAllSecretsConfigLoadModeValues: readonly ["all"];
/** True when `value` is one of {@link onePasswordAllSecretsConfigLoadModeValues}. */
export declare function isOnePasswordAllSecretsConfigLoadMode(value: unknown): value is SchemaValues<(typeof onePasswordAllSecretsConfigLoadModeValues)[number], PropertyOf<NonNullable<components["schemas"]["OnePasswordAllSecretsConfig"]>, "load_mode">>;
/**
 * Every value of `OnePasswordIntegration.type`.
 *
 * Integration type
 */
export declare const onePasswordIntegrationTypeValues: readonly ["1PASSWORD"];
/** True when `value` is one of {@link onePasswordIntegrationTypeValues}. */
export declare function isOnePasswordIntegrationType(value: unknown): value is SchemaValues<(typeof onePasswordIntegrationTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["OnePasswordIntegration"]>, "type">>;
/**
 * Every value of `OnePasswordSpecificSecretsConfig.load_mode`.
 *
 * Load specific secrets from 1Password
 */
export declare const onePasswordSpecificSecretsConfigLoadModeValues: readonly ["specific"];
/** True when `value` is one of {@link onePasswordSpecificSecretsConfigLoadModeValues}. */
export declare function isOnePasswordSpecificSecretsConfigLoadMode(value: unknown): value is SchemaValues<(typeof onePasswordSpecificSecretsConfigLoadModeValues)[number], PropertyOf<NonNullable<components["schemas"]["OnePasswordSpecificSecretsConfig"]>, "load_mode">>;
/**
 * Every value of `PerformWebTaskAsyncResponseData.status`.
 *
 * The status of the asynchronous task execution.
 */
export declare const performWebTaskAsyncResponseDataStatusValues: readonly ["running"];
/** True when `value` is one of {@link performWebTaskAsyncResponseDataStatusValues}. */
export declare function isPerformWebTaskAsyncResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskAsyncResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskAsyncResponseData"]>, "status">>;
/**
 * Every value of `PerformWebTaskRequestSchema.agent`.
 *
 * The AI agent to use for task completion. Defaults to browser-use.
 */
export declare const performWebTaskRequestSchemaAgentValues: readonly ["browser-use", "openai-cua", "gemini-computer-use", "anthropic-cua"];
/** True when `value` is one of {@link performWebTaskRequestSchemaAgentValues}. */
export declare function isPerformWebTaskRequestSchemaAgent(value: unknown): value is SchemaValues<(typeof performWebTaskRequestSchemaAgentValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskRequestSchema"]>, "agent">>;
/**
 * Every value of `PerformWebTaskRequestSchema.provider`.
 *
 * The AI provider to use for task completion.
 */
export declare const performWebTaskRequestSchemaProviderValues: readonly ["openai", "gemini", "groq", "azure", "xai"];
/** True when `value` is one of {@link performWebTaskRequestSchemaProviderValues}. */
export declare function isPerformWebTaskRequestSchemaProvider(value: unknown): value is SchemaValues<(typeof performWebTaskRequestSchemaProviderValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskRequestSchema"]>, "provider">>;
/**
 * Every value of `PerformWebTaskStatusFailedResponseData.status`.
 *
 * The workflow has failed.
 */
export declare const performWebTaskStatusFailedResponseDataStatusValues: readonly ["FAILED"];
/** True when `value` is one of {@link performWebTaskStatusFailedResponseDataStatusValues}. */
export declare function isPerformWebTaskStatusFailedResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskStatusFailedResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskStatusFailedResponseData"]>, "status">>;
/**
 * Every value of `PerformWebTaskStatusRunningResponseData.status`.
 *
 * The workflow is currently running.
 */
export declare const performWebTaskStatusRunningResponseDataStatusValues: readonly ["RUNNING"];
/** True when `value` is one of {@link performWebTaskStatusRunningResponseDataStatusValues}. */
export declare function isPerformWebTaskStatusRunningResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskStatusRunningResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskStatusRunningResponseData"]>, "status">>;
/**
 * Every value of `PerformWebTaskStatusSuccessResponseData.status`.
 *
 * The workflow has completed successfully.
 */
export declare const performWebTaskStatusSuccessResponseDataStatusValues: readonly ["COMPLETED"];
/** True when `value` is one of {@link performWebTaskStatusSuccessResponseDataStatusValues}. */
export declare function isPerformWebTaskStatusSuccessResponseDataStatus(value: unknown): value is SchemaValues<(typeof performWebTaskStatusSuccessResponseDataStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["PerformWebTaskStatusSuccessResponseData"]>, "status">>;
/**
 * Every value of `ProfileRequestSchema.source`.
 *
 * The source of the profile data. currently only `session` is supported.
 */
export declare const profileRequestSchemaSourceValues: readonly ["session"];
/** True when `value` is one of {@link profileRequestSchemaSourceValues}. */
export declare function isProfileRequestSchemaSource(value: unknown): value is SchemaValues<(typeof profileRequestSchemaSourceValues)[number], PropertyOf<NonNullable<components["schemas"]["ProfileRequestSchema"]>, "source">>;
/**
 * Every value of `ProfileResponseSchema.source`.
 *
 * The source of the profile data.
 */
export declare const profileResponseSchemaSourceValues: readonly ["session"];
/** True when `value` is one of {@link profileResponseSchemaSourceValues}. */
export declare function isProfileResponseSchemaSource(value: unknown): value is SchemaValues<(typeof profileResponseSchemaSourceValues)[number], PropertyOf<NonNullable<components["schemas"]["ProfileResponseSchema"]>, "source">>;
/**
 * Every value of `PublishVersionRequest.language`.
 *
 * Programming language for the task
 */
export declare const publishVersionRequestLanguageValues: readonly ["typescript"];
/** True when `value` is one of {@link publishVersionRequestLanguageValues}. */
export declare function isPublishVersionRequestLanguage(value: unknown): value is SchemaValues<(typeof publishVersionRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["PublishVersionRequest"]>, "language">>;
/**
 * Every value of `ServiceAccountCredentials.type`.
 *
 * Credential type
 */
export declare const serviceAccountCredentialsTypeValues: readonly ["serviceAccount"];
/** True when `value` is one of {@link serviceAccountCredentialsTypeValues}. */
export declare function isServiceAccountCredentialsType(value: unknown): value is SchemaValues<(typeof serviceAccountCredentialsTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["ServiceAccountCredentials"]>, "type">>;
/**
 * Every value of `Task.language`.
 *
 * Programming language for the task
 */
export declare const taskLanguageValues: readonly ["typescript"];
/** True when `value` is one of {@link taskLanguageValues}. */
export declare function isTaskLanguage(value: unknown): value is SchemaValues<(typeof taskLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["Task"]>, "language">>;
/**
 * Every value of `TaskExecutionResult.status`.
 *
 * Execution status
 */
export declare const taskExecutionResultStatusValues: readonly ["success", "failure", "timeout", "cancelled", "queued", "running"];
/** True when `value` is one of {@link taskExecutionResultStatusValues}. */
export declare function isTaskExecutionResultStatus(value: unknown): value is SchemaValues<(typeof taskExecutionResultStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["TaskExecutionResult"]>, "status">>;
/**
 * Every value of `TaskRunStatusV2Response.status`.
 *
 * Current task run status
 */
export declare const taskRunStatusV2ResponseStatusValues: readonly ["queued", "running", "success", "failure", "timeout", "cancelled"];
/** True when `value` is one of {@link taskRunStatusV2ResponseStatusValues}. */
export declare function isTaskRunStatusV2ResponseStatus(value: unknown): value is SchemaValues<(typeof taskRunStatusV2ResponseStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["TaskRunStatusV2Response"]>, "status">>;
/**
 * Every value of `TaskVersion.language`.
 *
 * Programming language for the task
 */
export declare const taskVersionLanguageValues: readonly ["typescript"];
/** True when `value` is one of {@link taskVersionLanguageValues}. */
export declare function isTaskVersionLanguage(value: unknown): value is SchemaValues<(typeof taskVersionLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["TaskVersion"]>, "language">>;
/**
 * Every value of `UsernamePasswordCredential.type`.
 *
 * Credential type
 */
export declare const usernamePasswordCredentialTypeValues: readonly ["username_password"];
/** True when `value` is one of {@link usernamePasswordCredentialTypeValues}. */
export declare function isUsernamePasswordCredentialType(value: unknown): value is SchemaValues<(typeof usernamePasswordCredentialTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["UsernamePasswordCredential"]>, "type">>;
export {};
