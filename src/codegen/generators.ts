/**
 * The code generators, loaded with `require()`. Node 20's ESM loader, asked
 * to `import` a CommonJS module, first checks its syntax and lexes its whole
 * source for named exports: ~0.7 s per run on the two TypeScript compilers
 * these bring (9 MB each). openapi-typescript ships a CommonJS build too, so
 * through `require()` nothing is lexed. Types still come from `import type`.
 * (The package build loads its own compiler, in build-worker.mjs.)
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const tsMorph = require('ts-morph') as typeof import('ts-morph');
export const openapiTypescript = require('openapi-typescript') as typeof import('openapi-typescript');
/** openapi-typescript's own compiler (already loaded by it): its factory makes the nodes a `transform` returns. */
export const typescript = require('typescript') as typeof import('typescript');
