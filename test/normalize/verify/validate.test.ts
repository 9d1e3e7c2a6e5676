/**
 * Redocly's `recommended` ruleset on the finished document, under the lint
 * policy: what makes a document invalid or unusable fails the run naming the
 * raw source, its line and the pointer; style rules warn, once per rule.
 */
import { describe, expect, it } from 'vitest';
import { FATAL_RULES, policySeverity, validation, warningsByRule } from '../../../src/normalize/verify/validate.js';
import { apiContext, expectPass, manifest, source, yaml, type Want } from '../given.js';

const document = (paths: string, components = '') => `openapi: 3.1.0
info: {title: Test API, version: '1', description: d}
servers: [{url: https://api.example.test}]
security: [{api_key_header: []}]
tags: [{name: T, description: t}]
paths:
${paths}components:
  securitySchemes: {api_key_header: {type: apiKey, in: header, name: x-api-key}}
${components}`;
const operation = (id: string, { parameter, summary = 's', response = "{'200': {description: OK}, '400': {description: Bad}}" }: { parameter?: string; summary?: string | null; response?: string } = {}) =>
  `{tags: [T], ${summary === null ? '' : `summary: ${summary}, `}description: d, operationId: ${id}, ${parameter ? `parameters: [{name: ${parameter}, in: path, required: true, schema: {type: string}}], ` : ''}responses: ${response}}`;
const AMBIGUOUS = `  '/t/run/{name}': {post: ${operation('a', { parameter: 'name' })}}\n  '/t/{id}/deploy': {post: ${operation('b', { parameter: 'id' })}}\n`;
const NO_SUMMARIES = `  /t: {get: ${operation('listT', { summary: null })}, post: ${operation('makeT', { summary: null })}}\n  /u: {get: ${operation('listU', { summary: null })}}\n`;
const NO_4XX = `  /t: {get: ${operation('listT', { response: "{'200': {description: OK}}" })}}\n`;
const ONE_ID_TWICE = `  /t: {get: ${operation('same')}, post: ${operation('same')}}\n`;
const UNDECLARED_PARAMETER = `  '/t/{id}': {get: ${operation('getT')}}\n`;
const IDENTICAL = `  '/t/{a}': {get: ${operation('getA', { parameter: 'a' })}}\n  '/t/{b}': {post: ${operation('getB', { parameter: 'b' })}}\n`;
const BROKEN_REF = `  /t: {get: {tags: [T], summary: s, description: d, operationId: getT, responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}, '400': {description: Bad}}}}\n`;
const SCHEMA = (schema: string) => [`  /t: {get: {tags: [T], summary: s, description: d, operationId: getT, responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}, '400': {description: Bad}}}}\n`, `  schemas:\n    Thing:\n${schema}`] as const;
const NULLABLE = SCHEMA('      type: object\n      properties:\n        name:\n          nullable: true\n');
const TYPE_BOOL = SCHEMA('      type: object\n      properties:\n        done: {type: bool}\n');
const REQUIRED_STRING = SCHEMA('      type: object\n      required: title\n      properties:\n        title: {type: string}\n');

