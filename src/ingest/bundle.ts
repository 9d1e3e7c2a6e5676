/**
 * Multi-file specs: a source whose `$ref`s name other files (Lob: 475
 * files, 1,386 references) is bundled here, in the input phase, into one
 * document with local references only, before any normalize pass runs.
 *
 * The bundling itself is Redocly's (`bundle` of @redocly/openapi-core, the
 * engine behind `redocly bundle`): it knows where every OpenAPI object can
 * stand, so it moves what a reference names to `components` by its type
 * (schemas, parameters, responses, headers, examples, request bodies…) and
 * inlines what has no component (path items, a Content map). What it reads
 * goes through this module's resolver, not its own: every file is checked
 * against the API folder before it is opened (input-file.ts), read to a
 * byte limit, and parsed by our YAML loader (alias, nesting and
 * duplicate-key limits), and a reference to a URL is refused without a
 * request. A reference that cannot be followed is one line naming the file
 * that holds it and the reference's line and pointer; a referenced file that
 * does not parse is named itself, with its line.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { BaseResolver, bundle, createConfig, Source } from '@redocly/openapi-core';
import { SpecError, type SourceLocation } from '../errors.js';
import { resolvePointer, toPointer } from '../openapi/pointer.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { guardRedoclyTypes } from '../redocly-types.js';
import { containedRealPath, errnoMeaning, FileRefused, isInside, readRegularFile, type ReadableRoots } from './input-file.js';
import { MAX_SOURCE_BYTES, type SourceDocument } from './source.js';
import { parseYaml } from './yaml.js';

/** Files one source may reference, itself included (Lob: 476). */
export const MAX_BUNDLED_FILES = 2_000;
/** Bytes of all the files of one source together: the limit of one source (Lob: 0.9 MB). */
export const MAX_BUNDLED_BYTES = MAX_SOURCE_BYTES;

/** A file of a multi-file source, as read (before bundling changed anything). */
export interface BundledFile {
  /** Display path, as errors name it. */
  file: string;
  value: unknown;
  bytes: number;
}

/** One external `$ref`, where it is written and what became of it. */
export interface BundledRef {
  /** The file holding the `$ref`, and the pointer of the `$ref` in it. */
  file: string;
  pointer: string;
  ref: string;
  /** The component it now names (`#/components/schemas/address`), or `inlined`. */
  placed: string;
  /** `content: {$ref}`: a whole Content map in another file (not OpenAPI, but vendors ship it). */
  contentMap: boolean;
}

export interface Bundle {
  /** The root file as read, its references as written. */
  root: JsonObject;
  /** The files its references name, directly or through other files, in the order they were read. */
  files: BundledFile[];
  refs: BundledRef[];
}

/** A source with its referenced files: the bundled document, and what it was made of. */
export interface BundledSource extends SourceDocument {
  bundle?: Bundle;
  /** The file and line a pointer of the bundled document comes from: a component's own file, else the root. */
  locateFile?(pointer: string): { file: string; location: SourceLocation };
}

/** Keys whose values are data, not schema: a `$ref` there is not a reference (as in normalize/sources/refs.ts). */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * `root` with every external `$ref` bundled in, when it has any; `root`
 * itself otherwise. `root.file` is its display path; referenced files are
 * read only inside `within` (the API folder), named in messages relative to
 * the root's own display path.
 */
