/** A manifest field the normalized document contradicts: one error naming the manifest line. */
import { SpecError } from '../errors.js';
import type { Manifest } from '../manifest.js';

export type Fail = (pointer: string, reason: string) => never;

export function failAt(manifest: Manifest): Fail {
  return (pointer, reason) => {
    throw new SpecError(manifest.file, manifest.locate(pointer), reason);
  };
}
