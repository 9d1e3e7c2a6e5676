/**
 * One manifest per API (`specs/<api>/manifest.yaml`) says everything the
 * toolchain needs about it, so adding an API means adding a folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { printable, SpecError, type SourceLocation } from './errors.js';
import { FileRefused, readableRoots, resolveListedFile, type ReadableRoots } from './ingest/input-file.js';
import { loadSource, loadText, type SourceDocument } from './ingest/source.js';
import { isObject, type JsonObject } from './openapi/types.js';
import { parse as semverParse } from 'semver';
import { pascalCase } from './openapi/names.js';
import { toPointer } from './openapi/pointer.js';
import { compilePattern } from './safe-regex.js';

export const MANIFEST_FILE = 'manifest.yaml';

export interface SecuritySchemeSpec {
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect';
  in?: 'header' | 'query' | 'cookie';
  name?: string;
  scheme?: string;
  description?: string;
  flows?: JsonObject;
  openIdConnectUrl?: string;
}

/** What the manifest says about one security scheme; every field but the name is optional. */
export interface ManifestScheme {
  /** The scheme's name under `components.securitySchemes`. */
  name: string;
  /** Where the scheme is written in the manifest (`/auth` or `/auth/schemes/<name>`), for errors. */
  pointer: string;
  /** Its definition, for a document that names the scheme without defining it (or to check it against the published one). */
  securityScheme?: SecuritySchemeSpec;
  /** The client option carrying the credential (a basic scheme's are `<option>Username`/`<option>Password`). Default: derived from the scheme (src/model/auth.ts). */
  option?: string;
  /** Where clients read the credential (a basic scheme's username). Default `<API>_<SCHEME>`. */
  envVar?: string;
  /** A basic scheme's password variable. Default `<API>_<SCHEME>_PASSWORD`. */
  passwordEnvVar?: string;
}

/**
 * The manifest's `auth`, optional: without it the document's own schemes
 * and requirements are used. The single-scheme shape
 * `{schemeName, envVar, securityScheme}` reads as one scheme whose option
 * is `apiKey` and which is the document's requirement.
 */
export interface ManifestAuth {
  schemes: ManifestScheme[];
  /** A document-level requirement that replaces the sources' own; undefined keeps theirs. */
  security?: Array<Record<string, string[]>>;
}

export interface ManifestFile {
  /** Path relative to the API folder, e.g. `raw/v1-create-task.md`. */
  file: string;
  /** File name of the upstream copy in `shared/seeds/`, when it has one. */
  seed?: string;
  /** Where the page was published. */
  url?: string;
  /** The file's upstream copy in `shared/upstream/` (e.g. `browseract/openapi.json`), when it is a vendor's complete document. */
  upstream?: string;
  /**
   * This source wins where another describes the same operation or
   * component (at most one source of an API): the vendor's complete
   * document over its pages. Each disagreement is reported as drift.
   */
  wins?: boolean;
}

export interface TagRule {
  name: string;
  description?: string;
  /** Operations without a tag whose path matches get this tag. */
  pathPattern?: string;
}

/** A waiter method of the generated client (see `src/runtime/waiter.ts`). */
export interface WaiterSpec {
  description?: string;
  operationId: string;
  idParameter: string;
  query: Record<string, string | number | boolean>;
  filters: string[];
  items: string;
  status: string;
  terminal: string[];
}

/** JSON pointers into one error body shape. */
export interface ErrorShapeSpec {
  code?: string;
  message?: string;
  traceId?: string;
}

/** How the generated client package is named and behaves. Every field has a default. */
export interface ClientSpec {
  /** `createXClient`, `XClient`: default the title without " API", in PascalCase. */
  name: string;
  /** npm package name: default `@openapi-clients/<folder>`. */
  package: string;
  version: string;
  /** Default: the key variable with `_API_KEY` replaced by `_BASE_URL`. */
  baseUrlEnvVar: string;
  /**
   * Where code, message and trace id sit in the API's error bodies, as
   * `client.errors` gives them: one shape, or a list (`listed`) the clients
   * try in order. Absent: derived from the documented error responses
   * (src/model/error-shape.ts).
   */
  errorShapes?: { listed: boolean; shapes: ErrorShapeSpec[] };
  /** The first of `errorShapes`, or `{}`: for readers that know one shape only. */
  errors: ErrorShapeSpec;
  waiters: Record<string, WaiterSpec>;
  /**
   * How list operations page, by method name, where the shape found in the
   * document (src/model/pagination.ts) is wrong or missing: `false` says the
   * operation is not paged. Absent: as found.
   */
  pagination: Record<string, PaginationSpec | false>;
}

