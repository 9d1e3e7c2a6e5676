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
export { basic, bearer, cookieKey, headerKey, queryKey, readEnv, resolveBaseUrl, resolveCredentials, senderOf } from './auth.js';
export { createApiClient, unwrap } from './client.js';
export { ApiError, AuthenticationError, BadRequestError, ClientOptionsError, ConflictError, ConnectionError, errorClassOf, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, TimeoutError, UnprocessableEntityError } from './errors.js';
export { createResilientFetch, PlainRequest } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter } from './waiter.js';
export { paginate } from './paginate.js';
export { readEvents, readStreamed } from './events.js';
