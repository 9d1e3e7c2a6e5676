/**
 * Reads what the manifest lists for normalization, before any pass runs:
 * the sources and the overlays, each refused unless it is a regular file
 * inside the API folder (src/manifest.ts), and the files a source's
 * `$ref`s name, bundled into it (src/ingest/bundle.ts: read only inside
 * the API folder). This is the normalize stage's only file I/O
 * (test/architecture.test.ts holds it to that); the passes get what is
 * read here through their context.
 */
import { bundleExternalRefs } from '../ingest/bundle.js';
import { readableRoots } from '../ingest/input-file.js';
import { displayPath, loadListedFile, readListedText, type Manifest } from '../manifest.js';
import type { Input, ReferenceText } from './pass.js';

export interface Inputs {
  sources: Input[];
  overlays: Input[];
  /** The reference pages, as text (a guide is not a spec: it is not parsed as one). */
  references: ReferenceText[];
}

export async function readInputs(manifest: Manifest): Promise<Inputs> {
  const read = (file: string): Input => ({ file, loaded: loadListedFile(manifest, file) });
  // References stay inside the API folder itself: the specs folder, which
  // the manifest may list shared files from, holds other APIs.
  const apiFolder = readableRoots([manifest.dir], displayPath);
  const sources: Input[] = [];
  for (const { file } of manifest.sources) {
    const { loaded } = read(file);
    sources.push({ file, loaded: await bundleExternalRefs(loaded, apiFolder, displayPath) });
  }
  const references = manifest.references.map(({ file }) => ({ file, text: readListedText(manifest, file) }));
  return { sources, overlays: manifest.overlays.map(read), references };
}
