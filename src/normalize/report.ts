import { relative, resolve, sep } from 'node:path';
import type { JsonPrimitive } from '../openapi/types.js';

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

/** assemble/merge.ts: a component that two sources define alike, or that the manifest renames. */
export interface ComponentMerged extends Entry<'merge-identical-component-collapsed' | 'merge-component-renamed'> {
  source: string;
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

/** repair/operation-ids.ts: an operationId derived from method and path. */
export type OperationIdDerived = Entry<'operation-id-derived'>;

/** repair/examples.ts: an optional example value that broke its schema, dropped. */
export interface ExampleValueDropped extends Entry<'example-invalid-value-dropped'> {
  before: unknown;
}

/** repair/examples.ts: a required example value that broke its schema, replaced by a sampled one. */
export interface ExampleValueReplaced extends Entry<'example-invalid-value-replaced'> {
  before: unknown;
  after: unknown;
}

/** A change to an example value, which the lossless proof undoes to find the published example. */
export type ExampleFix = ExampleValueDropped | ExampleValueReplaced;

export type Transformation =
  | MintlifyConverted
  | PageMetadataApplied
  | DocumentSecurityReplaced
  | ComponentMerged
  | OverlayActionApplied
  | TitleReplaced
  | OperationServersUnified
  | OperationTagged
  | EnumOneOfRewritten
  | EnumOneOfToConsts
  | OperationIdDerived
  | ExampleFix;

const EXAMPLE_FIX_KINDS: ReadonlySet<Transformation['kind']> = new Set<ExampleFix['kind']>(['example-invalid-value-dropped', 'example-invalid-value-replaced']);

export function isExampleFix(transformation: Transformation): transformation is ExampleFix {
  return EXAMPLE_FIX_KINDS.has(transformation.kind);
}

export type Warning = PassWarning | LintWarning;

export interface PassWarning {
  kind:
    | 'info-version-missing'
    | 'operation-untagged'
    | 'pattern-not-checked'
    | 'example-not-checked'
    | 'example-invalid'
    | 'oneof-may-overlap';
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
  /** How many facts of the sources the lossless check found in the result. */
  lossless: { checked: number; missing: number } = { checked: 0, missing: 0 };

  record(transformation: Transformation): void {
    this.transformations.push(transformation.source ? { ...transformation, source: this.apiRelative(transformation.source) } : transformation);
  }

  /** Display paths (cwd-relative or absolute) of files in the API folder become folder-relative; others are kept. */
  private apiRelative(source: string): string {
    const absolute = resolve(source);
    return this.apiDir && absolute.startsWith(resolve(this.apiDir) + sep) ? relative(this.apiDir, absolute) : source;
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

  toJSON(): object {
    return {
      sources: this.sources,
      overlays: this.overlays,
      fixes: Object.fromEntries(this.fixCounts()),
      lossless: this.lossless,
      transformations: this.transformations,
      warnings: this.warnings,
    };
  }
}