type Case = [string, { given: string; lint?: string; inSource?: boolean; want: Want }];
const CASES: Case[] = [
  ['a clean document passes, recording nothing', { given: document(`  /t: {get: ${operation('listT')}}\n`), want: { document: document(`  /t: {get: ${operation('listT')}}\n`) } }],
  [
    'a warning of the ruleset is recorded as lint:<rule> with its pointer',
    { given: document(AMBIGUOUS), want: { document: document(AMBIGUOUS), warnings: [{ kind: 'lint:no-ambiguous-paths', pointer: '/paths/~1t~1{id}~1deploy', count: 1, pointers: ['/paths/~1t~1{id}~1deploy'] }] } },
  ],
  [
    'operation-summary (an error in recommended) only warns, once for every operation without one',
    { given: document(NO_SUMMARIES), want: { warnings: [{ kind: 'lint:operation-summary', pointer: '/paths/~1t/get/summary', count: 3, pointers: ['/paths/~1t/get/summary', '/paths/~1t/post/summary', '/paths/~1u/get/summary'] }] } },
  ],
  ['operation-4xx-response warns', { given: document(NO_4XX), want: { warnings: [{ kind: 'lint:operation-4xx-response', count: 1 }] } }],
  ['a rule the manifest turns off records nothing', { given: document(AMBIGUOUS), lint: 'lint:\n  no-ambiguous-paths: off\n', want: { document: document(AMBIGUOUS) } }],
  ['a rule the manifest makes an error fails the run naming the rule and the pointer', { given: document(AMBIGUOUS), lint: 'lint:\n  no-ambiguous-paths: error\n', want: { error: /^manifest\.yaml:#\/paths\/~1t~1\{id\}~1deploy: invalid OpenAPI 3\.1 \(no-ambiguous-paths\): / } }],
  ['a fatal rule the manifest lowers to warn warns', { given: document(IDENTICAL), lint: 'lint:\n  no-identical-paths: warn\n', want: { warnings: [{ kind: 'lint:no-identical-paths', count: 1 }, { kind: 'lint:no-ambiguous-paths', count: 1 }] } }],
  [
    'a document needing no credentials (no schemes, no requirements) only warns under security-defined',
    { given: document(NO_4XX).replace("security: [{api_key_header: []}]\n", '').replace(/components:\n  securitySchemes: .*\n/, ''), want: { warnings: [{ kind: 'lint:operation-4xx-response', count: 1 }, { kind: 'lint:security-defined', count: 1, pointer: '/paths/~1t/get' }] } },
  ],
  ['a requirement naming no scheme is fatal', { given: document(NO_4XX).replace('[{api_key_header: []}]', '[{bearer: []}]'), want: { error: /invalid OpenAPI 3\.1 \(security-defined\): There is no `bearer` security scheme defined/ } }],
  ['two operations with one operationId are fatal', { given: document(ONE_ID_TWICE), want: { error: /^manifest\.yaml:#\/paths\/~1t\/post\/\S*: invalid OpenAPI 3\.1 \(operation-operationId-unique\): / } }],
  ['an undeclared path parameter is fatal', { given: document(UNDECLARED_PARAMETER), want: { error: /#\/paths\/~1t~1\{id\}\/get\/parameters: invalid OpenAPI 3\.1 \(path-parameters-defined\): .*`\{id\}`/ } }],
  ['paths identical but for parameter names are fatal', { given: document(IDENTICAL), want: { error: /invalid OpenAPI 3\.1 \(no-identical-paths\)/ } }],
  ['an unresolvable $ref is fatal', { given: document(BROKEN_REF), want: { error: /#\/paths\/~1t\/get\/responses\/200\/content\/application~1json\/schema: invalid OpenAPI 3\.1 \(no-unresolved-refs\)/ } }],
  // Not OpenAPI 3.1 schemas (what Ajv-style strict validation calls errors): named in the raw source with its line.
  ['nullable without a type is fatal, named in the raw source with its line', { given: document(...NULLABLE), inSource: true, want: { error: /^raw\/a\.yaml:15:21 #\/components\/schemas\/Thing\/properties\/name\/nullable: invalid OpenAPI 3\.1 \(struct\): Property `nullable` is not expected here/ } }],
  ['type: bool is fatal, named in the raw source with its line', { given: document(...TYPE_BOOL), inSource: true, want: { error: /^raw\/a\.yaml:14:22 #\/components\/schemas\/Thing\/properties\/done\/type: invalid OpenAPI 3\.1 \(struct\): / } }],
  ['required as a string is fatal, named in the raw source with its line', { given: document(...REQUIRED_STRING), inSource: true, want: { error: /^raw\/a\.yaml:13:17 #\/components\/schemas\/Thing\/required: invalid OpenAPI 3\.1 \(struct\): / } }],
];

describe('redocly validation pass', () => {
  it.each(CASES)('%s', async (_name, { given, lint, inSource, want }) => {
    const sources = inSource ? [source('raw/a.yaml', given)] : [];
    await expectPass(validation, yaml(given), apiContext({ manifest: lint ? manifest(lint) : undefined, sources }), want);
  });
});

describe('lint policy', () => {
  const RECOMMENDED_STYLE = ['operation-summary', 'operation-operationId', 'operation-4xx-response', 'info-license', 'no-ambiguous-paths', 'no-path-trailing-slash', 'no-enum-type-mismatch', 'tag-description'];
  it.each(RECOMMENDED_STYLE)('%s is a warning', (rule) => expect(policySeverity(rule)).toBe('warn'));
  it.each(Object.keys(FATAL_RULES))('%s is fatal unless the manifest lowers it', (rule) => {
    expect(policySeverity(rule)).toBe('error');
    expect(policySeverity(rule, { [rule]: 'warn' })).toBe('warn');
  });

  it('aggregates problems per rule in first-seen order, keeping every pointer', () => {
    const problem = (ruleId: string, pointer: string) => ({ ruleId, severity: 'warn' as const, pointer, message: `${ruleId} at ${pointer}` });
    const problems = Array.from({ length: 300 }, (_, index) => problem(index % 3 === 0 ? 'b-rule' : 'a-rule', `/p/${index}`));
    const warnings = warningsByRule(problems);
    expect(warnings.map((warning) => [warning.kind, warning.count, warning.pointers.length])).toEqual([['lint:b-rule', 100, 100], ['lint:a-rule', 200, 200]]);
    expect(warnings[0]).toMatchObject({ pointer: '/p/0', message: 'b-rule at /p/0' });
    expect(warnings.flatMap((warning) => warning.pointers).sort()).toEqual(problems.map((entry) => entry.pointer).sort());
  });
});
