import { relative, resolve, sep } from 'node:path';
import type { BundledSource } from '../ingest/bundle.js';
import type { JsonPrimitive } from '../openapi/types.js';
import type { Disagreement } from './assemble/supersede.js';

/**
 * What normalization did to one API: every intentional transformation (with
 * the reason, so the lossless check can tell a fix from a loss) and every
 * warning, each anchored by a JSON pointer.
 *
 * Each kind of transformation is its own entry type, carrying the fields
 * that kind needs (`before`/`after` where the change can be undone), so a
 * reader such as the lossless proof selects entries by type. A new pass
 * adds its entry types here. The JSON report lists entries as recorded, in
 * the order their fields are written.
 */
interface Entry<Kind extends string> {
  kind: Kind;
  /** Source file the transformed value came from, when known. */
  source?: string;
  /** Pointer in the normalized document (or the source, when the value is gone). */
  pointer: string;
  reason: string;
}

/**
 * ingest/bundle.ts: an external `$ref` of a multi-file source, bundled:
 * `pointer` is the `$ref`'s in `source` (the file holding it), `before` the
 * reference as written, `after` the component it now names (absent when the
 * referenced value was inlined: path items, and `content: {$ref}`, a whole
 * Content map in another file, which is not OpenAPI but vendors ship it).
 */
export interface ExternalRefBundled extends Entry<'external-ref-to-component' | 'external-ref-inlined' | 'external-content-map-inlined'> {
  source: string;
  before: string;
  after?: string;
}

/** sources/mintlify.ts: the page rewritten as OpenAPI, and each one-member `allOf` unwrapped. */
export interface MintlifyConverted extends Entry<'mintlify-to-openapi' | 'mintlify-unwrap-allof'> {
  source: string;
}

/** sources/page-metadata.ts: the page's title and lead as the operation's summary and description. */
export interface PageMetadataApplied extends Entry<'page-title-to-summary' | 'page-lead-to-description'> {
  source: string;
}

/**
 * assemble/security.ts: a source's own document-level requirement, replaced
 * by the manifest's (the kind keeps the name it had when the merge recorded it).
 */
export interface DocumentSecurityReplaced extends Entry<'merge-document-security-replaced'> {
  source: string;
  before: unknown;
}

/** assemble/security.ts: a source's document-level requirement written onto its operations, as the sources' requirements differ. */
export interface DocumentSecurityToOperations extends Entry<'document-security-to-operations'> {
  source: string;
  before: unknown;
}

/** assemble/auth-scheme.ts: a security requirement naming a scheme nothing defines, dropped; `pointer` is where it was. */
export interface SecurityRequirementDropped extends Entry<'security-requirement-dropped'> {
  before: unknown;
}

/** assemble/merge.ts: a component that two sources define alike, or that the manifest renames. */
export interface ComponentMerged extends Entry<'merge-identical-component-collapsed' | 'merge-component-renamed'> {
  source: string;
}

/**
 * assemble/merge.ts: a definition (operation, path item field, component,
 * root field) a source gives that the manifest's winning source
 * (`wins: true`) gives differently: the winner's is kept, this one is
 * superseded. `before` is this source's definition (after its source
 * passes), `disagreements` what differs (at most MAX_LISTED, `count` all):
 * documentation drift between the vendor's pages and its document.
 */
export interface DefinitionSuperseded extends Entry<'source-definition-superseded'> {
  source: string;
  winner: string;
  before: unknown;
  count: number;
  disagreements: Disagreement[];
}

export function isDefinitionSuperseded(transformation: Transformation): transformation is DefinitionSuperseded {
  return transformation.kind === 'source-definition-superseded';
}

/** assemble/overlays.ts: one overlay action; `pointer` is into the overlay. */
export interface OverlayActionApplied extends Entry<'overlay-update' | 'overlay-remove'> {
  source: string;
}

/** assemble/manifest.ts: the published title, replaced by the manifest's. */
export interface TitleReplaced extends Entry<'manifest-title'> {
  before: unknown;
}

/** assemble/manifest.ts: operation servers that only repeat the document's, removed. */
export interface OperationServersUnified extends Entry<'operation-servers-unified'> {
  before: unknown;
}

