/**
 * The real-world corpus: every vendor document under ../shared/realworld/
 * and ../shared/upstream/, each made into an API folder with a minimal
 * manifest derived from the document's own `info`, `servers` (or Swagger's
 * `host`) and first security scheme. No per-spec code and no per-spec
 * manifest files: a new folder in ../shared is picked up as it is.
 *
 * A folder is one API per top-level spec file (influxdata has two); the
 * whole folder is copied beside it, so a multi-file document (lob) finds its
 * external `$ref`s. Used by test/corpus/ and by `npm run bench -- corpus`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// Not from ../helpers.js, which loads vitest: the benchmark reads this file too.
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
/** The corpus folders, each holding one folder per vendor. */
export const CORPUS_ROOTS = ['realworld', 'upstream'] as const;

const SPEC_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

export interface CorpusSpec {
  /** `realworld/box`, `realworld/influxdata/oss`: unique, stable, used as the test's name. */
  id: string;
  /** The API folder name under the temporary specs folder. */
  api: string;
  /** The vendor folder, copied whole. */
  folder: string;
  /** The root document, relative to `folder`. */
  file: string;
  /** Its size with the documents of the folder's subfolders (a multi-file document's): how long it takes, roughly. */
  bytes: number;
}

/** What is missing of the corpus here: each is a reported skip, never a silent pass. */
export interface CorpusListing {
  specs: CorpusSpec[];
  missing: string[];
}

export function listCorpus(shared = SHARED_DIR): CorpusListing {
  const specs: CorpusSpec[] = [];
  const missing: string[] = [];
  for (const root of CORPUS_ROOTS) {
    const rootDir = join(shared, root);
    if (!existsSync(rootDir)) {
      missing.push(`${root}/ (no ${rootDir})`);
      continue;
    }
    const folders = readdirSync(rootDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    if (folders.length === 0) missing.push(`${root}/ (no spec folder in ${rootDir})`);
    for (const listed of listedFolders(rootDir)) if (!folders.includes(listed)) missing.push(`${root}/${listed} (listed in its README.md, not in this copy)`);
    for (const name of folders) {
      const folder = join(rootDir, name);
      const files = readdirSync(folder).filter((file) => SPEC_EXTENSIONS.has(extname(file)) && statSync(join(folder, file)).isFile()).sort();
      if (files.length === 0) missing.push(`${root}/${name} (no .json/.yaml/.yml document)`);
      const referenced = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).reduce((sum, entry) => sum + documentBytes(join(folder, entry.name)), 0);
      for (const file of files) {
        const stem = file.slice(0, -extname(file).length);
        const several = files.length > 1;
        const bytes = statSync(join(folder, file)).size + referenced;
        specs.push({ id: several ? `${root}/${name}/${stem}` : `${root}/${name}`, api: apiName(several ? `${name}-${stem}` : name), folder, file, bytes });
      }
    }
  }
  return { specs, missing };
}

/** The bytes of every .json/.yaml/.yml file under `dir`. */
function documentBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SPEC_EXTENSIONS.has(extname(entry.name)))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/**
 * The vendor folders a corpus README's table lists (its first column names
 * each as `box/` or `anchorbrowser/openapi.yaml`): a copy of ../shared that
 * lacks one reports it skipped.
 */
function listedFolders(rootDir: string): string[] {
  const readme = join(rootDir, 'README.md');
  if (!existsSync(readme)) return [];
  const names = [...readFileSync(readme, 'utf8').matchAll(/^\| `([\w.-]+)\/(?:[\w.-]+\.(?:json|ya?ml))?` \|/gm)].map((match) => match[1]!);
  return [...new Set(names)];
}

/** A folder name the manifest and the package name accept: lower case, digits and dashes. */
function apiName(raw: string): string {
  return raw.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Writes `<specsDir>/<api>/`: the vendor folder's files and a minimal manifest. */
export function prepareApi(spec: CorpusSpec, specsDir: string): string {
  const dir = join(specsDir, spec.api);
  mkdirSync(dir, { recursive: true });
  cpSync(spec.folder, dir, { recursive: true });
  const document = parse(readFileSync(join(spec.folder, spec.file), 'utf8'), { maxAliasCount: 1000 }) as Record<string, unknown>;
  writeFileSync(join(dir, 'manifest.yaml'), minimalManifest(spec, document));
  return dir;
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});

/**
 * The title and the one source; credentials come from the document's own
 * security schemes, and the base URL from its servers, unless it has no
 * usable one (Supabase publishes no servers).
 */
export function minimalManifest(spec: CorpusSpec, document: Json): string {
  const title = typeof object(document.info).title === 'string' && String(object(document.info).title).trim() !== '' ? String(object(document.info).title) : spec.api;
  const url = documentBaseUrl(document);
  const manifest = { title, ...(url ? {} : { baseUrl: `https://${spec.api}.example.invalid` }), sources: [{ file: spec.file }] };
  return `# Made by test/corpus/corpus.ts from ${spec.id}'s own info; a placeholder baseUrl only where the document has no server.\n${JSON.stringify(manifest, null, 2)}\n`;
}

/** The document's first absolute server URL (Swagger 2.0: host and basePath), as the CLI would take it. */
function documentBaseUrl(document: Json): string | undefined {
  const servers = Array.isArray(document.servers) ? document.servers.map(object) : [];
  const absolute = servers.map((server) => server.url).find((url): url is string => typeof url === 'string' && /^https?:\/\/[^{}\s]+$/.test(url));
  if (absolute) return absolute;
  if (typeof document.host === 'string' && /^[\w.-]+(:\d+)?$/.test(document.host)) return `https://${document.host}`;
  return undefined;
}
