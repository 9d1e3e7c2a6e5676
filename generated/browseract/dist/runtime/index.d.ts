/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: 0e03831c779b524a22ec72518b22666d635afc00c863d4f57ed8e2d14cb7eb86
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { authHeaders, readEnv, resolveApiKey, resolveBaseUrl, type AuthScheme } from './auth.js';
export { createApiClient, unwrap, type ApiDefinition, type ApiResult, type ClientOptions, type DataOf } from './client.js';
export { ApiError, ClientOptionsError, ConnectionError, TimeoutError, type ErrorShape } from './errors.js';
export { createResilientFetch, PlainRequest, type FetchLike } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter, type WaitOptions } from './waiter.js';
