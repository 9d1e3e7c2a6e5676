/**
 * What the pass tables are made of: documents written as small inline YAML,
 * and contexts built in memory (a manifest, a fresh report, sources and
 * overlays). A case is `[name, { given, want }]`: a document and the context
 * bits it needs, then the document, the report entries or the error wanted.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseSource } from '../../src/ingest/source.js';
import { loadManifest, type Manifest } from '../../src/manifest.js';
import type { JsonObject } from '../../src/openapi/types.js';
import type { ApiContext, ConvertedSource, Input, Pass, PassContext, SourceContext } from '../../src/normalize/pass.js';
import { NormalizationReport, type Transformation, type Warning } from '../../src/normalize/report.js';
import { manifestYaml, writeTree } from '../helpers.js';

/** YAML text as the ingest stage reads it (own keys only: `__proto__` is data). */
export function yaml(text: string, file = 'given.yaml'): JsonObject {
  return parseSource(text, file).value;
}

/**
 * A manifest as loadManifest reads it: title "Test API", base URL
 * https://api.example.test, the apiKey scheme `api_key_header` in header
 * `x-api-key`; `extra` is more manifest YAML. Named `manifest.yaml` in errors.
 */
export function manifest(extra = ''): Manifest {
  const dir = writeTree({ 'api/manifest.yaml': manifestYaml(['raw/a.yaml'], extra), 'api/raw/a.yaml': 'openapi: 3.1.0\n' });
  return { ...loadManifest(join(dir, 'api')), file: 'manifest.yaml' };
}

const MANIFEST = manifest();

/** A listed file read from `text`; errors name `file` and its lines. */
export function input(file: string, text: string): Input {
  return { file, loaded: parseSource(text, file) };
}

/** A source as the sources phase leaves an OpenAPI file: its document, located in its text. */
export function source(file: string, text: string): ConvertedSource {
  const { loaded } = input(file, text);
  return { file, loaded, document: structuredClone(loaded.value), locate: (pointer) => ({ file, location: loaded.locate(pointer) }) };
}

/** A source given as a value (no text: errors name the file and the pointer). */
export function fragment(file: string, document: JsonObject): ConvertedSource {
  return { file, document, loaded: { file, value: document, page: {}, locate: (pointer) => ({ pointer }) }, locate: (pointer) => ({ file, location: { pointer } }) };
}

export interface ApiBits {
  manifest?: Manifest;
  sources?: ConvertedSource[];
  overlays?: Input[];
}

/** The context of the assemble, repair and verify phases; errors about the document name `manifest.yaml`. */
export function apiContext({ manifest: given = MANIFEST, sources = [], overlays = [] }: ApiBits = {}): ApiContext {
  return { manifest: given, report: new NormalizationReport(), sources, overlays, locate: (pointer) => ({ file: given.file, location: { pointer } }) };
}

/** The context of the sources phase for one source read from `text`, located in it. */
export function sourceContext(file: string, text: string): { document: JsonObject; context: SourceContext } {
  const source = input(file, text);
  const locate = (pointer: string) => ({ file, location: source.loaded.locate(pointer) });
  return { document: structuredClone(source.loaded.value), context: { manifest: MANIFEST, report: new NormalizationReport(), source, locate } };
}

export interface Want {
  /** The document the pass returns (YAML, or a value with matchers). */
  document?: string | JsonObject;
  /** Every transformation recorded, in order (none when absent). */
  transformations?: Array<Partial<Transformation>>;
  /** Every warning recorded, in order (none when absent). */
  warnings?: Array<Partial<Warning>>;
  /** The one-line error the pass fails with instead. */
  error?: string | RegExp;
}

/** Runs `pass` on `document` and checks everything `want` says, and that nothing else was recorded. */
export async function expectPass<Context extends PassContext>(pass: Pass<Context>, document: JsonObject, context: Context, want: Want): Promise<JsonObject | undefined> {
  if (want.error !== undefined) {
    await expect(Promise.resolve().then(() => pass.run(document, context))).rejects.toThrow(want.error);
    return undefined;
  }
  const result = await pass.run(document, context);
  if (want.document !== undefined) expect(result).toEqual(typeof want.document === 'string' ? yaml(want.document) : want.document);
  expect(context.report.transformations).toEqual((want.transformations ?? []).map((entry) => expect.objectContaining(entry)));
  expect(context.report.warnings).toEqual((want.warnings ?? []).map((entry) => expect.objectContaining(entry)));
  return result;
}

/** A source pass run on `given` (api.yaml) as `want` says, then again on its result: idempotent, nothing left to rewrite or record. */
export async function expectIdempotentSourcePass(pass: Pass<SourceContext>, given: string, want: Want): Promise<void> {
  const { document, context } = sourceContext('api.yaml', given);
  const result = await expectPass(pass, document, context, want);
  if (result === undefined) return;
  const again = sourceContext('api.yaml', 'openapi: 3.1.0\n');
  expect(await pass.run(structuredClone(result), again.context)).toEqual(result);
  expect(again.context.report.transformations).toEqual([]);
}
