/**
 * Type-level tests of the generated Anchor types, checked by `tsc` in
 * `npm test` (each @ts-expect-error fails the build if the line compiles).
 */
import type { CreateTaskRequestBody, RunTaskV2RequestBody, SessionConfig, TaskExecutionStatus } from '../../generated/anchorbrowser/src/schema.js';

// A v2 run without input_params does not compile.
// @ts-expect-error input_params is required
export const missingInputParams: RunTaskV2RequestBody = { cleanup_sessions: false };

// cleanup_sessions is optional (it has a default).
export const withoutCleanup: RunTaskV2RequestBody = { input_params: { 'File Name': 'invoice.pdf' } };

// An unknown body field does not compile.
// @ts-expect-error unknown field
export const unknownField: CreateTaskRequestBody = { name: 'web-scraper', language: 'typescript', colour: 'red' };

// The country code "no" is a string literal, not a boolean.
export const norway: SessionConfig = { proxy: { active: true, type: 'anchor_proxy', country_code: 'no' } };

// @ts-expect-error not a proxy type
export const bogusType: SessionConfig = { proxy: { active: true, type: 'bogus' } };

export const status: TaskExecutionStatus = 'cancelled';
// @ts-expect-error not an execution status
export const badStatus: TaskExecutionStatus = 'queued';
