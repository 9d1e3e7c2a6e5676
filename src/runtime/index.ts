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
