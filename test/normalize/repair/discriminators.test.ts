/**
 * Discriminator mappings derived by shape. The first case is Anchor's
 * CredentialData as published; the others vary where the value comes from
 * (const, enum of one, a `$ref`'d enum, an `allOf` parent), where the
 * discriminator sits (nested in an operation's body, on `anyOf`, on an
 * inheritance parent) and what a published mapping already says.
 */
import { describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import { discriminators } from '../../../src/normalize/repair/discriminators.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { apiContext, expectPass, yaml, type Want } from '../given.js';

const ref = (name: string) => `'#/components/schemas/${name}'`;
/** A component `name` whose `type` property is `typeSchema` (YAML flow). */
const credential = (name: string, typeSchema: string) => `    ${name}: {title: ${name.toLowerCase()}, type: object, required: [type], properties: {type: ${typeSchema}, secret: {type: string}}}`;
const document = (discriminated: string, ...components: string[]) => `openapi: 3.1.0
components:
  schemas:
    CredentialData:
${discriminated}
${components.join('\n')}
`;
const ONE_OF = (...names: string[]) => `      oneOf: [${names.map((name) => `{$ref: ${ref(name)}}`).join(', ')}]`;
const DISCRIMINATOR = (mapping = '') => `      discriminator: {propertyName: type${mapping}}`;
const MAPPING_POINTER = '/components/schemas/CredentialData/discriminator/mapping';

const ANCHOR = document(
  `${ONE_OF('UsernamePasswordCredential', 'AuthenticatorCredential', 'CustomCredential')}\n${DISCRIMINATOR()}`,
  credential('UsernamePasswordCredential', '{type: string, enum: [username_password], description: Credential type}'),
  credential('AuthenticatorCredential', '{type: string, enum: [authenticator], description: Credential type}'),
  credential('CustomCredential', '{type: string, enum: [custom], description: Credential type}'),
);
const withMapping = (given: string, entries: Record<string, string>) =>
  given.replace(DISCRIMINATOR(), DISCRIMINATOR(`, mapping: {${Object.entries(entries).map(([value, name]) => `${value}: ${name.includes('/') ? `'${name}'` : name}`).join(', ')}}`));
const target = (name: string) => `#/components/schemas/${name}`;

const CASES: Array<[string, { given: string; want: Want }]> = [
  [
    "Anchor's CredentialData: each branch's one enum value maps to the branch's $ref",
    {
      given: ANCHOR,
      want: {
        document: withMapping(ANCHOR, { username_password: target('UsernamePasswordCredential'), authenticator: target('AuthenticatorCredential'), custom: target('CustomCredential') }),
        transformations: [{ kind: 'discriminator-mapping-derived', pointer: MAPPING_POINTER, after: { username_password: target('UsernamePasswordCredential'), authenticator: target('AuthenticatorCredential'), custom: target('CustomCredential') } }],
      },
    },
  ],
  (() => {
    const given = document(`${ONE_OF('Cat', 'Dog')}\n${DISCRIMINATOR()}`, credential('Cat', '{const: cat}'), credential('Dog', '{type: string, enum: [dog]}'));
    return ['a const and an enum of one value are both a branch\'s value', { given, want: { document: withMapping(given, { cat: target('Cat'), dog: target('Dog') }), transformations: [{ kind: 'discriminator-mapping-derived', after: { cat: target('Cat'), dog: target('Dog') } }] } }];
  })(),
  (() => {
    const given = document(`${ONE_OF('Integration')}\n${DISCRIMINATOR()}`, credential('Integration', `{$ref: ${ref('IntegrationType')}}`), '    IntegrationType: {type: string, enum: [1PASSWORD]}');
    return ['the value is read through a $ref to an enum component (Anchor\'s Integration)', { given, want: { document: withMapping(given, { '1PASSWORD': target('Integration') }), transformations: [{ kind: 'discriminator-mapping-derived', after: { '1PASSWORD': target('Integration') } }] } }];
  })(),
  (() => {
    // The parent lists every value; the child narrows it in its own allOf member.
    const given = document(
      `${ONE_OF('Cat', 'Dog')}\n${DISCRIMINATOR()}`,
      '    Pet: {type: object, required: [type], properties: {type: {type: string, enum: [cat, dog]}}}',
      `    Cat: {allOf: [{$ref: ${ref('Pet')}}, {properties: {type: {const: cat}}}]}`,
      `    Dog: {allOf: [{$ref: ${ref('Pet')}}, {allOf: [{properties: {type: {enum: [dog]}}}]}]}`,
    );
    return ['a value found through allOf (nested twice) is the intersection with the parent\'s', { given, want: { document: withMapping(given, { cat: target('Cat'), dog: target('Dog') }), transformations: [{ kind: 'discriminator-mapping-derived', after: { cat: target('Cat'), dog: target('Dog') } }] } }];
  })(),
  (() => {
    const given = document(`${ONE_OF('Cat', 'Stream')}\n${DISCRIMINATOR()}`, credential('Cat', '{const: cat}'), credential('Stream', '{type: string, enum: [stdout, stderr]}'));
    return [
      'an enum of two values is a warning naming both and the name tools would take; the other branch is still mapped',
      {
        given,
        want: {
          document: withMapping(given, { cat: target('Cat') }),
          transformations: [{ kind: 'discriminator-mapping-derived', after: { cat: target('Cat') } }],
          warnings: [{ kind: 'discriminator-value-unknown', pointer: '/components/schemas/CredentialData/oneOf/1', message: 'discriminator branch has no single string value for "type" (it allows "stdout", "stderr"); without a mapping tools take the schema name "Stream"' }],
        },
      },
    ];
  })(),
  (() => {
    const given = document(`${ONE_OF('Cat', 'Open')}\n${DISCRIMINATOR()}`, credential('Cat', '{const: cat}'), credential('Open', '{type: string}'));
    return [
      'a branch whose property allows any value is a warning',
      { given, want: { document: withMapping(given, { cat: target('Cat') }), transformations: [{}], warnings: [{ kind: 'discriminator-value-unknown', pointer: '/components/schemas/CredentialData/oneOf/1', message: expect.stringContaining('(it allows any value)') }] } },
    ];
  })(),
  (() => {
    const given = document(`${ONE_OF('One', 'Two')}\n${DISCRIMINATOR()}`, credential('One', '{const: 1}'), credential('Two', '{const: two}'));
    return ['a value that is not a string (mapping keys are strings) is a warning', { given, want: { document: withMapping(given, { two: target('Two') }), transformations: [{}], warnings: [{ pointer: '/components/schemas/CredentialData/oneOf/0', message: expect.stringContaining('(it allows 1)') }] } }];
  })(),
  (() => {
    const given = withMapping(document(`${ONE_OF('Cat', 'Dog')}\n${DISCRIMINATOR()}`, credential('Cat', '{const: cat}'), credential('Dog', '{const: dog}')), { dog: target('Dog') });
    return [
      'a partial mapping is kept and completed',
      { given, want: { document: given.replace(`mapping: {dog: '${target('Dog')}'}`, `mapping: {dog: '${target('Dog')}', cat: '${target('Cat')}'}`), transformations: [{ kind: 'discriminator-mapping-derived', after: { cat: target('Cat') } }] } },
    ];
  })(),
  (() => {
    // Mistral, InfluxDB and Lob publish complete mappings; a bare schema name is a target too.
    const given = withMapping(document(`${ONE_OF('Cat', 'Dog')}\n${DISCRIMINATOR()}`, credential('Cat', '{const: cat}'), credential('Dog', '{const: dog}')), { kitty: 'Cat', dog: target('Dog') });
    return ['a complete mapping (by $ref or by bare name) is left untouched, even where its values differ from the branches\'', { given, want: { document: given } }];
  })(),
  (() => {
    const given = withMapping(document(`${ONE_OF('Cat', 'Dog')}\n${DISCRIMINATOR()}`, credential('Cat', '{const: cat}'), credential('Dog', '{const: cat}')), { cat: target('Cat') });
    return ['a value the mapping gives to another schema is a warning, not an entry', { given, want: { document: given, warnings: [{ kind: 'discriminator-value-shared', pointer: '/components/schemas/CredentialData/oneOf/1', message: `discriminator value "cat" of "type" also selects ${target('Cat')}` }] } }];
  })(),
  (() => {
    const given = document(`${ONE_OF('Cat', 'Lion')}\n${DISCRIMINATOR()}`, credential('Cat', '{const: cat}'), credential('Lion', '{const: cat}'));
    return ['a value two branches share is mapped to the first and warned about for the second', { given, want: { document: withMapping(given, { cat: target('Cat') }), transformations: [{}], warnings: [{ kind: 'discriminator-value-shared', pointer: '/components/schemas/CredentialData/oneOf/1' }] } }];
  })(),
  (() => {
    const given = `openapi: 3.1.0
components:
  schemas:
    MessageChunk:
      discriminator: {propertyName: type}
      oneOf:
        - {type: object, properties: {type: {type: string, enum: [text]}}}
        - {type: object, properties: {image_url: {type: string}}}
`;
    return [
      'inline branches get no entry (a mapping names schemas by reference) but are checked',
      { given, want: { document: given, warnings: [{ kind: 'discriminator-value-unknown', pointer: '/components/schemas/MessageChunk/oneOf/1', message: 'discriminator branch has no single string value for "type" (it allows any value)' }] } },
    ];
  })(),
  (() => {
    // Together's response_format: anyOf, nested in a property of a request body in an operation.
    const given = `openapi: 3.1.0
paths:
  /chat:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                response_format:
                  anyOf: [{$ref: ${ref('Text')}}, {$ref: ${ref('Json')}}]
                  discriminator: {propertyName: type}
      responses: {'200': {description: OK}}
components:
  schemas:
${credential('Text', '{const: text}')}
${credential('Json', '{const: json_schema}')}
`;
    const pointer = '/paths/~1chat/post/requestBody/content/application~1json/schema/properties/response_format/discriminator/mapping';
    return [
      'a discriminator on anyOf, nested in an operation body, is mapped in place',
      { given, want: { document: given.replace('discriminator: {propertyName: type}', `discriminator: {propertyName: type, mapping: {text: ${ref('Text')}, json_schema: ${ref('Json')}}}`), transformations: [{ kind: 'discriminator-mapping-derived', pointer }] } },
    ];
  })(),
  (() => {
    // The 3.0 inheritance style: the parent holds the discriminator, children extend it with allOf.
    const given = `openapi: 3.1.0
components:
  schemas:
    Pet: {type: object, required: [petType], properties: {petType: {type: string}}, discriminator: {propertyName: petType}}
    Cat: {allOf: [{$ref: ${ref('Pet')}}, {properties: {petType: {const: cat}}}]}
    Dog: {allOf: [{$ref: ${ref('Pet')}}, {properties: {petType: {const: dog}}}]}
    Unrelated: {allOf: [{$ref: ${ref('Cat')}}]}
`;
    return [
      'an inheritance parent is mapped to the components that extend it with allOf',
      {
        given,
        want: {
          document: given.replace('discriminator: {propertyName: petType}', `discriminator: {propertyName: petType, mapping: {cat: ${ref('Cat')}, dog: ${ref('Dog')}}}`),
          transformations: [{ kind: 'discriminator-mapping-derived', pointer: '/components/schemas/Pet/discriminator/mapping' }],
        },
      },
    ];
  })(),
  (() => {
    // The class, not the example: fifty branches, each with its own value.
    const names = Array.from({ length: 50 }, (_, index) => `Kind${index}`);
    const given = document(`${ONE_OF(...names)}\n${DISCRIMINATOR()}`, ...names.map((name) => credential(name, `{const: ${name.toLowerCase()}-value}`)));
    const mapping = Object.fromEntries(names.map((name) => [`${name.toLowerCase()}-value`, target(name)]));
    return ['fifty branches each get their own entry, in branch order', { given, want: { document: withMapping(given, mapping), transformations: [{ after: mapping }] } }];
  })(),
];

describe('discriminators pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const result = await expectPass(discriminators, yaml(given), apiContext(), want);
    // Idempotent: the result, normalized again, is unchanged and records no transformation.
    const again = apiContext();
    expect(await discriminators.run(structuredClone(result!), again)).toEqual(result);
    expect(again.report.transformations).toEqual([]);
  });

  it("makes openapi-typescript type Anchor's discriminator as the branch's value, not the schema name", async () => {
    const typesOf = async (document: JsonObject) => astToString(await openapiTS(document as never, { silent: true }));
    expect(await typesOf(yaml(ANCHOR))).toContain('type: "AuthenticatorCredential";');
    const mapped = await discriminators.run(yaml(ANCHOR), apiContext());
    const types = await typesOf(mapped);
    expect(types).toContain('type: "authenticator";');
    expect(types).not.toContain('type: "AuthenticatorCredential"');
  });

  it('reads a branch through allOf chains that share members without blowing up', async () => {
    // Each level lists the next twice: 2^30 paths to the value without a budget.
    const levels = Array.from({ length: 30 }, (_, index) => `    L${index}: {allOf: [{$ref: ${ref(`L${index + 1}`)}}, {$ref: ${ref(`L${index + 1}`)}}]}`);
    const given = document(`${ONE_OF('L0')}\n${DISCRIMINATOR()}`, ...levels, '    L30: {properties: {type: {const: deep}}}');
    const started = performance.now();
    const context = apiContext();
    await discriminators.run(yaml(given), context);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(context.report.warnings).toEqual([expect.objectContaining({ kind: 'discriminator-value-unknown', pointer: '/components/schemas/CredentialData/oneOf/0' })]);
  });
});
