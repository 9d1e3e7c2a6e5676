/**
 * Validates a normalized document with Redocly's OpenAPI 3.1 linter
 * (`recommended` ruleset) under this toolchain's lint policy: what makes the
 * document invalid or unusable fails the run (FATAL_RULES); Redocly's style
 * rules are warnings, recorded once per rule with a count and every pointer.
 */
import { BaseResolver, createConfig, lintDocument as redoclyLint, Source } from '@redocly/openapi-core';
import { SpecError } from '../../errors.js';
import type { JsonObject } from '../../openapi/types.js';
import { guardRedoclyTypes } from '../../redocly-types.js';
import { parsePointer, resolvePointer, toPointer } from '../../openapi/pointer.js';
import type { ApiContext, Located, Pass } from '../pass.js';
import { typeProblem } from '../sources/structure.js';
import type { LintWarning } from '../report.js';

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

/**
 * The lint policy: the rules whose problems make a document invalid OpenAPI
 * 3.1 or unusable for a client, each a MUST of the specification. They fail
 * the run; every other rule of `recommended` (summaries, operationIds, 4xx
 * responses, licence, ambiguous paths, trailing slashes, enum types…) only
 * warns, whatever severity `recommended` gives it: a real vendor document
 * without a summary still makes a working client. A manifest's `lint:`
 * overrides both ways, rule by rule.
 */
export const FATAL_RULES: Record<string, string> = {
  struct: 'the OpenAPI 3.1 schema',
  'no-unresolved-refs': 'a $ref that resolves to nothing',
  'operation-operationId-unique': 'two operations with one operationId',
  'path-parameters-defined': 'a path template parameter not declared (or a declared one not in the path)',
  'path-declaration-must-exist': 'an empty path template `{}`',
  'no-identical-paths': 'two paths identical but for their parameter names',
  'operation-parameters-unique': 'one parameter declared twice in an operation',
  'security-defined': 'a security requirement naming no declared scheme',
  'spec-components-invalid-map-name': 'a component name OpenAPI does not allow',
  'no-undefined-server-variable': 'a server URL variable not declared',
  'no-server-variables-empty-enum': 'a server variable with an empty enum',
  'no-example-value-and-externalValue': 'an example with both value and externalValue',
};

/**
 * Problems a fatal rule also reports that are style, not validity.
 * `security-defined` reports both a requirement naming no scheme (a client
 * cannot meet it) and an operation with no security at all, which is how a
 * public API (Docker's, the Petstore) says it needs no credentials.
 */
const STYLE_PROBLEMS_OF_FATAL_RULES: Record<string, RegExp> = {
  'security-defined': /^Every operation should have security defined/,
};

/** The severity the policy gives a problem of `ruleId` (with its `message`), unless the manifest says otherwise. */
export function policySeverity(ruleId: string, manifestRules: Record<string, LintSeverity> = {}, message = ''): 'error' | 'warn' {
  const chosen = manifestRules[ruleId];
  if (chosen === 'error' || chosen === 'warn') return chosen;
  return Object.hasOwn(FATAL_RULES, ruleId) && !STYLE_PROBLEMS_OF_FATAL_RULES[ruleId]?.test(message) ? 'error' : 'warn';
}

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
    severity: policySeverity(problem.ruleId, rules, problem.message),
    pointer: problem.location[0]?.pointer?.replace(/^#/, '') ?? '',
    message: problem.message,
  }));
}

export const validation: Pass = {
  name: 'redocly',
  async run(document, context) {
    await validateDocument(document, context, context.manifest.lint);
    return document;
  },
};

async function validateDocument(document: JsonObject, context: ApiContext, rules: Record<string, LintSeverity> = {}): Promise<void> {
  const { manifest, report } = context;
  const problems = await lintDocument(document, manifest.name, rules);
  const error = problems.find((problem) => problem.severity === 'error');
  if (error) {
    const { file, location } = locateInSources(error.pointer, context);
    // A value of the wrong type that no source had (an overlay's, a converted Mintlify page's) is worded as the structure pass words it.
    const reason = (error.ruleId === 'struct' ? typeProblem(error.message, error.pointer, document) : undefined) ?? error.message;
    throw new SpecError(file, { ...location, pointer: error.pointer }, `invalid OpenAPI 3.1 (${error.ruleId}): ${reason}`);
  }
  for (const warning of warningsByRule(problems)) report.warn(warning);
}

/**
 * The raw source a pointer of the normalized document came from, with the
 * line of the deepest part of it that source holds (the normalized document
 * is a temporary file no one can open): the first source, in merge order,
 * holding the longest prefix of at least two tokens (a path item, a
 * component); the manifest when no source holds one (an overlay, the
 * manifest's own settings).
 */
export function locateInSources(pointer: string, context: Pick<ApiContext, 'sources' | 'locate'>): Located {
  const tokens = parsePointer(pointer);
  for (let length = tokens.length; length >= 2; length--) {
    const prefix = toPointer(tokens.slice(0, length));
    const source = context.sources.find((candidate) => resolvePointer(candidate.document, prefix) !== undefined);
    if (source) return source.locate(prefix);
  }
  return context.locate(pointer);
}

/**
 * One warning per rule, in the order the rules first occur: the first
 * problem's pointer and message, the count, and every pointer (a rule
 * broken by each of 300 operations is one entry, not 300).
 */
export function warningsByRule(problems: LintProblem[]): LintWarning[] {
  const byRule = new Map<string, LintWarning>();
  for (const problem of problems) {
    const kind = `lint:${problem.ruleId}` as const;
    const seen = byRule.get(kind);
    if (seen) {
      seen.count += 1;
      seen.pointers.push(problem.pointer);
    } else {
      byRule.set(kind, { kind, pointer: problem.pointer, message: problem.message, count: 1, pointers: [problem.pointer] });
    }
  }
  return [...byRule.values()];
}