/** A list operation paged by page number: the page parameter and JSON pointers into the success body. */
export interface PageNumberSpec {
  style: 'page';
  page: string;
  /** Whether the page number is sent as a number; default: as the parameter's schema types it. */
  numeric?: boolean;
  limit?: string;
  items: string;
  totalPages?: string;
  hasNext?: string;
  total?: string;
}

/** A list operation paged by cursor: the cursor parameter and where the body says the next page starts. */
export interface CursorSpec {
  style: 'cursor';
  cursor: string;
  items: string;
  next?: string;
  nextUrl?: string;
  /** A pointer into the last item (`/id`). */
  lastItem?: string;
  hasMore?: string;
}

export type PaginationSpec = PageNumberSpec | CursorSpec;

export interface Manifest {
  /** Folder name; also the package and output folder name. */
  name: string;
  /** Absolute path of the API folder. */
  dir: string;
  /** Manifest path relative to the working directory, for errors. */
  file: string;
  title: string;
  /** The clients' default server. Default: the document's first absolute http(s) server (required when it has none). */
  baseUrl?: string;
  auth: ManifestAuth;
  sources: ManifestFile[];
  references: ManifestFile[];
  overlays: string[];
  tags: TagRule[];
  renames: Record<string, string>;
  /** Redocly rule severities that differ for this API (a vendor's quirk accepted on purpose). */
  lint: Record<string, 'off' | 'warn' | 'error'>;
  /**
   * Warning kinds (`oneof-may-overlap`, `lint:tag-description`, …) the
   * maintainer has read and accepts: still in the report, counted in the
   * summary, not repeated on every run. A rule set to `warn` under `lint` is
   * accepted too.
   */
  acceptedWarnings: string[];
  /**
   * Published path keys whose operation may be merged into a different
   * operation on the same route (src/normalize/repair/path-keys.ts).
   */
  pathKeys?: Record<string, 'merge'>;
  /**
   * Method names chosen by hand: `"<METHOD> <path>"` or a published
   * operationId → the operationId to use (src/normalize/repair/operation-ids.ts).
   */
  operationNames?: Record<string, string>;
  client: ClientSpec;
  /**
   * Where a field (a JSON pointer into the manifest) is written, from the
   * manifest's one parse: later checks against the normalized document
   * (a waiter's operation, an error field) name the manifest line too.
   */
  locate(pointer: string): SourceLocation;
}

/** Every API folder (one with a manifest) under `specsDir`, sorted by name. */
export function discoverManifests(specsDir: string): Manifest[] {
  if (!existsSync(specsDir)) throw new SpecError(specsDir, {}, 'specs folder does not exist');
  const names = readdirSync(specsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specsDir, entry.name, MANIFEST_FILE)))
    .map((entry) => entry.name)
    .sort();
  const manifests = names.map((name) => loadManifest(join(specsDir, name)));
  const seen = new Map<string, Manifest>();
  for (const manifest of manifests) {
    const other = seen.get(manifest.title);
    if (other) {
      throw new SpecError(manifest.file, manifest.locate('/title'), `two APIs have the title "${manifest.title}" (also ${other.file})`);
    }
    seen.set(manifest.title, manifest);
  }
  return manifests;
}

/**
 * The manifests `--api` names (in name order, as discovered), or all of them:
 * one rule and one message for every command that takes `--api`.
 */
