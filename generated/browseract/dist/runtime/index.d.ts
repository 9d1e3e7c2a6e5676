/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: 94447c7f5c1f0f63fc44f09f3f42e7b56c913032f0d307fdd54554ad78ad9ee6
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { basic, bearer, cookieKey, headerKey, queryKey, readEnv, resolveBaseUrl, resolveCredentials, senderOf, type AuthScheme, type CredentialDefinition, type Requirements, type Sender } from './auth.js';
export { createApiClient, toFormData, unwrap, type ApiDefinition, type ApiResult, type ClientOptions, type DataOf, type ExactInit, type ResultByStatus, type Route } from './client.js';
export { ApiError, AuthenticationError, BadRequestError, ClientOptionsError, ConflictError, ConnectionError, errorClassOf, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, TimeoutError, UnprocessableEntityError, type ErrorShape } from './errors.js';
export { createResilientFetch, PlainRequest, type FetchLike } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter, type WaitOptions } from './waiter.js';
export { paginate, type PaginateOptions, type Pages } from './paginate.js';
export { readEvents, readStreamed, type ServerSentEvent } from './events.js';
