/**
 * JSON Schema 2020-12 validation of values against schemas inside an
 * OpenAPI 3.1 document (Ajv 2020 + ajv-formats). The document is registered
 * as one schema resource so local `$ref`s resolve as they do in OpenAPI.
 * Patterns come from the document, so Ajv runs them on the linear-time
 * engine of src/safe-regex.ts; one that engine cannot run matches anything
 * here (it is skipped, and the examples pass warns about it).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import addFormatsModule from 'ajv-formats';
import type { JsonObject } from './openapi/types.js';
import { visitDocument } from './openapi/visit.js';
import { compilePattern, type LinearRegex } from './safe-regex.js';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const DOCUMENT_ID = 'urn:openapi:document';

/** Ajv's `code.regExp`: every `pattern` and `patternProperties` key goes through RE2JS. */
function linearRegExpEngine(): RegExpEngine {
  const compiled = new Map<string, LinearRegex & { toString(): string }>();
  const engine = (pattern: string): LinearRegex => {
    let regex = compiled.get(pattern);
    if (!regex) {
      const result = compilePattern(pattern);
      const test = result.kind === 'linear' ? (input: string) => result.regex.test(input) : () => true;
      // Ajv keys its compiled patterns by toString(), as a RegExp prints its source.
      regex = { test, toString: () => pattern };
      compiled.set(pattern, regex);
    }
    return regex;
  };
  // `code` names the engine in Ajv's standalone output, which is not used here.
  return Object.assign(engine, { code: 'require("re2js")' });
}

/**
 * Ajv could not compile the schema at `pointer`: its code generator
 * recurses once per branch, so a `oneOf` of 10,000 branches overflows the
 * stack. Such a schema cannot be used for validation here.
 */
export class SchemaNotCompiled extends Error {
  constructor(readonly pointer: string, cause: unknown) {
    super(`the validator cannot compile the schema at ${pointer}: ${String((cause as Error)?.message ?? cause).split('\n')[0]}`);
    this.name = 'SchemaNotCompiled';
  }
}

/**
 * A copy of the document for Ajv without the values that are data, never
 * schemas: examples (a schema's, a parameter's, a header's, a media type's,
 * an Example Object's `value`) and schema extensions. Ajv reads every key it
 * does not know as if it could hold a schema, so an example carrying an
 * `$id` (Box's metadata examples, `"$id": "01234500-…"`, twice) was taken
 * for a schema resource and failed the whole document as ambiguous. None of
 * these values takes part in validation.
 */
function withoutData(document: JsonObject): JsonObject {
  const copy = structuredClone(document);
  const dropExamples = (node: JsonObject) => {
    delete node.example;
    delete node.examples;
  };
  visitDocument(copy, {
    Schema(schema) {
      dropExamples(schema);
      for (const key of Object.keys(schema)) if (key.startsWith('x-')) delete schema[key];
    },
    Parameter: dropExamples,
    Header: dropExamples,
    MediaType: dropExamples,
    Example(example) {
      delete example.value;
    },
  });
  return copy;
}

export class DocumentValidator {
  private readonly ajv: Ajv2020;
  /** Compiled once per pointer, failures too (a failed compile can take seconds). */
  private readonly cache = new Map<string, ValidateFunction | SchemaNotCompiled>();

  constructor(document: JsonObject) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      verbose: true,
      validateSchema: false,
      discriminator: false,
      // An example's `constructor` or `toString` is only there when the example says so.
      ownProperties: true,
      code: { regExp: linearRegExpEngine() },
      // Ajv printed a line per unknown `format` (`float64`, `token`…) on stderr, twice each: a
      // run's output is its own summary and one-line errors. Unknown formats are annotations.
      logger: false,
    });
    addFormats(this.ajv);
    // OpenAPI's own keywords are annotations for validation purposes.
    for (const keyword of ['example', 'xml', 'externalDocs', 'discriminator']) this.ajv.addKeyword(keyword);
    this.ajv.addSchema(withoutData(document), DOCUMENT_ID);
  }

  /** Errors of `value` against the schema at `pointer` (empty when valid); throws SchemaNotCompiled. */
  validate(pointer: string, value: unknown): ErrorObject[] {
    let validate = this.cache.get(pointer);
    if (!validate) {
      try {
        validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${encodeURI(pointer)}` });
      } catch (error) {
        validate = new SchemaNotCompiled(pointer, error);
      }
      this.cache.set(pointer, validate);
    }
    if (validate instanceof SchemaNotCompiled) throw validate;
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }
}

export type { ErrorObject };
