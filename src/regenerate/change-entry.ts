/**
 * One entry of the change report, the one model the terminal summary,
 * CHANGELOG.md and `--json` are all written from: what changed (an
 * operation, a component type, a security scheme), what happened to it, its
 * kind (breaking / additive / documentation) and why, and, for a type, the
 * operations using it. `changeLine` is its one line of text, the same in
 * every output.
 */
import type { OperationRef } from './change-place.js';

/**
 * - breaking: code written against the previous client no longer compiles, or calls that worked fail;
 * - additive: something new, existing code unaffected;
 * - documentation: text only (descriptions, summaries, examples), the client's types are the same.
 */
export type ChangeKind = 'breaking' | 'additive' | 'documentation';

export const CHANGE_KINDS: readonly ChangeKind[] = ['breaking', 'additive', 'documentation'];

export type Subject =
  | ({ type: 'operation' } & OperationRef)
  | { type: 'schema'; name: string }
  | { type: 'securityScheme'; name: string }
  | { type: 'document' };

/** An operation a changed type is used by, and the part of it (`request body`, `response 200`). */
export interface Use extends OperationRef {
  part: string;
}

export interface Change {
  kind: ChangeKind;
  subject: Subject;
  /** What happened, naming the subject: "property `note` removed from `Task`". */
  what: string;
  /** Why it is of its kind, for a caller: "code reading `note` no longer compiles". */
  why: string;
  /** For a type: the operations it was seen through, in document order of the diff, each once. */
  usedBy: Use[];
  /** JSON pointer of the change: in the component for a type, else in the operation or the document. */
  pointer: string;
}

/** A type used by more operations than this is listed with a count of the others. */
const USES_SHOWN = 3;

/** `createTask (POST /tasks)`, or `POST /tasks` for an operation without an operationId. */
export function operationName(operation: OperationRef): string {
  const name = operation.clientMethod ?? operation.operationId;
  return name === undefined ? `${operation.method} ${operation.path}` : `${name} (${operation.method} ${operation.path})`;
}

/** The entry's one line: `breaking: property \`note\` removed from \`Task\` — code reading it no longer compiles; used by getTask (GET /tasks/{taskId}) response 200`. */
export function changeLine(change: Change): string {
  const shown = change.usedBy.slice(0, USES_SHOWN).map((use) => `${operationName(use)} ${use.part}`);
  const more = change.usedBy.length > USES_SHOWN ? ` and ${change.usedBy.length - USES_SHOWN} more` : '';
  const uses = shown.length > 0 ? `; used by ${shown.join(', ')}${more}` : '';
  return `${change.kind}: ${change.what} — ${change.why}${uses}`;
}

/** Entries in report order: breaking first, then additive, then documentation; within a kind by pointer, then text. */
export function compareChanges(a: Change, b: Change): number {
  return CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) || a.pointer.localeCompare(b.pointer) || a.what.localeCompare(b.what);
}