export function selectManifests(manifests: Manifest[], names: readonly string[] | undefined, specsDir: string): Manifest[] {
  if (!names?.length) return manifests;
  const known = manifests.map((manifest) => manifest.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new SpecError(displayPath(specsDir), {}, `no API named ${unknown.map((name) => JSON.stringify(name)).join(', ')}: expected one of ${known.join(', ') || '(none: no folder holds a manifest)'}`);
  return manifests.filter((manifest) => names.includes(manifest.name));
}

export function loadManifest(dir: string): Manifest {
  const file = displayPath(join(dir, MANIFEST_FILE));
  const source = loadSource(file, readableFolders(dir));
  const value = source.value;
  const fail = (pointer: string, reason: string): never => {
    throw new SpecError(file, source.locate(pointer), reason);
  };
  const name = dir.split(/[\\/]/).filter(Boolean).pop()!;
  if (!/^[a-z][a-z0-9-]*$/.test(name)) fail('', `API folder name "${name}" must be lowercase letters, digits and dashes (it names the package)`);
  const title = requireString(value, 'title', fail);
  if (!isOneLine(title)) fail('/title', 'expected the title on one line, without control characters');
  const baseUrl = value.baseUrl === undefined ? undefined : requireString(value, 'baseUrl', fail);
  const baseUrlProblem = baseUrl === undefined ? undefined : checkBaseUrl(baseUrl);
  if (baseUrlProblem) fail('/baseUrl', `baseUrl ${JSON.stringify(baseUrl)} ${baseUrlProblem}`);
  const auth = value.auth === undefined ? { schemes: [] } : readAuth(value.auth, fail);
  const sources = readFileList(value.sources, '/sources', dir, fail);
  if (sources.length === 0) fail('/sources', 'expected at least one source');
  const references = value.references === undefined ? [] : readFileList(value.references, '/references', dir, fail, 'reference');
  const overlays = value.overlays === undefined ? [] : readStringList(value.overlays, '/overlays', fail);
  overlays.forEach((overlay, index) => {
    checkListedFile(dir, overlay, 'overlay', (reason) => fail(`/overlays/${index}`, reason));
  });
  const tags = value.tags === undefined ? [] : readTags(value.tags, fail);
  const renames = value.renames === undefined ? {} : readRenames(value.renames, fail);
  // The single-scheme shape's key variable names the base URL's (`X_API_KEY` → `X_BASE_URL`), as it always did.
  const keyVariable = isObject(value.auth) && value.auth.schemeName !== undefined ? auth.schemes[0]!.envVar! : `${envVarWord(name)}_API_KEY`;
  const client = readClient(value.client ?? {}, { name, title, envVar: keyVariable }, fail);
  const lint = value.lint === undefined ? {} : readLint(value.lint, fail);
  const pathKeys = value.pathKeys === undefined ? {} : readPathKeys(value.pathKeys, fail);
  const operationNames = value.operationNames === undefined ? {} : readOperationNames(value.operationNames, fail);
  const acceptedWarnings = value.acceptedWarnings === undefined ? [] : readWarningKinds(value.acceptedWarnings, fail);
  return { name, dir, file, title, ...(baseUrl === undefined ? {} : { baseUrl }), auth, sources, references, overlays, tags, renames, lint, acceptedWarnings, pathKeys, operationNames, client, locate: source.locate };
}

type Fail = (pointer: string, reason: string) => never;

function requireString(value: JsonObject, key: string, fail: Fail, prefix = ''): string {
  const field = value[key];
  if (typeof field !== 'string' || field.trim() === '') fail(`${prefix}/${key}`, `missing manifest field "${key}": expected a string`);
  return field as string;
}

function readAuth(auth: unknown, fail: Fail): ManifestAuth {
  if (!isObject(auth)) return fail('/auth', 'expected {schemes, security?} or {schemeName, securityScheme, envVar}');
  if (auth.schemeName !== undefined) return readSingleScheme(auth, fail);
  for (const key of Object.keys(auth)) if (key !== 'schemes' && key !== 'security') fail(`/auth/${key}`, `unknown field "${key}": expected schemes or security`);
  const schemes = auth.schemes ?? {};
  if (!isObject(schemes)) return fail('/auth/schemes', 'expected a map of security scheme name to {securityScheme?, option?, envVar?, passwordEnvVar?}');
  const read = Object.entries(schemes).map(([name, entry]) => readScheme(name, entry, toPointer(['auth', 'schemes', name]), fail));
  const options = new Map<string, string>();
  for (const scheme of read) {
    if (scheme.option === undefined) continue;
    const other = options.get(scheme.option);
    if (other !== undefined) fail(toPointer(['auth', 'schemes', scheme.name, 'option']), `option "${scheme.option}" is also the option of scheme "${other}"`);
    options.set(scheme.option, scheme.name);
  }
  return { schemes: read, ...(auth.security === undefined ? {} : { security: readRequirements(auth.security, fail) }) };
}

/** The shape every manifest had before `schemes`: one scheme, sent as `apiKey`, and the document's requirement. */
function readSingleScheme(auth: JsonObject, fail: Fail): ManifestAuth {
  const schemeName = requireString(auth, 'schemeName', fail, '/auth');
  if (!COMPONENT_NAME.test(schemeName)) fail('/auth/schemeName', `expected a component name (letters, digits, ".", "_", "-"), got ${JSON.stringify(schemeName)}`);
  const envVar = requireString(auth, 'envVar', fail, '/auth');
  if (!ENV_VAR.test(envVar)) fail('/auth/envVar', `expected an environment variable name such as "EXAMPLE_API_KEY", got ${JSON.stringify(envVar)}`);
  const securityScheme = readSecurityScheme(auth.securityScheme, '/auth/securityScheme', fail);
  if (securityScheme.type === 'http' && securityScheme.scheme?.toLowerCase() === 'basic') fail('/auth/securityScheme/scheme', 'basic auth needs a username and a password: declare it under auth.schemes');
  return { schemes: [{ name: schemeName, pointer: '/auth', securityScheme, option: 'apiKey', envVar }], security: [{ [schemeName]: [] }] };
}

function readScheme(name: string, entry: unknown, at: string, fail: Fail): ManifestScheme {
  if (!COMPONENT_NAME.test(name)) fail(at, `expected a component name (letters, digits, ".", "_", "-"), got ${JSON.stringify(name)}`);
  if (!isObject(entry)) return fail(at, 'expected {securityScheme?, option?, envVar?, passwordEnvVar?}');
  for (const key of Object.keys(entry)) {
    if (!['securityScheme', 'option', 'envVar', 'passwordEnvVar'].includes(key)) fail(`${at}/${key}`, `unknown field "${key}": expected securityScheme, option, envVar or passwordEnvVar`);
  }
  const optional = (key: string, pattern: RegExp, expected: string): string | undefined => {
    const field = entry[key];
    if (field === undefined) return undefined;
    if (typeof field !== 'string' || !pattern.test(field)) return fail(`${at}/${key}`, `expected ${expected}, got ${JSON.stringify(field)}`);
    return field;
  };
  const option = optional('option', OPTION_NAME, 'a camelCase option name such as "accessToken"');
  if (option !== undefined && RESERVED_OPTIONS.has(option)) fail(`${at}/option`, `"${option}" is one of the client's own options`);
  const envVar = optional('envVar', ENV_VAR, 'an environment variable name such as "EXAMPLE_TOKEN"');
  const passwordEnvVar = optional('passwordEnvVar', ENV_VAR, 'an environment variable name such as "EXAMPLE_PASSWORD"');
  return {
    name,
    pointer: at,
    ...(entry.securityScheme === undefined ? {} : { securityScheme: readSecurityScheme(entry.securityScheme, `${at}/securityScheme`, fail) }),
    ...(option === undefined ? {} : { option }),
    ...(envVar === undefined ? {} : { envVar }),
    ...(passwordEnvVar === undefined ? {} : { passwordEnvVar }),
  };
}

/** A Security Scheme Object of a kind the clients can send (mutualTLS is not one: it is a TLS setting, not a credential). */
function readSecurityScheme(scheme: unknown, at: string, fail: Fail): SecuritySchemeSpec {
  if (!isObject(scheme)) return fail(at, 'expected an OpenAPI Security Scheme Object');
  if (scheme.type === 'apiKey') {
    if (!['header', 'query', 'cookie'].includes(String(scheme.in))) fail(`${at}/in`, 'apiKey auth needs `in: header | query | cookie`');
    const name = requireString(scheme, 'name', fail, at);
    if (!HEADER_NAME.test(name)) fail(`${at}/name`, `expected an HTTP header name (RFC 9110 token characters), got ${JSON.stringify(name)}`);
  } else if (scheme.type === 'http') {
    if (!['bearer', 'basic'].includes(String(scheme.scheme).toLowerCase())) fail(`${at}/scheme`, 'http auth needs `scheme: bearer | basic`');
  } else if (scheme.type === 'oauth2') {
    if (!isObject(scheme.flows)) fail(`${at}/flows`, 'oauth2 auth needs `flows` (an OAuth Flows Object)');
  } else if (scheme.type === 'openIdConnect') {
    requireString(scheme, 'openIdConnectUrl', fail, at);
  } else {
    fail(`${at}/type`, `unknown auth kind "${String(scheme.type)}": expected apiKey, http, oauth2 or openIdConnect`);
  }
  return scheme as unknown as SecuritySchemeSpec;
}

/** A list of Security Requirement Objects: scheme names to scope lists. */
function readRequirements(security: unknown, fail: Fail): Array<Record<string, string[]>> {
  const valid = Array.isArray(security) && security.every((requirement) => isObject(requirement) && Object.values(requirement).every((scopes) => Array.isArray(scopes) && scopes.every((scope) => typeof scope === 'string')));
  if (!valid) return fail('/auth/security', 'expected a list of security requirements such as [{bearer: []}]');
  return security as Array<Record<string, string[]>>;
}

function readFileList(list: unknown, pointer: string, dir: string, fail: Fail, kind = 'source'): ManifestFile[] {
  if (!Array.isArray(list)) return fail(pointer, 'expected a list of {file, seed?, url?, upstream?, wins?}');
  return list.map((entry, index) => {
    const item: JsonObject = typeof entry === 'string' ? { file: entry } : isObject(entry) ? entry : {};
    const file = requireString(item, 'file', fail, `${pointer}/${index}`);
    checkListedFile(dir, file, kind, (reason) => fail(`${pointer}/${index}/file`, reason));
    if (item.wins !== undefined && (typeof item.wins !== 'boolean' || kind !== 'source')) fail(`${pointer}/${index}/wins`, kind === 'source' ? 'expected true or false' : 'only a source can win over others');
    if (item.wins === true && list.slice(0, index).some((other) => isObject(other) && other.wins === true)) fail(`${pointer}/${index}/wins`, 'another source already wins: at most one source of an API wins over the others');
    return {
      file,
      ...(typeof item.seed === 'string' ? { seed: item.seed } : {}),
      ...(typeof item.url === 'string' ? { url: item.url } : {}),
      ...(typeof item.upstream === 'string' ? { upstream: item.upstream } : {}),
      ...(item.wins === true ? { wins: true } : {}),
    };
  });
}

function readStringList(list: unknown, pointer: string, fail: Fail, what = 'file names'): string[] {
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return fail(pointer, `expected a list of ${what}`);
  return list as string[];
}

function readTags(list: unknown, fail: Fail): TagRule[] {
  if (!Array.isArray(list)) return fail('/tags', 'expected a list of {name, description?, pathPattern?}');
  return list.map((entry, index) => {
    if (!isObject(entry)) return fail(`/tags/${index}`, 'expected {name, description?, pathPattern?}');
    const name = requireString(entry, 'name', fail, `/tags/${index}`);
    if (entry.pathPattern !== undefined) {
      // Matched on the linear-time engine (src/safe-regex.ts): a pattern like (a+)+$ cannot hang a run.
      const compiled = typeof entry.pathPattern === 'string' ? compilePattern(entry.pathPattern) : undefined;
      if (compiled?.kind !== 'linear') {
        const why = compiled ? `: ${compiled.reason}` : ': expected a string';
        fail(`/tags/${index}/pathPattern`, `invalid regular expression ${JSON.stringify(entry.pathPattern)}${why}`);
      }
    }
    return {
      name,
      ...(typeof entry.description === 'string' ? { description: entry.description } : {}),
      ...(typeof entry.pathPattern === 'string' ? { pathPattern: entry.pathPattern } : {}),
    };
  });
}

function readRenames(renames: unknown, fail: Fail): Record<string, string> {
  if (!isObject(renames)) return fail('/renames', 'expected a map of "<source file>#<component pointer>" to a new name');
  for (const [key, name] of Object.entries(renames)) {
    if (typeof name !== 'string' || !COMPONENT_NAME.test(name)) fail(toPointer(['renames', key]), `expected a component name (letters, digits, ".", "_", "-"), got ${JSON.stringify(name)}`);
  }
  return renames as Record<string, string>;
}

function readLint(lint: unknown, fail: Fail): Manifest['lint'] {
  if (!isObject(lint)) return fail('/lint', 'expected a map of Redocly rule name to off, warn or error');
  for (const [rule, severity] of Object.entries(lint)) {
    if (!['off', 'warn', 'error'].includes(String(severity))) fail(`/lint/${rule}`, `expected off, warn or error, got ${JSON.stringify(severity)}`);
  }
  return lint as Manifest['lint'];
}

/** A warning kind as reports print it: `oneof-may-overlap`, `lint:no-ambiguous-paths`. */
const WARNING_KIND = /^(lint:)?[a-z][a-z0-9-]*$/;

function readWarningKinds(kinds: unknown, fail: Fail): string[] {
  const list = readStringList(kinds, '/acceptedWarnings', fail, 'warning kinds');
  list.forEach((kind, index) => {
    if (!WARNING_KIND.test(kind)) fail(`/acceptedWarnings/${index}`, `expected a warning kind as the report prints it (like oneof-may-overlap or lint:tag-description), got ${JSON.stringify(kind)}`);
  });
  return list;
}

/** Whether the manifest accepts warnings of this kind (listed, or a lint rule it sets to warn). */
export function acceptsWarning(manifest: Pick<Manifest, 'acceptedWarnings' | 'lint'>, kind: string): boolean {
  return manifest.acceptedWarnings.includes(kind) || (kind.startsWith('lint:') && manifest.lint[kind.slice('lint:'.length)] === 'warn');
}

function readPathKeys(pathKeys: unknown, fail: Fail): Record<string, 'merge'> {
  if (!isObject(pathKeys)) return fail('/pathKeys', 'expected a map of published path key to merge');
  for (const [key, decision] of Object.entries(pathKeys)) {
    const pointer = toPointer(['pathKeys', key]);
    if (!key.startsWith('/')) fail(pointer, `expected a path key starting with "/", got ${JSON.stringify(key)}`);
    if (decision !== 'merge') fail(pointer, `expected merge, got ${JSON.stringify(decision)}`);
  }
  return pathKeys as Record<string, 'merge'>;
}

/** The longest name `operationNames` may give (derived names stay under 48 characters). */
const MAX_OPERATION_NAME = 64;

function readOperationNames(names: unknown, fail: Fail): Record<string, string> {
  if (!isObject(names)) return fail('/operationNames', 'expected a map of "<METHOD> <path>" or an operationId to a method name');
  const keyOf = new Map<string, string>();
  for (const [key, name] of Object.entries(names)) {
    const pointer = toPointer(['operationNames', key]);
    const route = /^([A-Za-z]+) (.*)$/.exec(key);
    if (route && (!HTTP_METHODS.includes(route[1]!) || !route[2]!.startsWith('/'))) fail(pointer, `expected "<METHOD> <path>" with an upper-case HTTP method and a path starting with "/", got ${JSON.stringify(key)}`);
    if (typeof name !== 'string' || !METHOD_NAME.test(name) || name.length > MAX_OPERATION_NAME) {
      fail(pointer, `expected a camelCase method name (a letter, then letters and digits, at most ${MAX_OPERATION_NAME}), got ${JSON.stringify(name)}`);
    }
    const other = keyOf.get(name as string);
    if (other !== undefined) fail(pointer, `method name "${String(name)}" is also given to "${other}": each operation needs its own`);
    keyOf.set(name as string, key);
  }
  return names as Record<string, string>;
}

const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];
/** A method name as generated code writes it: `client.listApplications(…)`. */
const METHOD_NAME = /^[a-z][A-Za-z0-9]*$/;
const POINTER = /^(\/[^/]+)+$/;
/** The key of a Components Object entry, as OpenAPI 3.1 §4.8.7 restricts it. */
const COMPONENT_NAME = /^[a-zA-Z0-9._-]+$/;
/** POSIX-style environment variable names: they are also written into docs and code samples. */
const ENV_VAR = /^[A-Z_][A-Z0-9_]*$/;
/** Client option names the manifest may give a credential: camelCase identifiers. */
const OPTION_NAME = /^[a-z][A-Za-z0-9]*$/;
/** The options every client has (src/runtime/client.ts ClientOptions): a credential cannot take one of their names. */
export const RESERVED_OPTIONS: ReadonlySet<string> = new Set(['baseUrl', 'fetch', 'headers', 'timeoutMs', 'maxRetries']);
/** RFC 9110 §5.1 field names (tokens): CR, LF, spaces and colons cannot reach a request line. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A SemVer 2.0.0 version exactly as written (no `v` prefix, no loose forms), checked by the semver library. */
const SEMVER = { test: (version: string) => /^\d/.test(version) && semverParse(version)?.raw === version };

