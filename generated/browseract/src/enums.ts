/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: ee32208c775a57376731a0ca11cb294a89ec6d06cb66723f8e39f44c26965a1b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { components } from "./schema.js";

/** V, which must be values of the schema type T (a compile error names any other). */
type SchemaValues<V extends T, T> = V;

/**
 * Every value of `StepStatus`.
 *
 * Status of an individual step within a task.
 */
export const stepStatusValues = ["running", "succeed", "failed"] as const;

/** True when `value` is one of {@link stepStatusValues}. */
export function isStepStatus(value: unknown): value is SchemaValues<(typeof stepStatusValues)[number], components["schemas"]["StepStatus"]> {
    return (stepStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `TaskStatus`.
 *
 * Current task status.
 *
 * - `created`: Task is created but not yet running
 * - `running`: Task is currently executing
 * - `finished`: Task completed successfully
 * - `canceled`: Task was canceled (e.g., via Stop Task)
 * - `pausing`: Task is transitioning into paused state
 * - `paused`: Task is paused and can be resumed
 * - `failed`: Task ended with an error
 * - `unknown`: Unknown or unsupported status
 */
export const taskStatusValues = [
    "created", "running", "finished", "canceled", "pausing", "paused", "failed", "unknown",
] as const;

/** True when `value` is one of {@link taskStatusValues}. */
export function isTaskStatus(value: unknown): value is SchemaValues<(typeof taskStatusValues)[number], components["schemas"]["TaskStatus"]> {
    return (taskStatusValues as ReadonlyArray<unknown>).includes(value);
}
