/**
 * The regular expressions of a document's schemas: `pattern`, and the keys
 * of `patternProperties`. They are ECMAScript (JSON Schema says so, and every
 * validator compiles them with the `u` flag), so one that is not fails its
 * source. Examples are checked against them on the linear-time engine of
 * src/safe-regex.ts; a valid pattern that engine cannot run (lookahead,
 * backreferences) is skipped there, and reported.
 */
import { SpecError } from '../../errors.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { toPointer } from '../../openapi/pointer.js';
import { compilePattern } from '../../safe-regex.js';
import type { Pass, PassContext } from '../pass.js';
import type { NormalizationReport } from '../report.js';
import { walkDocumentSchemas } from '../../openapi/schemas.js';

export interface SchemaPattern {
  /** Pointer of the `pattern` keyword, or of the `patternProperties` key. */
  pointer: string;
  source: string;
}

export function schemaPatterns(document: JsonObject): SchemaPattern[] {
  const found: SchemaPattern[] = [];
  walkDocumentSchemas(document, (schema, path) => {
    if (typeof schema.pattern === 'string') found.push({ pointer: toPointer([...path, 'pattern']), source: schema.pattern });
    if (isObject(schema.patternProperties)) {
      for (const key of Object.keys(schema.patternProperties)) found.push({ pointer: toPointer([...path, 'patternProperties', key]), source: key });
    }
  });
  return found;
}

export const patterns: Pass<PassContext> = {
  name: 'patterns',
  run(document, { locate }) {
    checkPatterns(document, locate);
    return document;
  },
};

/** Fails on the first pattern that is not an ECMAScript regular expression. */
export function checkPatterns(document: JsonObject, locate: PassContext['locate']): void {
  for (const { pointer, source } of schemaPatterns(document)) {
    const compiled = compilePattern(source);
    if (compiled.kind === 'invalid') {
      const { file, location } = locate(pointer);
      throw new SpecError(file, location, `invalid regular expression ${JSON.stringify(source)}: ${compiled.reason}`);
    }
  }
}

/** One warning per pattern that example validation has to skip. */
export function warnSkippedPatterns(document: JsonObject, report: NormalizationReport): void {
  for (const { pointer, source } of schemaPatterns(document)) {
    const compiled = compilePattern(source);
    if (compiled.kind !== 'linear') {
      report.warn({ kind: 'pattern-not-checked', pointer, message: `examples are not checked against ${JSON.stringify(source)}: ${compiled.reason}` });
    }
  }
}
