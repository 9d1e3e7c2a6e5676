/**
 * The one shape of a normalize pass: the document in, the document out
 * (changed in place or replaced), and a context holding everything else a
 * pass may read or record. Passes read no files: the pipeline reads every
 * input before the first pass (inputs.ts), so a pass is tested with a
 * document and a context built in memory.
 */
import type { SourceLocation } from '../errors.js';
import type { SourceDocument } from '../ingest/source.js';
import type { Manifest } from '../manifest.js';
import type { JsonObject } from '../openapi/types.js';
import type { NormalizationReport } from './report.js';

/** A reference page as read: text the passes check the document against. */
export interface ReferenceText {
  /** As the manifest lists it, relative to the API folder. */
  file: string;
  text: string;
}

export interface Pass<Context extends PassContext = ApiContext> {
  /** Stable and unique: the declared lists and the tests name passes by it. */
  readonly name: string;
  run(document: JsonObject, context: Context): JsonObject | Promise<JsonObject>;
}

/** A file and a place in it: what an error names. */
export interface Located {
  file: string;
  location: SourceLocation;
}

export interface PassContext {
  readonly manifest: Manifest;
  readonly report: NormalizationReport;
  /**
   * Where a pointer of the document is, for errors: the source file and
   * line while the document is one source in its published shape, the
   * source alone once a Mintlify page is converted, the manifest once the
   * sources are merged.
   */
  locate(pointer: string): Located;
}

/** A file the manifest lists, as read. */
export interface Input {
  /** The manifest's name for it (relative to the API folder), as renames and the report use it. */
  file: string;
  loaded: SourceDocument;
}

/** The sources phase converts and checks one source at a time. */
export interface SourceContext extends PassContext {
  readonly source: Input;
}

/** One source's part of the API, as the merge takes it. */
export interface SourceFragment {
  file: string;
  /** The source as OpenAPI 3.1. */
  document: JsonObject;
  /** Where a pointer of `document` is in the source file. */
  locate(pointer: string): Located;
}

/** A source after the sources phase; `loaded.value` is still the source as read. */
export interface ConvertedSource extends SourceFragment, Input {}

/** The later phases work on the whole API. */
export interface ApiContext extends PassContext {
  /** Every source, converted, in manifest order. */
  readonly sources: readonly ConvertedSource[];
  /** The overlays, read, in manifest order. */
  readonly overlays: readonly Input[];
  /** The reference pages (guides), as text: checked against the document, never merged into it. */
  readonly references?: readonly ReferenceText[];
}

/** Runs `passes` in order, each on what the previous one returned. */
export async function runPasses<Context extends PassContext>(passes: ReadonlyArray<Pass<Context>>, document: JsonObject, context: Context): Promise<JsonObject> {
  let current = document;
  for (const pass of passes) current = await pass.run(current, context);
  return current;
}
