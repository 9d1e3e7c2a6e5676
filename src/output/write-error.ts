/**
 * A file-system failure while writing the output (a read-only folder, a full
 * disk, a quota) as the one-line error every other failure is: it names the
 * output path it concerns and what the error number means. Output is built
 * in temporary folders whose names mean nothing to the reader, so their
 * paths are shown as the output path they stand for.
 */
import { SpecError } from '../errors.js';
import { errnoMeaning, isInside } from '../ingest/input-file.js';
import { relative, join } from 'node:path';

export interface StandIn {
  /** A temporary folder (or a prefix of its name) … */
  temp: string;
  /** … and the output folder it becomes. */
  shownAs: string;
  /** Said after the path, e.g. where the temporary copy is. */
  note?: string;
}

/** The SpecError for an fs error (one with an errno code), or undefined for anything else. */
export function outputWriteError(error: unknown, standIns: StandIn[], show: (path: string) => string): SpecError | undefined {
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return undefined;
  let where = path === undefined ? undefined : show(path);
  let note: string | undefined;
  for (const standIn of standIns) {
    if (path === undefined || !(isInside(path, standIn.temp) || path.startsWith(standIn.temp))) continue;
    const inside = isInside(path, standIn.temp) ? relative(standIn.temp, path) : '';
    where = show(inside ? join(standIn.shownAs, inside) : standIn.shownAs);
    note = standIn.note;
    break;
  }
  const action = syscall ? `cannot write the output (${syscall}${note ? `, ${note}` : ''})` : 'cannot write the output';
  return new SpecError(where ?? show(standIns[0]?.shownAs ?? '.'), {}, `${action}: ${errnoMeaning(error)}`);
}