/** assemble/manifest.ts: an untagged operation, tagged by a manifest rule (or `default`). */
export type OperationTagged = Entry<'operation-tagged'>;

/** repair/enum-oneofs.ts: a `oneOf` over enums that rejected valid values, rewritten. */
export type EnumOneOfRewritten = Entry<'enum-overlapping-oneof-to-anyof' | 'enum-identical-oneof-to-anyof'>;

/** repair/enum-oneofs.ts: copies of one enum, one branch per value; `before` lists the values. */
export interface EnumOneOfToConsts extends Entry<'enum-identical-oneof-to-const'> {
  before: JsonPrimitive[];
}

/** repair/operation-ids.ts: an operationId derived from the summary, or from method and path (operation-names.ts). */
export type OperationIdDerived = Entry<'operation-id-derived'>;

/** repair/operation-ids.ts: a derived name another operation had, qualified with the path or numbered; `before` is the name wanted. */
export interface OperationIdQualified extends Entry<'operation-id-qualified'> {
  before: string;
  after: string;
}

/** repair/operation-ids.ts: an operationId the manifest's `operationNames` gives; `before` is the published one, if any. */
export interface OperationIdFromManifest extends Entry<'operation-id-from-manifest'> {
  before?: string;
  after: string;
}

/** repair/examples.ts: an optional example value that broke its schema, dropped. */
export interface ExampleValueDropped extends Entry<'example-invalid-value-dropped'> {
  before: unknown;
}

/** repair/examples.ts: a required example value that broke its schema, replaced by a sampled one. */
export interface ExampleValueReplaced extends Entry<'example-invalid-value-replaced'> {
  before: unknown;
  after: unknown;
}

/** repair/discriminators.ts: mapping entries derived from each referenced branch's one value; `after` lists the added ones. */
export interface DiscriminatorMappingDerived extends Entry<'discriminator-mapping-derived'> {
  after: Record<string, string>;
}

/**
 * repair/path-keys.ts: an operation that now lives under another path key
 * (fragment dropped, query string made parameters, parameter names unified).
 * `from` and `to` are `"<METHOD> <path key>"`; `renamed` maps old path
 * parameter names to new ones. The lossless proof finds the operation's
 * facts under `to`.
 */
export interface PathOperationMoved extends Entry<'path-operation-moved'> {
  from: string;
  to: string;
  renamed: Record<string, string>;
}

/** repair/path-keys.ts: an operation merged into another on the same route; `before` is it as published. */
export interface PathOperationsMerged extends Entry<'path-operations-merged'> {
  from: string;
  to: string;
  renamed: Record<string, string>;
  before: unknown;
}

/** repair/operation-id-characters.ts: an operationId the type generator would not keep as published; `before` is it. */
export interface OperationIdRewritten extends Entry<'operation-id-rewritten'> {
  before: string;
  after: string;
}

/** A change to an example value, which the lossless proof undoes to find the published example. */
/** repair/examples.ts: a generated placeholder (Mintlify's `<string>`) in an example, dropped where optional. */
export interface ExamplePlaceholderDropped extends Entry<'example-placeholder-dropped'> {
  before: unknown;
}

/** repair/examples.ts: a generated placeholder in an example, replaced by a value sampled from the schema. */
export interface ExamplePlaceholderReplaced extends Entry<'example-placeholder-replaced'> {
  before: unknown;
  after: unknown;
}

export type ExampleFix = ExampleValueDropped | ExampleValueReplaced | ExamplePlaceholderDropped | ExamplePlaceholderReplaced;

/** sources/openapi-version.ts: a Swagger 2.0 or OpenAPI 3.0 source, now OpenAPI 3.1 (`before` is its version). */
export interface VersionUpgraded extends Entry<'swagger-2-to-openapi-3.1' | 'openapi-3.0-to-3.1'> {
  source: string;
  before: string;
  after: string;
}

