/**
 * Reads what the manifest lists for normalization, before any pass runs:
 * the sources and the overlays, each refused unless it is a regular file
 * inside the API folder (src/manifest.ts). This is the normalize stage's
 * only file I/O (test/architecture.test.ts holds it to that); the passes
 * get what is read here through their context.
 */
import { loadListedFile, type Manifest } from '../manifest.js';
import type { Input } from './pass.js';

export interface Inputs {
  sources: Input[];
  overlays: Input[];
}

export function readInputs(manifest: Manifest): Inputs {
  const read = (file: string): Input => ({ file, loaded: loadListedFile(manifest, file) });
  return { sources: manifest.sources.map(({ file }) => read(file)), overlays: manifest.overlays.map(read) };
}
