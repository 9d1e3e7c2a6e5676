import { relative, resolve, sep } from 'node:path';

/**
 * What normalization did to one API: every intentional transformation (with
 * the reason, so the lossless check can tell a fix from a loss) and every
 * warning, each anchored by a JSON pointer.
 */
export interface Transformation {
  /** Short stable name of the fix, e.g. `mintlify-unwrap-allof`. */
  kind: string;
  /** Source file the transformed value came from, when known. */
  source?: string;
  /** Pointer in the normalized document (or the source, when the value is gone). */
  pointer: string;
  reason: string;
  /** The value that was removed or replaced, for the lossless check. */
  before?: unknown;
  after?: unknown;
}

export interface Warning {
  kind: string;
  pointer: string;
  message: string;
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
