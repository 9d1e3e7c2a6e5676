/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: ee75908105cc11510751aeb37f110a730b383ae2aefe31f4591d4ed1638df4fe
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { basic, bearer, cookieKey, headerKey, queryKey, readEnv, resolveBaseUrl, resolveCredentials, senderOf, type AuthScheme, type CredentialDefinition, type Requirements, type Sender } from './auth.js';
export { createApiClient, unwrap, type ApiDefinition, type ApiResult, type ClientOptions, type DataOf, type ExactInit, type ReadsBodyAs } from './client.js';
export { ApiError, ClientOptionsError, ConnectionError, TimeoutError, type ErrorShape } from './errors.js';
export { createResilientFetch, PlainRequest, type FetchLike } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter, type WaitOptions } from './waiter.js';