/** `open-ai` → `OPEN_AI`, `TokenAuthentication` → `TOKEN_AUTHENTICATION`: a word of an environment variable name. */
export function envVarWord(text: string): string {
  const word = text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return /^[A-Z_]/.test(word) ? word : `_${word}`;
}

/** Text without line breaks or control characters (nothing `printable` would show escaped): titles reach headings, docs and package files. */
function isOneLine(text: string): boolean {
  return printable(text) === text;
}

/** Why `url` cannot be a client's default base URL, or undefined when it can. */
export function checkBaseUrl(url: string): string | undefined {
  if (!isOneLine(url) || /\s/.test(url)) return 'contains whitespace or control characters';
  if (!URL.canParse(url)) return 'is not an absolute URL';
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'must be an http(s) URL';
  if (parsed.username || parsed.password) return 'must not carry credentials (user:password@): clients send the key in a header';
  if (parsed.search || parsed.hash || url.includes('?') || url.includes('#')) return 'must not have a query or fragment: operation paths are appended to it';
  return undefined;
}

function readClient(client: unknown, defaults: { name: string; title: string; envVar: string }, fail: Fail): ClientSpec {
  if (!isObject(client)) return fail('/client', 'expected {name?, package?, version?, baseUrlEnvVar?, errors?, waiters?, pagination?}');
  const optionalString = (key: string, fallback: string, pattern: { test(text: string): boolean }, expected: string): string => {
    const field = client[key];
    if (field === undefined) return fallback;
    if (typeof field !== 'string' || !pattern.test(field)) return fail(`/client/${key}`, `expected ${expected}, got ${JSON.stringify(field)}`);
    return field;
  };
  const derivedName = pascalCase(defaults.title.replace(/\s+API$/i, ''));
  const errors = client.errors;
  if (Array.isArray(errors)) {
    if (errors.length === 0) fail('/client/errors', 'expected at least one error shape (omit client.errors to derive them from the documented error responses)');
    errors.forEach((shape, index) => readErrorShape(shape, `/client/errors/${index}`, fail));
  } else if (errors !== undefined) {
    readErrorShape(errors, '/client/errors', fail);
  }
  const waiters = client.waiters ?? {};
  if (!isObject(waiters)) return fail('/client/waiters', 'expected a map of method name to waiter');
  return {
    name: optionalString('name', derivedName, /^[A-Z][A-Za-z0-9]*$/, 'a PascalCase name such as "AnchorBrowser"'),
    package: optionalString('package', `@openapi-clients/${defaults.name}`, /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/, 'an npm package name'),
    version: optionalString('version', '0.0.0', SEMVER, 'a semver version such as "0.1.0"'),
    baseUrlEnvVar: optionalString('baseUrlEnvVar', defaults.envVar.replace(/(_API_KEY)?$/, '_BASE_URL'), ENV_VAR, 'an environment variable name'),
    ...(errors === undefined ? {} : { errorShapes: { listed: Array.isArray(errors), shapes: [errors].flat() as ErrorShapeSpec[] } }),
    errors: ([errors].flat()[0] ?? {}) as ErrorShapeSpec,
    waiters: Object.fromEntries(Object.entries(waiters).map(([method, waiter]) => [method, readWaiter(method, waiter, fail)])),
    pagination: client.pagination === undefined ? {} : readPagination(client.pagination, fail),
  };
}

