/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: 978406c6bac9dc956d093c2ec686590a13d75887164232a9fde9d50c2199b5c6
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { basic, bearer, cookieKey, headerKey, queryKey, readEnv, resolveBaseUrl, resolveCredentials, senderOf, type AuthScheme, type CredentialDefinition, type Requirements, type Sender } from './auth.js';
export { createApiClient, unwrap, type ApiDefinition, type ApiResult, type ClientOptions, type DataOf, type ExactInit, type ResultByStatus } from './client.js';
export { ApiError, AuthenticationError, BadRequestError, ClientOptionsError, ConflictError, ConnectionError, errorClassOf, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, TimeoutError, UnprocessableEntityError, type ErrorShape } from './errors.js';
export { createResilientFetch, PlainRequest, type FetchLike } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter, type WaitOptions } from './waiter.js';
export { paginate, type PaginateOptions, type Pages } from './paginate.js';
export { readEvents, readStreamed, type ServerSentEvent } from './events.js';