/** sources/nullable.ts: `nullable`/`x-nullable` said in 3.1's words; `before` holds the removed keywords. */
export interface NullableRewritten extends Entry<'nullable-to-type-null' | 'nullable-to-null-branch' | 'nullable-already-allowed' | 'nullable-false-removed'> {
  source: string;
  before: Record<string, boolean>;
}

/** sources/exclusive-bounds.ts: a boolean exclusive bound as a number, or removed; `before` holds the keywords as published. */
export interface ExclusiveBoundRewritten extends Entry<'exclusive-bound-to-number' | 'exclusive-bound-removed'> {
  source: string;
  before: Record<string, unknown>;
}

/** sources/tuple-items.ts: a list as `items` (a tuple before JSON Schema 2020-12) as `prefixItems`; `before` holds `items` and `additionalItems` as published. */
export interface TupleItemsRewritten extends Entry<'tuple-items-to-prefix-items' | 'tuple-items-empty-removed'> {
  source: string;
  before: Record<string, unknown>;
}

/** sources/ref-siblings.ts: a schema `$ref` moved into `allOf` beside its sibling assertions (`before` names them). */
export interface RefSiblingsRewritten extends Entry<'ref-siblings-to-allof'> {
  source: string;
  before: string[];
}

/** sources/schema-keywords.ts: an unknown schema keyword renamed, to its JSON Schema equivalent or an `x-` extension. */
export interface SchemaKeywordRenamed extends Entry<'schema-keyword-to-standard' | 'schema-keyword-to-extension' | 'required-flag-to-list'> {
  source: string;
  before: string;
  after: string;
}

/** sources/singular-example.ts: an `example` beside `examples`, moved into the map (`pointer` is its new place). */
export interface ExampleMoved extends Entry<'example-beside-examples-moved'> {
  source: string;
}

export type Transformation =
  | ExternalRefBundled
  | MintlifyConverted
  | PageMetadataApplied
  | DocumentSecurityReplaced
  | DocumentSecurityToOperations
  | SecurityRequirementDropped
  | ComponentMerged
  | DefinitionSuperseded
  | OverlayActionApplied
  | TitleReplaced
  | OperationServersUnified
  | OperationTagged
  | EnumOneOfRewritten
  | EnumOneOfToConsts
  | OperationIdDerived
  | OperationIdQualified
  | OperationIdFromManifest
  | ExampleFix
  | VersionUpgraded
  | NullableRewritten
  | ExclusiveBoundRewritten
  | TupleItemsRewritten
  | RefSiblingsRewritten
  | SchemaKeywordRenamed
  | ExampleMoved
  | DiscriminatorMappingDerived
  | PathOperationMoved
  | PathOperationsMerged
  | OperationIdRewritten;

const EXAMPLE_FIX_KINDS: ReadonlySet<Transformation['kind']> = new Set<ExampleFix['kind']>(['example-invalid-value-dropped', 'example-invalid-value-replaced', 'example-placeholder-dropped', 'example-placeholder-replaced']);

export function isExampleFix(transformation: Transformation): transformation is ExampleFix {
  return EXAMPLE_FIX_KINDS.has(transformation.kind);
}

/** An operation that path-keys.ts moved or merged: the lossless proof follows it to its new route. */
export type PathOperationMove = PathOperationMoved | PathOperationsMerged;

const PATH_OPERATION_MOVE_KINDS: ReadonlySet<Transformation['kind']> = new Set<PathOperationMove['kind']>(['path-operation-moved', 'path-operations-merged']);

export function isPathOperationMove(transformation: Transformation): transformation is PathOperationMove {
  return PATH_OPERATION_MOVE_KINDS.has(transformation.kind);
}

export type Warning = PassWarning | LintWarning;

export interface PassWarning {
  kind:
    | 'info-version-missing'
    | 'operation-untagged'
    | 'pattern-not-checked'
    | 'example-not-checked'
    | 'example-invalid'
    | 'example-placeholder-kept'
    | 'guide-call-invalid'
    | 'guide-example-invalid'
    | 'oneof-may-overlap'
    | 'discriminator-value-unknown'
    | 'discriminator-value-shared'
    | 'path-key-setting-unused'
    | 'security-scheme-undefined'
    | 'security-scheme-unsupported';
  pointer: string;
  message: string;
}

