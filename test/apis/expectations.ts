/**
 * What the tests expect of one API in particular, beyond what holds for
 * every API. Each API may have `test/apis/<api>/expectations.ts` exporting
 * `expectations`; every field is optional. A generic test runs its generic
 * checks on every API, and the matching expectation as well where one is
 * given: an API without the file (a folder just added under specs/) still
 * goes through every generic test.
 */
export interface ApiExpectations {
  /** The manifest's security scheme, as the vendor documents it (test/specs.test.ts). */
  securityScheme?: Record<string, unknown>;
  /** How many raw files the manifest gives an upstream copy in ../shared/seeds (test/specs.test.ts). */
  seededFiles?: number;
  /** Every operation's operationId, by `METHOD /path`, exactly (test/pipeline.test.ts). */
  operationIds?: Record<string, string>;
  /** The Redocly rules whose warnings are accepted for this API, exactly; [] for none (test/pipeline.test.ts). */
  lintWarnings?: string[];
  /** The example repairs normalization makes, exactly, in report order (test/pipeline.test.ts). */
  exampleFixes?: Array<{ kind: string; pointer: string; before: unknown; after?: unknown }>;
  /** The lossless proof finds at least this many facts of the raw inputs (test/pipeline.test.ts). */
  losslessFactsAtLeast?: number;
  /**
   * The README's example program for this API (test/packages.test.ts compiles it against the packed
   * package and runs it against Prism; test/readme.test.ts finds it verbatim in the README).
   */
  example?: {
    /** Relative to the repository root, e.g. `examples/browseract.ts`. */
    file: string;
    /** Its stdout, parsed as JSON. */
    stdout: unknown;
    stderr: RegExp;
  };
  /**
   * The client features' example program (the README shows it verbatim): compiled against the
   * packed package and run against Prism like the README's example (test/packages.test.ts).
   */
  featuresExample?: {
    file: string;
    stdout: unknown;
    stderr: RegExp;
  };
  /**
   * The consumer program the size budget is measured on, relative to the repository root (default:
   * the example, else the generic program calling every operation) (test/packages.test.ts).
   */
  sizeBudgetProgram?: string;
}
