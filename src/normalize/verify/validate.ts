/**
 * Validates a normalized document with Redocly's OpenAPI 3.1 linter
 * (`recommended` ruleset). Errors fail the run; warnings go to the report.
 */
import { BaseResolver, createConfig, lintDocument as redoclyLint, Source } from '@redocly/openapi-core';
import { SpecError } from '../../errors.js';
import type { JsonObject } from '../../openapi/types.js';
import { guardRedoclyTypes } from '../../redocly-types.js';
import type { Pass } from '../pass.js';
import type { NormalizationReport } from '../report.js';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  pointer: string;
  message: string;
}

/**
 * Rules from `recommended` that this toolchain decides differently,
 * each with the reason (also in the README).
 */
export type LintSeverity = 'off' | 'warn' | 'error';

export const RULE_OVERRIDES: Record<string, LintSeverity> = {
  // The vendors publish no license; inventing one would be wrong.
  'info-license': 'off',
  'info-license-strict': 'off',
};

/**
 * Redocly's example rules are off, whatever a manifest says. They run every
 * `pattern` of the document through its own Ajv on JavaScript's backtracking
 * RegExp, with no way to swap the engine: `^(a+)+$` against a 35-character
 * example would run for hours. The examples pass already validates every
 * media type, parameter and schema example with JSON Schema 2020-12
 * semantics on a linear-time engine, and reports each one it cannot fix.
 * (Redocly also read every subschema as closed, which misread `if`/`then`.)
 */
const EXAMPLE_RULES_OFF: Record<string, LintSeverity> = {
  'no-invalid-media-type-examples': 'off',
  'no-invalid-parameter-examples': 'off',
  'no-invalid-schema-examples': 'off',
};

/** `rules`: the manifest's own overrides (`lint:` in manifest.yaml), for quirks of one vendor. */
export async function lintDocument(document: JsonObject, name: string, rules: Record<string, LintSeverity> = {}): Promise<LintProblem[]> {
  guardRedoclyTypes();
  // Example values are data: Redocly walking them (to resolve `$ref` keys in
  // them) fell over keys such as `hasOwnProperty` in an example object.
  const config = await createConfig({
    extends: ['recommended'],
    rules: { ...RULE_OVERRIDES, ...rules, ...EXAMPLE_RULES_OFF },
    resolve: { doNotResolveExamples: true },
  } as never);
  // The parsed tree is linted as it is, not written to YAML and read back
  // (GitHub's API: 7 s of the round trip). A JSON copy, because Redocly's
  // walk keys what it has seen by object identity and must meet every
  // occurrence of an object the pipeline shares between places; the source
  // text is only read for line numbers, which this toolchain takes from
  // pointers instead.
  const text = JSON.stringify(document);
  const parsed = JSON.parse(text) as JsonObject;
  const problems = await redoclyLint({
    document: { source: new Source(`${name}/openapi.yaml`, text), parsed },
    config: config.styleguide,
    externalRefResolver: new BaseResolver(config.resolve),
  });
  return problems.map((problem) => ({
    ruleId: problem.ruleId,
    severity: problem.severity === 'error' ? 'error' : 'warn',
    pointer: problem.location[0]?.pointer?.replace(/^#/, '') ?? '',
    message: problem.message,
  }));
}

export const validation: Pass = {
  name: 'redocly',
  async run(document, { manifest, report }) {
    await validateDocument(document, manifest.name, report, manifest.lint);
    return document;
  },
};

async function validateDocument(document: JsonObject, name: string, report: NormalizationReport, rules: Record<string, LintSeverity> = {}): Promise<void> {
  const problems = await lintDocument(document, name, rules);
  const error = problems.find((problem) => problem.severity === 'error');
  if (error) {
    throw new SpecError(`${name}/openapi.yaml`, { pointer: error.pointer }, `invalid OpenAPI 3.1 (${error.ruleId}): ${error.message}`);
  }
  for (const problem of problems) {
    report.warn({ kind: `lint:${problem.ruleId}`, pointer: problem.pointer, message: problem.message });
  }
}