/** A Redocly rule that warns, once per rule: the first problem's pointer and message, the count and every pointer. */
export interface LintWarning {
  kind: `lint:${string}`;
  pointer: string;
  message: string;
  count: number;
  pointers: string[];
}

export class NormalizationReport {
  /**
   * @param apiDir the API folder: sources are recorded relative to it, so
   *   the report does not depend on where the specs folder lives.
   */
  constructor(private readonly apiDir?: string) {}

  readonly sources: string[] = [];
  readonly overlays: string[] = [];
  readonly transformations: Transformation[] = [];
  readonly warnings: Warning[] = [];
  /** Multi-file sources: each file their references name, and what became of the references. */
  readonly bundles: Array<{ source: string; files: Array<{ file: string; bytes: number }>; refs: { toComponent: number; inlined: number; contentMaps: number } }> = [];
  /** How many facts of the sources the lossless check found in the result. */
  lossless: { checked: number; missing: number; superseded?: number } = { checked: 0, missing: 0 };

  record(transformation: Transformation): void {
    const entry = transformation.source ? { ...transformation, source: this.apiRelative(transformation.source) } : transformation;
    this.transformations.push(isDefinitionSuperseded(entry) ? { ...entry, winner: this.apiRelative(entry.winner) } : entry);
  }

  /** Display paths (cwd-relative or absolute) of files in the API folder become folder-relative; others are kept. */
  private apiRelative(source: string): string {
    const absolute = resolve(source);
    return this.apiDir && absolute.startsWith(resolve(this.apiDir) + sep) ? relative(this.apiDir, absolute) : source;
  }

  /** Records a source's bundled files and each external `$ref` (nothing for a single-file source). */
  recordBundle(source: BundledSource): void {
    if (!source.bundle) return;
    const refs = { toComponent: 0, inlined: 0, contentMaps: 0 };
    for (const { file, pointer, ref, placed, contentMap } of source.bundle.refs) {
      const kind = contentMap ? 'external-content-map-inlined' : placed === 'inlined' ? 'external-ref-inlined' : 'external-ref-to-component';
      refs[contentMap ? 'contentMaps' : placed === 'inlined' ? 'inlined' : 'toComponent']++;
      const reason = contentMap
        ? 'content: {$ref} names a whole Content map in another file (not OpenAPI): the map is written in place'
        : placed === 'inlined'
          ? 'the referenced value has no component kind (a path item): written in place'
          : 'the referenced value from another file became a component';
      this.record({ kind, source: file, pointer, reason, before: ref, ...(placed === 'inlined' ? {} : { after: placed }) });
    }
    const files = source.bundle.files.map(({ file, bytes }) => ({ file: this.apiRelative(file), bytes }));
    this.bundles.push({ source: this.apiRelative(source.file), files, refs });
  }

  warn(warning: Warning): void {
    this.warnings.push(warning);
  }

  /** Fix counts by kind, in a stable (alphabetical) order. */
  fixCounts(): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const { kind } of this.transformations) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  }

  /** Where the pages and the winning document disagree: per superseded definition, its pointer and how many disagreements. */
  documentationDrift(): { disagreements: number; definitions: Array<{ source: string; winner: string; pointer: string; disagreements: number }> } {
    const definitions = this.transformations.filter(isDefinitionSuperseded).map(({ source, winner, pointer, count }) => ({ source, winner, pointer, disagreements: count }));
    return { disagreements: definitions.reduce((sum, { disagreements }) => sum + disagreements, 0), definitions };
  }

  toJSON(): object {
    return {
      sources: this.sources,
      overlays: this.overlays,
      // Only multi-file APIs have the key: single-file reports stay as they were.
      ...(this.bundles.length > 0 ? { bundles: this.bundles } : {}),
      fixes: Object.fromEntries(this.fixCounts()),
      // Only APIs whose manifest names a winning source have the key.
      ...(this.transformations.some(isDefinitionSuperseded) ? { documentationDrift: this.documentationDrift() } : {}),
      lossless: this.lossless,
      transformations: this.transformations,
      warnings: this.warnings,
    };
  }
}
