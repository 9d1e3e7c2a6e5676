/**
 * A bug of the toolchain met while generating one API: whatever threw (a
 * codegen pass, openapi-typescript, the package build), the CLI prints one
 * line naming the step, the API's raw source file and, where the failure
 * can be traced to one, the JSON pointer of the operation or schema behind
 * it (`--debug` adds the stack). Never a temporary file.
 */
import { printable } from './errors.js';
import { toPointer } from './openapi/pointer.js';
import type { ApiModel } from './model/types.js';

export class StepFailure extends Error {
  override readonly name = 'StepFailure';
  constructor(
    readonly step: string,
    /** The raw source (or the manifest) as the user names it, e.g. `specs/box/openapi.json`. */
    readonly file: string,
    readonly pointer: string | undefined,
    readonly reason: string,
    override readonly cause: unknown,
  ) {
    super(printable(`${file}${pointer === undefined ? '' : `:#${pointer}`}: ${step} failed: ${reason}`));
  }
}

/**
 * The pointer behind a failure: one the error carries (`pointer`, set by the
 * package build from the failing line), else an `operations["…"]` or
 * `components["schemas"]["…"]` the message names, looked up in the model.
 */
export function pointerOf(error: unknown, model: ApiModel | undefined): string | undefined {
  const carried = (error as { pointer?: unknown } | undefined)?.pointer;
  if (typeof carried === 'string') return carried;
  const message = error instanceof Error ? error.message : String(error);
  const operation = /operations\["((?:[^"\\]|\\.)*)"\]/.exec(message);
  if (operation && model) {
    const id = JSON.parse(`"${operation[1]}"`) as string;
    const found = model.operations.find((candidate) => candidate.id === id);
    if (found) return found.pointer;
  }
  const component = /components\["(\w+)"\]\["((?:[^"\\]|\\.)*)"\]/.exec(message);
  if (component) return toPointer(['components', component[1]!, JSON.parse(`"${component[2]}"`) as string]);
  return undefined;
}

/** File-system errors (full disk, read-only folder) are reported as such, with their paths; spec errors name their own place. */
export function isOwnBug(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  if (error.name === 'SpecError' || error.name === 'BreakingChangesError' || error.name === 'StepFailure') return false;
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  return !(typeof code === 'string' && (syscall !== undefined || path !== undefined));
}