/** The fields each pagination style takes: parameter names, pointers into the body, and flags. */
const PAGINATION_FIELDS = {
  page: { parameters: ['page', 'limit'], pointers: ['items', 'totalPages', 'hasNext', 'total'], required: ['page', 'items'] },
  cursor: { parameters: ['cursor'], pointers: ['items', 'next', 'nextUrl', 'lastItem', 'hasMore'], required: ['cursor', 'items'] },
} as const;

function readPagination(pagination: unknown, fail: Fail): Record<string, PaginationSpec | false> {
  if (!isObject(pagination)) return fail('/client/pagination', 'expected a map of method name to false or {style: page | cursor, items, ...}');
  for (const [method, spec] of Object.entries(pagination)) {
    const at = toPointer(['client', 'pagination', method]);
    if (!METHOD_NAME.test(method)) fail(at, `expected a camelCase method name as the key, got ${JSON.stringify(method)}`);
    if (spec === false) continue;
    if (!isObject(spec)) fail(at, 'expected false (not paged) or {style: page | cursor, items, ...}');
    const style = (spec as JsonObject).style;
    if (style !== 'page' && style !== 'cursor') fail(`${at}/style`, `expected page or cursor, got ${JSON.stringify(style)}`);
    const fields = PAGINATION_FIELDS[style as 'page' | 'cursor'];
    const known: readonly string[] = ['style', ...fields.parameters, ...fields.pointers, ...(style === 'page' ? ['numeric'] : [])];
    for (const [key, field] of Object.entries(spec as JsonObject)) {
      if (!known.includes(key)) fail(`${at}/${key}`, `unknown field "${key}" for style ${String(style)}: expected ${known.slice(1).join(', ')}`);
      if (key === 'numeric' && typeof field !== 'boolean') fail(`${at}/${key}`, `expected true or false, got ${JSON.stringify(field)}`);
      if ((fields.parameters as readonly string[]).includes(key) && (typeof field !== 'string' || field.trim() === '')) fail(`${at}/${key}`, `expected a query parameter name, got ${JSON.stringify(field)}`);
      if ((fields.pointers as readonly string[]).includes(key) && (typeof field !== 'string' || !POINTER.test(field))) fail(`${at}/${key}`, `expected a JSON pointer such as "/data/items", got ${JSON.stringify(field)}`);
    }
    for (const key of fields.required) if ((spec as JsonObject)[key] === undefined) fail(at, `missing field "${key}" for style ${String(style)}`);
    if (style === 'cursor' && ['next', 'nextUrl', 'lastItem'].every((key) => (spec as JsonObject)[key] === undefined)) fail(at, 'a cursor listing needs where the next page starts: next, nextUrl or lastItem');
  }
  return pagination as Record<string, PaginationSpec | false>;
}