export async function bundleExternalRefs(root: SourceDocument, within: ReadableRoots, show: (path: string) => string): Promise<BundledSource> {
  if (externalRefs(root.value, '').length === 0) return root;
  guardRedoclyTypes();
  const resolver = new ContainedResolver(root, within, show);
  const config = await createConfig({ resolve: { doNotResolveExamples: true } } as never);
  const rootPath = resolve(root.file);
  const rootValue = structuredClone(root.value);
  resolver.remember(rootPath, root.file, rootValue, root.locate, 0);
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ doc: { source: new Source(rootPath, ''), parsed: rootValue }, config, externalRefResolver: resolver });
  } catch (error) {
    // Redocly throws (rather than reports) a chain of `$ref`s that only lead to each other.
    throw new SpecError(root.file, {}, `cannot bundle its referenced files: ${String((error as Error).message ?? error)} (a chain of $refs that never reaches a value?)`);
  }
  for (const problem of result.problems) {
    const where = problem.location[0];
    if (problem.severity === 'error' && where) resolver.fail(where.source.absoluteRef, where.pointer ?? '#', problem.message);
  }
  const document = independentCopy(result.bundle.parsed, root.file);
  const renamed = nameIndexComponents(document);
  const refs = resolver.placements(renamed);
  const bundled = { root: structuredClone(root.value), files: resolver.files().filter(({ file }) => file !== root.file), refs };
  const componentFiles = resolver.componentFiles(renamed);
  const locateFile = (pointer: string) => {
    const tokens = pointer.split('/');
    const origin = tokens.length >= 4 && tokens[1] === 'components' ? componentFiles.get(tokens.slice(0, 4).join('/')) : undefined;
    if (!origin) return { file: root.file, location: root.locate(pointer) };
    const inFile = `${origin.fragment}${tokens.length > 4 ? `/${tokens.slice(4).join('/')}` : ''}`;
    return { file: origin.file, location: { ...origin.locate(inFile), pointer: inFile } };
  };
  return { ...root, value: document, bundle: bundled, locateFile };
}

