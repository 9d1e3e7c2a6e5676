import { createHash } from 'node:crypto';

/** Hex sha256 of a text: how generated files and changelog entries name a document. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
