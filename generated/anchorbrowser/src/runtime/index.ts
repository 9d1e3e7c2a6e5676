/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: 2cd4981fc5295c6d26c76aed6425e2676b7bcaf213fbad00c883958c96a7a876
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { basic, bearer, cookieKey, headerKey, queryKey, readEnv, resolveBaseUrl, resolveCredentials, senderOf, type AuthScheme, type CredentialDefinition, type Requirements, type Sender } from './auth.js';
export { createApiClient, unwrap, type ApiDefinition, type ApiResult, type ClientOptions, type DataOf, type ExactInit, type ReadsBodyAs } from './client.js';
export { ApiError, AuthenticationError, BadRequestError, ClientOptionsError, ConflictError, ConnectionError, errorClassOf, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, TimeoutError, UnprocessableEntityError, type ErrorShape } from './errors.js';
export { createResilientFetch, PlainRequest, type FetchLike } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter, type WaitOptions } from './waiter.js';
