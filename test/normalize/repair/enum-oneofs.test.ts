/**
 * `oneOf` over enums that rejects valid values, rewritten by shape. The
 * given documents are Anchor's AnchorProxy shapes cut down: the proxy type
 * as copies of one enum, the country code as overlapping lists.
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../src/openapi/types.js';
import { enumOneOfs } from '../../../src/normalize/repair/enum-oneofs.js';
import { DocumentValidator } from '../../../src/schema-validator.js';
import { apiContext, expectPass, yaml, type Want } from '../given.js';

const TYPES = ['anchor_proxy', 'anchor_residential', 'anchor_mobile'];
/** Every branch is the whole enum, titled for one value: every value matches every branch. */
const PROXY_TYPE = `openapi: 3.1.0
components:
  schemas:
    AnchorProxy:
      type: object
      properties:
        type:
          description: The proxy type
          oneOf:
${TYPES.map((type) => `            - {title: ${type}, description: Uses ${type}, type: string, enum: [${TYPES.join(', ')}]}`).join('\n')}
`;
const LISTS = { ResidentialCountryCode: ['us', 'de', 'no'], MobileCountryCode: ['us', 'fr'], GovCountryCode: ['us', 'gb'] };
const COUNTRY_CODE = `openapi: 3.1.0
components:
  schemas:
    AnchorProxy:
      type: object
      properties:
        country_code:
          oneOf:
${Object.keys(LISTS).map((name) => `            - $ref: '#/components/schemas/${name}'`).join('\n')}
${Object.entries(LISTS).map(([name, codes]) => `    ${name}: {type: string, enum: [${codes.join(', ')}]}`).join('\n')}
`;
const TYPE_POINTER = '/components/schemas/AnchorProxy/properties/type';
const COUNTRY_POINTER = '/components/schemas/AnchorProxy/properties/country_code';

const CASES: Array<[string, { given: string; want: Want }]> = [
  [
    '(a) copies of one enum titled one value each become const branches keeping title and description',
    {
      given: PROXY_TYPE,
      want: {
        document: PROXY_TYPE.replace(/\{title: (\w+), description: (Uses \w+), type: string, enum: \[[^\]]*\]\}/g, '{const: $1, title: $1, description: $2, type: string}'),
        transformations: [{ kind: 'enum-identical-oneof-to-const', pointer: TYPE_POINTER, before: TYPES }],
      },
    },
  ],
  [
    '(a) copies whose titles do not name one value each become anyOf, every branch kept',
    {
      given: 'components: {schemas: {T: {oneOf: [{enum: [a, b], title: x}, {enum: [a, b], title: y}]}}}\n',
      want: {
        document: 'components: {schemas: {T: {anyOf: [{enum: [a, b], title: x}, {enum: [a, b], title: y}]}}}\n',
        transformations: [{ kind: 'enum-identical-oneof-to-anyof', pointer: '/components/schemas/T' }],
      },
    },
  ],
  [
    '(b) overlapping enums become anyOf over the same named lists',
    {
      given: COUNTRY_CODE,
      want: {
        document: COUNTRY_CODE.replace('oneOf:', 'anyOf:'),
        transformations: [{ kind: 'enum-overlapping-oneof-to-anyof', pointer: COUNTRY_POINTER }],
      },
    },
  ],
  ['disjoint enums and consts are left alone', { given: 'components: {schemas: {A: {oneOf: [{enum: [a]}, {enum: [b]}]}, B: {oneOf: [{const: 1}, {const: 2}]}}}\n', want: { document: 'components: {schemas: {A: {oneOf: [{enum: [a]}, {enum: [b]}]}, B: {oneOf: [{const: 1}, {const: 2}]}}}\n' } }],
  ['a oneOf of schemas without finite values is left to the ambiguity warning', { given: 'components: {schemas: {A: {oneOf: [{type: string}, {type: object}]}}}\n', want: { document: 'components: {schemas: {A: {oneOf: [{type: string}, {type: object}]}}}\n' } }],
];

describe('enum-oneofs pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectPass(enumOneOfs, yaml(given), apiContext(), want);
  });
});

describe('enum-oneofs pass: what validation then accepts', () => {
  const fixed = async (text: string): Promise<{ raw: DocumentValidator; fixed: DocumentValidator }> => {
    const document = yaml(text);
    const raw = new DocumentValidator(structuredClone(document));
    return { raw, fixed: new DocumentValidator(await enumOneOfs.run(document, apiContext())) };
  };

  it('(a) as published every proxy type fails; fixed, each matches once and a bogus one fails', async () => {
    const { raw, fixed: validator } = await fixed(PROXY_TYPE);
    for (const type of TYPES) expect(raw.validate(TYPE_POINTER, type)).not.toEqual([]);
    for (const type of TYPES) expect(validator.validate(TYPE_POINTER, type)).toEqual([]);
    expect(validator.validate(TYPE_POINTER, 'bogus')).not.toEqual([]);
  });

  it('(b) as published a shared code (us) fails; fixed, every code of every list passes, "no" stays a string, others fail', async () => {
    const { raw, fixed: validator } = await fixed(COUNTRY_CODE);
    expect(raw.validate(COUNTRY_POINTER, 'us')).not.toEqual([]);
    for (const code of new Set(Object.values(LISTS).flat())) expect(validator.validate(COUNTRY_POINTER, code), code).toEqual([]);
    expect((yaml(COUNTRY_CODE).components as { schemas: Record<string, JsonObject> }).schemas.ResidentialCountryCode!.enum).toContain('no');
    expect(validator.validate(COUNTRY_POINTER, 'zz')).not.toEqual([]);
    expect(validator.validate(COUNTRY_POINTER, false)).not.toEqual([]);
  });
});