/** One shape: JSON pointers, a message one at least (the clients pick the shape whose message is a string). */
function readErrorShape(shape: unknown, at: string, fail: Fail): void {
  if (!isObject(shape)) return fail(at, 'expected {code?, message, traceId?} as JSON pointers');
  for (const [key, pointer] of Object.entries(shape)) {
    if (!['code', 'message', 'traceId'].includes(key)) fail(`${at}/${key}`, `unknown field "${key}": expected code, message or traceId`);
    if (typeof pointer !== 'string' || !POINTER.test(pointer)) fail(`${at}/${key}`, `expected a JSON pointer such as "/error/message", got ${JSON.stringify(pointer)}`);
  }
  if (shape.message === undefined) fail(at, 'an error shape needs a message pointer: the clients use the first shape whose message is in the body');
}

function readWaiter(method: string, waiter: unknown, fail: Fail): WaiterSpec {
  const at = `/client/waiters/${method}`;
  if (!/^[a-z][A-Za-z0-9]*$/.test(method)) fail(at, `waiter name "${method}" must be a camelCase method name`);
  if (!isObject(waiter)) return fail(at, 'expected {operationId, idParameter, items, status, terminal, query?, filters?, description?}');
  const query = waiter.query ?? {};
  if (!isObject(query) || !Object.values(query).every((value) => ['string', 'number', 'boolean'].includes(typeof value))) {
    fail(`${at}/query`, 'expected a map of query parameter to a fixed string, number or boolean');
  }
  const items = requireString(waiter, 'items', fail, at);
  if (!POINTER.test(items)) fail(`${at}/items`, `expected a JSON pointer to the list in the response, got "${items}"`);
  const terminal = waiter.terminal;
  if (!Array.isArray(terminal) || terminal.length === 0 || !terminal.every((status) => typeof status === 'string')) {
    fail(`${at}/terminal`, 'expected a non-empty list of statuses that end the wait');
  }
  return {
    ...(typeof waiter.description === 'string' ? { description: waiter.description } : {}),
    operationId: requireString(waiter, 'operationId', fail, at),
    idParameter: requireString(waiter, 'idParameter', fail, at),
    query: query as WaiterSpec['query'],
    filters: waiter.filters === undefined ? [] : readStringList(waiter.filters, `${at}/filters`, fail),
    items,
    status: requireString(waiter, 'status', fail, at),
    terminal: terminal as string[],
  };
}

