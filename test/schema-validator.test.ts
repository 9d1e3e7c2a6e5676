/**
 * The document validator reads schemas, never data: an example (of a
 * schema, a parameter, a header, a media type, an Example Object) or a
 * schema extension holding `$id` is not a schema resource (Box's metadata
 * examples, `"$id": "01234500-…"` in two places, failed the whole document
 * as "resolves to more than one schema").
 */
import { describe, expect, it } from 'vitest';
import { DocumentValidator } from '../src/schema-validator.js';
import { yaml } from './normalize/given.js';

const DATA_WITH_ID = `{$id: 'urn:same', $anchor: a1, nested: {$id: 'urn:same'}}`;

const PLACES: Array<[string, string]> = [
  ['a schema example, twice (Box)', `components: {schemas: {A: {type: object, example: ${DATA_WITH_ID}}, B: {type: object, example: ${DATA_WITH_ID}}}}`],
  ["a schema's examples", `components: {schemas: {A: {type: object, examples: [${DATA_WITH_ID}, ${DATA_WITH_ID}]}}}`],
  ['a schema extension', `components: {schemas: {A: {type: object, x-sample: ${DATA_WITH_ID}}, B: {type: object, x-sample: ${DATA_WITH_ID}}}}`],
  ["a parameter's, a media type's and a header's examples and Example Objects", `paths: {/a: {get: {parameters: [{name: q, in: query, schema: {type: string}, example: ${DATA_WITH_ID}}], responses: {'200': {description: OK, headers: {X: {schema: {type: string}, example: ${DATA_WITH_ID}}}, content: {application/json: {schema: {type: object}, examples: {one: {value: ${DATA_WITH_ID}}}}}}}}}}
components: {examples: {Two: {value: ${DATA_WITH_ID}}}, schemas: {A: {type: object}}}`],
];

describe('DocumentValidator', () => {
  it.each(PLACES)('an $id in %s is data: the document compiles and validates', (_name, body) => {
    const validator = new DocumentValidator(yaml(`openapi: 3.1.0\n${body}\n`));
    expect(validator.validate('/components/schemas/A', {})).toEqual([]);
    expect(validator.validate('/components/schemas/A', 1)).not.toEqual([]);
  });

  it('keeps what validates: a property named example (or x-…) is still required and typed, and the published document is not changed', () => {
    const document = yaml(`openapi: 3.1.0\ncomponents: {schemas: {A: {type: object, required: [example, x-b], properties: {example: {type: string}, x-b: {type: integer}}, example: {example: a, x-b: 1}}}}\n`);
    const before = structuredClone(document);
    const validator = new DocumentValidator(document);
    expect(validator.validate('/components/schemas/A', { example: 'a', 'x-b': 1 })).toEqual([]);
    expect(validator.validate('/components/schemas/A', { example: 1, 'x-b': 1 })).not.toEqual([]);
    expect(validator.validate('/components/schemas/A', { example: 'a' })).not.toEqual([]);
    expect(document).toEqual(before);
  });
});
