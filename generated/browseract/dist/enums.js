/**
 * Every value of `StepStatus`.
 *
 * Status of an individual step within a task.
 */
export const stepStatusValues = ["running", "succeed", "failed"];
/** True when `value` is one of {@link stepStatusValues}. */
export function isStepStatus(value) {
    return stepStatusValues.includes(value);
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
];
/** True when `value` is one of {@link taskStatusValues}. */
export function isTaskStatus(value) {
    return taskStatusValues.includes(value);
}