/** The `$ref` strings of a document that name another file, with their pointers (data keys skipped). */
export function externalRefs(node: unknown, pointer: string, found: Array<{ pointer: string; ref: string; node: JsonObject; key: string }> = [], key = ''): Array<{ pointer: string; ref: string; node: JsonObject; key: string }> {
  if (Array.isArray(node)) {
    node.forEach((item, index) => externalRefs(item, `${pointer}/${index}`, found, String(index)));
  } else if (isObject(node)) {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) found.push({ pointer: `${pointer}/$ref`, ref: node.$ref, node, key });
    for (const [name, value] of Object.entries(node)) {
      if (!DATA_KEYS.has(name)) externalRefs(value, `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, found, name);
    }
  }
  return found;
}

interface ReadFile {
  file: string;
  /** As read: bundling changes `parsed`, not this copy. */
  value: unknown;
  parsed: unknown;
  bytes: number;
  locate(pointer: string): SourceLocation;
  refs: ReturnType<typeof externalRefs>;
}

/**
 * Redocly's resolver with our reading rules: references are resolved
 * lexically against the API folder first (a path that leaves it is refused
 * without touching the file system), then through symlinks, then read as a
 * regular file within what is left of the byte budget.
 */
class ContainedResolver extends BaseResolver {
  private readonly read = new Map<string, ReadFile>();
  /** Why a file could not be read, by absolute path: reported where a `$ref` names it. */
  private readonly refused = new Map<string, Error>();
  private bytes = 0;

  constructor(
    private readonly root: SourceDocument,
    private readonly within: ReadableRoots,
    readonly show: (path: string) => string,
  ) {
    super();
  }

  remember(path: string, file: string, parsed: unknown, locate: (pointer: string) => SourceLocation, bytes: number): void {
    this.read.set(path, { file, value: structuredClone(parsed), parsed, bytes, locate, refs: externalRefs(parsed, '') });
  }

  override resolveExternalRef(base: string | null, ref: string): string {
    // A scheme (`http:`, `file:`, `C:`…) or `//host`: nothing is ever fetched.
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) throw new RefRefused('names a URL: references are read only from files in the API folder, never from the network');
    if (isAbsolute(ref)) throw new RefRefused('is an absolute path: write it relative to the file that holds it');
    const path = resolve(dirname(base ?? resolve(this.root.file)), decodeRefPath(ref));
    // Decided on the path alone: whether something exists outside the folder is not the spec's to learn.
    if (!isInside(path, resolve(this.within.shown[0]!)) && !isInside(path, this.within.real[0]!)) throw new RefRefused(`leads outside the API folder (${this.within.shown[0]}): references are read only from there`);
    return path;
  }

  override async loadExternalRef(path: string): Promise<Source> {
    const file = this.show(path);
    if (this.read.size >= MAX_BUNDLED_FILES) throw this.refuse(path, new RefRefused(`is one file too many: a source may reference at most ${MAX_BUNDLED_FILES} files`));
    let buffer: Buffer;
    try {
      buffer = readRegularFile(containedRealPath(path, this.within), MAX_BUNDLED_BYTES - this.bytes);
    } catch (error) {
      if (error instanceof FileRefused && error.tooLarge) {
        throw this.refuse(path, new SpecError(file, {}, `file takes the source's files over ${MAX_BUNDLED_BYTES / 2 ** 20} MB together: a source and the files it references may hold at most that much`));
      }
      throw this.refuse(path, new RefRefused(`names a file that ${error instanceof FileRefused ? error.message : `cannot be read: ${errnoMeaning(error)}`}`));
    }
    this.bytes += buffer.length;
    const text = buffer.toString('utf8');
    if (!/\.(ya?ml|json)$/i.test(path)) throw this.refuse(path, new RefRefused('names a file that is not .yaml, .yml or .json'));
    if (text.trim() === '') throw this.refuse(path, new SpecError(file, { line: 1 }, 'file is empty: a $ref names it, so it should hold the referenced value'));
    try {
      const parsed = parseYaml(text, file);
      this.remember(path, file, parsed.value, parsed.locate, buffer.length);
    } catch (error) {
      throw this.refuse(path, error as Error);
    }
    return new Source(path, text);
  }

  override parseDocument(source: Source): { source: Source; parsed: unknown } {
    return { source, parsed: this.read.get(source.absoluteRef)!.parsed };
  }

  private refuse(path: string, error: Error): Error {
    this.refused.set(path, error);
    return error;
  }

  /**
   * Throws the one-line error for an unresolved `$ref` at `pointer` of the
   * file at `path`: the referenced file's own error when it was read and
   * is bad, else the reason, at the reference.
   */
  fail(path: string, pointer: string, message: string): never {
    const holder = this.read.get(path);
    const refPointer = `${pointer.replace(/^#/, '').replace(/\/\$ref$/, '')}/$ref`;
    const written = holder === undefined ? undefined : resolvePointer(holder.value, refPointer);
    const ref = typeof written === 'string' ? written : undefined;
    let target: string | undefined;
    try {
      target = ref === undefined ? undefined : ref.startsWith('#') ? path : this.resolveExternalRef(path, ref.split('#')[0]!);
    } catch (error) {
      this.throwAt(holder, refPointer, ref, (error as Error).message);
    }
    const refused = target === undefined ? undefined : this.refused.get(target);
    if (refused instanceof SpecError) throw refused;
    if (refused) this.throwAt(holder, refPointer, ref, refused.message);
    this.throwAt(holder, refPointer, ref, ref?.includes('#') ? `leads nowhere: nothing at "#${ref.split('#')[1]}" in ${this.show(target!)}` : message);
  }

  private throwAt(holder: ReadFile | undefined, pointer: string, ref: string | undefined, reason: string): never {
    const location = holder?.locate(pointer) ?? {};
    throw new SpecError(holder?.file ?? this.root.file, { ...location, pointer }, `$ref ${JSON.stringify(ref ?? '?')} ${reason}`);
  }

  /** Every file read (the root too), in the order they were read. */
  files(): BundledFile[] {
    return [...this.read.values()].map(({ file, value, bytes }) => ({ file, value, bytes }));
  }

  /** Each component made from another file (`/components/schemas/address`): that file, and where in it. */
  componentFiles(renamed: Map<string, string>): Map<string, { file: string; fragment: string; locate(pointer: string): SourceLocation }> {
    const origins = new Map<string, { file: string; fragment: string; locate(pointer: string): SourceLocation }>();
    for (const [path, { refs }] of this.read) {
      for (const { ref, node } of refs) {
        if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/components/')) continue;
        const component = (renamed.get(node.$ref) ?? node.$ref).slice(1);
        const [uri = '', fragment = ''] = ref.split('#');
        const target = this.read.get(uri === '' ? path : this.resolveExternalRef(path, uri));
        if (target && !origins.has(component)) origins.set(component, { file: target.file, fragment, locate: target.locate });
      }
    }
    return origins;
  }

  /** Where each external `$ref` went, after bundling rewrote or replaced it. */
  placements(renamed: Map<string, string>): BundledRef[] {
    const placed: BundledRef[] = [];
    for (const { file, refs } of this.read.values()) {
      for (const { pointer, ref, node, key } of refs) {
        const now = typeof node.$ref === 'string' ? (renamed.get(node.$ref) ?? node.$ref) : 'inlined';
        // Left as it was: in a place Redocly does not read; the refs pass refuses it there.
        if (now === ref) continue;
        placed.push({ file, pointer, ref, placed: now, contentMap: key === 'content' });
      }
    }
    return placed;
  }
}

