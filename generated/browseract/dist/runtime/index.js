/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: 2e4b84059f7cee7e7402b32de1ec2fd5ece7b50b566d5fbd037e8d96b8977389
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { readEnv, resolveBaseUrl, resolveCredentials } from './auth.js';
export { createApiClient, unwrap } from './client.js';
export { ApiError, ClientOptionsError, ConnectionError, TimeoutError } from './errors.js';
export { createResilientFetch, PlainRequest } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter } from './waiter.js';
