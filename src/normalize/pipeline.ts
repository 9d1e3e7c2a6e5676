/**
 * The normalize stage for one API: read every file the manifest lists, then
 * run the declared passes in order. Each source goes through SOURCE_PASSES
 * on its own (converted to OpenAPI 3.1 and checked, errors naming its file
 * and line); then the API as one document goes through the assemble, repair
 * and verify phases. Adding a pass is writing its module and listing it here.
 */
import type { BundledSource } from '../ingest/bundle.js';
import type { Manifest } from '../manifest.js';
import type { JsonObject } from '../openapi/types.js';
import { authScheme } from './assemble/auth-scheme.js';
import { manifestSettings } from './assemble/manifest.js';
import { merge } from './assemble/merge.js';
import { overlays } from './assemble/overlays.js';
import { documentSecurity } from './assemble/security.js';
import { readInputs } from './inputs.js';
import { runPasses, type ApiContext, type ConvertedSource, type Input, type Pass, type SourceContext } from './pass.js';
import { ambiguousOneOfs } from './repair/ambiguous-oneofs.js';
import { discriminators } from './repair/discriminators.js';
import { enumOneOfs } from './repair/enum-oneofs.js';
import { examples } from './repair/examples.js';
import { operationIds } from './repair/operation-ids.js';
import { order } from './repair/order.js';
import { pathKeys } from './repair/path-keys.js';
import { operationIdCharacters } from './repair/operation-id-characters.js';
import { NormalizationReport } from './report.js';
import { isMintlifyPage, mintlifyPages } from './sources/mintlify.js';
import { exclusiveBounds } from './sources/exclusive-bounds.js';
import { nullable } from './sources/nullable.js';
import { isSwagger2, openApiVersion, swagger2Pointer } from './sources/openapi-version.js';
import { refSiblings } from './sources/ref-siblings.js';
import { schemaKeywords } from './sources/schema-keywords.js';
import { structure } from './sources/structure.js';
import { tupleItems } from './sources/tuple-items.js';
import { singularExample } from './sources/singular-example.js';
import { pageMetadata } from './sources/page-metadata.js';
import { patterns } from './sources/patterns.js';
import { refCycles } from './sources/ref-cycles.js';
import { refs } from './sources/refs.js';
import { guideCalls } from './verify/guide-calls.js';
import { lossless } from './verify/lossless.js';
import { validation } from './verify/validate.js';

export interface NormalizedApi {
  manifest: Manifest;
  document: JsonObject;
  report: NormalizationReport;
}

/**
 * Each source on its own, in manifest order: the types of its keywords
 * checked as published (errors name its own pointers), then as OpenAPI 3.1
 * (the version upgraded, then 3.0 keywords said in 3.1's words by shape,
 * whatever the version said), checked, with its page's title and lead.
 */
export const SOURCE_PASSES: ReadonlyArray<Pass<SourceContext>> = [
  structure, mintlifyPages, tupleItems, openApiVersion, nullable, exclusiveBounds, schemaKeywords, refSiblings, singularExample,
  refs, refCycles, patterns, pageMetadata,
];

/** The sources as one document: security decided, merged, overlaid, the manifest applied. */
export const ASSEMBLE_PASSES: readonly Pass[] = [documentSecurity, merge, overlays, manifestSettings, authScheme];

/**
 * The passes that apply to any single OpenAPI document, merged or already
 * normalized: checked again (overlays may have added references and
 * patterns), repaired, warned about, ordered. Each is idempotent, so
 * normalizing a normalized document changes nothing.
 */
export const REPAIR_PASSES: readonly Pass[] = [refs, refCycles, patterns, pathKeys, enumOneOfs, discriminators, operationIdCharacters, operationIds, examples, ambiguousOneOfs, order];

/** Redocly's linter, the guides' calls checked against the document, then the proof that no fact of a source was lost. */
export const VERIFY_PASSES: readonly Pass[] = [validation, guideCalls, lossless];

export async function normalizeApi(manifest: Manifest): Promise<NormalizedApi> {
  const report = new NormalizationReport(manifest.dir);
  const inputs = await readInputs(manifest);
  report.sources.push(...inputs.sources.map(({ file }) => file));
  for (const source of inputs.sources) report.recordBundle(source.loaded);
  report.overlays.push(...inputs.overlays.map(({ file }) => file));
  const sources: ConvertedSource[] = [];
  for (const source of inputs.sources) sources.push(await convertSource(source, manifest, report));
  const context: ApiContext = {
    manifest,
    report,
    sources,
    overlays: inputs.overlays,
    references: inputs.references,
    locate: (pointer) => ({ file: manifest.file, location: { pointer } }),
  };
  let document: JsonObject = {};
  for (const passes of [ASSEMBLE_PASSES, REPAIR_PASSES, VERIFY_PASSES]) document = await runPasses(passes, document, context);
  return { manifest, document, report };
}

/** One source through SOURCE_PASSES, errors naming its file (and line, while it keeps its published shape). */
export async function convertSource(source: Input, manifest: Manifest, report: NormalizationReport): Promise<ConvertedSource> {
  // A converted Mintlify page has other pointers than its file: errors name the page only.
  const sameShape = !isMintlifyPage(source.loaded.value);
  // A Swagger 2.0 source is restructured: errors name the place it had in the published file.
  const published = isSwagger2(source.loaded.value) ? swagger2Pointer : (pointer: string) => pointer;
  // A multi-file source: a component knows the file it came from (src/ingest/bundle.ts).
  const { locateFile } = source.loaded as BundledSource;
  const locate = (pointer: string) => locateFile?.(pointer) ?? { file: source.loaded.file, location: sameShape ? source.loaded.locate(published(pointer)) : { pointer } };
  // A copy: `loaded.value` stays the source as read, for the lossless proof.
  const document = await runPasses(SOURCE_PASSES, structuredClone(source.loaded.value), { manifest, report, source, locate });
  return { ...source, document, locate };
}
