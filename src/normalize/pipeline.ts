/**
 * The normalize stage for one API: read every source the manifest lists,
 * convert each to OpenAPI 3.1, merge them in manifest order, apply overlays
 * and the manifest, fix the published quirks, validate. Each step is its
 * own module; this file only sequences them.
 */
import { join } from 'node:path';
import { SpecError } from '../errors.js';
import type { SourceDocument } from '../ingest/source.js';
import type { JsonObject } from '../openapi/types.js';
import { toPointer } from '../openapi/pointer.js';
import { displayPath, loadListedFile, type Manifest } from '../manifest.js';
import { applyManifest, securityRequirement } from './apply-manifest.js';
import { fixEnumOneOfs, warnAmbiguousOneOfs } from './enums.js';
import { fixInvalidExamples } from './examples.js';
import { checkLossless } from './lossless.js';
import { mergeDocuments, type MergeInput } from './merge.js';
import { convertMintlifyPage, isMintlifyPage } from './mintlify.js';
import { assignOperationIds } from './operation-ids.js';
import { orderDocument } from './order.js';
import { applyOverlay } from './overlays.js';
import { checkPatterns } from './patterns.js';
import { checkRefCycles } from './ref-cycles.js';
import { checkRefs } from './refs.js';
import { NormalizationReport } from './report.js';
import { operations } from '../openapi/operations.js';
import { validateDocument } from './validate.js';

export interface NormalizedApi {
  manifest: Manifest;
  document: JsonObject;
  report: NormalizationReport;
}

export async function normalizeApi(manifest: Manifest): Promise<NormalizedApi> {
  const report = new NormalizationReport(manifest.dir);
  const rawSources: JsonObject[] = [];
  const inputs: MergeInput[] = manifest.sources.map(({ file }) => {
    report.sources.push(file);
    const source = loadListedFile(manifest, file);
    rawSources.push(structuredClone(source.value));
    // A converted Mintlify page has other pointers than its YAML: name the page only.
    const sameShape = !isMintlifyPage(source.value);
    const where = (pointer: string) => ({ file: source.file, location: sameShape ? { ...source.locate(pointer), pointer } : { pointer } });
    return { file, document: toOpenApi(source, report), where };
  });
  let document = mergeDocuments(inputs, { renames: manifest.renames, security: securityRequirement(manifest) }, report);
  for (const overlayFile of manifest.overlays) {
    report.overlays.push(overlayFile);
    document = await applyOverlay(document, loadListedFile(manifest, overlayFile), report);
  }
  applyManifest(document, manifest, report);
  document = finishDocument(document, displayPath(join(manifest.dir, 'manifest.yaml')), report);
  await validateDocument(document, manifest.name, report, manifest.lint);
  proveLossless(rawSources, document, manifest, report);
  return { manifest, document, report };
}

/** Fails the run when any fact of a raw source is missing from the result. */
function proveLossless(rawSources: JsonObject[], document: JsonObject, manifest: Manifest, report: NormalizationReport): void {
  const { missing, checked } = checkLossless(rawSources, document, report);
  report.lossless = { checked, missing: missing.length };
  if (missing.length > 0) {
    const list = missing.slice(0, 5).map((fact) => `${fact.kind} ${fact.key.slice(0, 120)}`).join('; ');
    throw new SpecError(displayPath(join(manifest.dir, 'manifest.yaml')), {}, `normalization lost ${missing.length} of ${checked} facts of the sources: ${list}`);
  }
}

/** One source as OpenAPI 3.1: Mintlify pages converted, real documents checked. */
function toOpenApi(source: SourceDocument, report: NormalizationReport): JsonObject {
  const value = source.value;
  let document: JsonObject;
  if (isMintlifyPage(value)) {
    document = convertMintlifyPage(source, report);
  } else if (typeof value.swagger === 'string') {
    throw new SpecError(
      source.file,
      source.locate('/swagger'),
      `Swagger ${value.swagger} is not supported: convert it to OpenAPI 3.1 first (e.g. swagger2openapi, then set openapi: 3.1.0)`,
    );
  } else if (typeof value.openapi === 'string') {
    if (!/^3\.1\.\d+$/.test(value.openapi)) {
      throw new SpecError(source.file, source.locate('/openapi'), `OpenAPI ${value.openapi} is not supported: expected 3.1.x`);
    }
    document = structuredClone(value);
  } else {
    throw new SpecError(source.file, { line: source.locate('').line, pointer: '' }, 'not an OpenAPI document: expected `openapi: 3.1.x` or a Mintlify page with `paths.path` and `paths.method`');
  }
  const locate = isMintlifyPage(value) ? undefined : source.locate;
  checkRefs(document, source.file, locate);
  checkRefCycles(document, source.file, locate);
  checkPatterns(document, source.file, locate);
  applyPageMetadata(document, source, report);
  return document;
}

/**
 * A documentation page about one operation titles it (`# Run Task by Name`)
 * and leads with its description; they become the operation's summary and
 * description where the spec has none.
 */
function applyPageMetadata(document: JsonObject, source: SourceDocument, report: NormalizationReport): void {
  const all = [...operations(document)];
  if (all.length !== 1) return;
  const [{ path, method, operation }] = all as [(typeof all)[number]];
  const base = toPointer(['paths', path, method]);
  if (operation.summary === undefined && source.page.title) {
    operation.summary = source.page.title;
    report.record({ kind: 'page-title-to-summary', source: source.file, pointer: `${base}/summary`, reason: 'the page title names the operation' });
  }
  if (operation.description === undefined && source.page.lead) {
    operation.description = source.page.lead;
    report.record({ kind: 'page-lead-to-description', source: source.file, pointer: `${base}/description`, reason: 'the page lead describes the operation' });
  }
}

/**
 * The passes that apply to any single OpenAPI document, merged or already
 * normalized. Each is idempotent, so normalizing a normalized document
 * changes nothing.
 */
export function finishDocument(document: JsonObject, file: string, report: NormalizationReport): JsonObject {
  checkRefs(document, file);
  checkRefCycles(document, file);
  checkPatterns(document, file);
  fixEnumOneOfs(document, report);
  assignOperationIds(document, file, report);
  fixInvalidExamples(document, report);
  warnAmbiguousOneOfs(document, report);
  return orderDocument(document);
}
