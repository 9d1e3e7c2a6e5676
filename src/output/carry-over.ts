/**
 * With `--api`, the other APIs' output is carried into the new output
 * folder unchanged. Only folders and regular files are copied: generated
 * output holds nothing else, and a FIFO, device, socket or symlink put there
 * is refused (one line naming it) rather than read, followed or copied.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError } from '../errors.js';
import { fileType } from '../ingest/input-file.js';

export function carryOver(from: string, to: string, show: (path: string) => string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      carryOver(source, target, show);
    } else if (entry.isFile()) {
      copyFileSync(source, target);
    } else {
      throw new SpecError(show(source), {}, `cannot carry the output over: it is ${fileType(entry)}, where generated output holds only files and folders`);
    }
  }
}
