/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/index.ts, copied verbatim
 * Source sha256: a9e494f688b17ca98eca2f0380030334962ada058b10fcb343c80f7311747daa
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The runtime every generated client imports. It is written once here and
 * copied verbatim into each package's `src/runtime/` by `npm run generate`.
 */
export { authHeaders, readEnv, resolveApiKey, resolveBaseUrl } from './auth.js';
export { createApiClient, unwrap } from './client.js';
export { ApiError, ClientOptionsError, ConnectionError, TimeoutError } from './errors.js';
export { createResilientFetch } from './fetch.js';
export { IDEMPOTENT_METHODS } from './retry.js';
export { createWaiter } from './waiter.js';