/** Why a `$ref` is not followed; the resolver says where the `$ref` is. */
class RefRefused extends Error {}

function decodeRefPath(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

/**
 * The bundle as a tree of its own: Redocly inlines by shallow copies, so a
 * file referenced from two places shares its nodes between them, and later
 * passes change nodes in place. An inlined cycle cannot be written as a tree.
 */
function independentCopy(value: unknown, file: string): JsonObject {
  try {
    return JSON.parse(JSON.stringify(value)) as JsonObject;
  } catch {
    throw new SpecError(file, {}, 'its referenced files form a cycle through objects that have no component (path items or Content maps referencing each other)');
  }
}

/**
 * Redocly names a component after the last token of the reference's
 * pointer; a reference into a list (Lob's discriminator mapping
 * `#/oneOf/0`) would make components named `0`, `1`, `2`. Those take the
 * schema's `title` in snake_case (`postcard_resource_proof`), or the
 * owner's name and the path, and every reference to them follows. Returns
 * old pointer → new pointer.
 */
function nameIndexComponents(document: JsonObject): Map<string, string> {
  const renamed = new Map<string, string>();
  const components = isObject(document.components) ? document.components : {};
  for (const [kind, group] of Object.entries(components)) {
    if (!isObject(group)) continue;
    for (const name of Object.keys(group)) {
      if (!/^\d+$/.test(name)) continue;
      const target = group[name];
      const title = isObject(target) && typeof target.title === 'string' ? target.title : '';
      const base = title.toLowerCase().replace(/[^a-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || `${kind}_${name}`;
      let fresh = base;
      for (let serial = 2; Object.hasOwn(group, fresh); serial++) fresh = `${base}_${serial}`;
      const entries = Object.entries(group).map(([key, value]): [string, unknown] => [key === name ? fresh : key, value]);
      for (const key of Object.keys(group)) delete group[key];
      for (const [key, value] of entries) Object.defineProperty(group, key, { value, enumerable: true, writable: true, configurable: true });
      renamed.set(`#${toPointer(['components', kind, name])}`, `#${toPointer(['components', kind, fresh])}`);
    }
  }
  if (renamed.size > 0) rewriteRefs(document, renamed);
  return renamed;
}

/** Rewrites `$ref`s and discriminator mapping values that name a renamed component. */
function rewriteRefs(node: unknown, renamed: Map<string, string>, key = ''): void {
  if (Array.isArray(node)) {
    node.forEach((item) => rewriteRefs(item, renamed));
  } else if (isObject(node)) {
    if (typeof node.$ref === 'string' && renamed.has(node.$ref)) node.$ref = renamed.get(node.$ref)!;
    if (key === 'discriminator' && isObject(node.mapping)) {
      for (const [value, target] of Object.entries(node.mapping)) if (typeof target === 'string' && renamed.has(target)) node.mapping[value] = renamed.get(target)!;
    }
    for (const [name, value] of Object.entries(node)) if (!DATA_KEYS.has(name)) rewriteRefs(value, renamed, name);
  }
}