/**
 * The folders an API's files may be read from: its own folder and, for
 * files several APIs share, the specs folder holding it. Nothing outside
 * is ever opened (see src/ingest/input-file.ts).
 */
export function readableFolders(dir: string): ReadableRoots {
  return readableRoots([dir, dirname(dir)], displayPath);
}

/** Refuses (naming the manifest entry) a listed file that is absolute, outside the readable folders, missing or not a regular file. */
function checkListedFile(dir: string, name: string, kind: string, fail: (reason: string) => never): void {
  try {
    resolveListedFile(dir, name, readableFolders(dir));
  } catch (error) {
    if (error instanceof FileRefused) fail(`${kind} file "${name}" ${error.message}`);
    throw error;
  }
}

/** Reads a source or overlay the manifest lists, checked again to resolve inside the readable folders before it is opened. */
export function loadListedFile(manifest: Manifest, file: string): SourceDocument {
  return loadSource(displayPath(join(manifest.dir, file)), readableFolders(manifest.dir));
}

/** A listed file's text (a reference page), read as a source is: inside the folders the manifest may read. */
export function readListedText(manifest: Manifest, file: string): string {
  return loadText(displayPath(join(manifest.dir, file)), readableFolders(manifest.dir));
}

/** Paths in messages are relative to the working directory when that is shorter. */
export function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  if (fromCwd === '') return '.';
  return !fromCwd.startsWith('..') ? fromCwd : path;
}

export type { SourceDocument };
