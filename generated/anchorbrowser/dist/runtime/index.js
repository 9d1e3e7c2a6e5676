/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: ba138eacb4f92e1d380212263715ad48473d85da4fc7983ec4d52bca2cf0d80b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { basic, bearer, cookieKey, headerKey, queryKey, readEnv, resolveBaseUrl, resolveCredentials, senderOf } from './auth.js';
export { createApiClient, unwrap } from './client.js';
export { ApiError, ClientOptionsError, ConnectionError, TimeoutError } from './errors.js';
export { createResilientFetch, PlainRequest } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter } from './waiter.js';
