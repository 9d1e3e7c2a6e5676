/**
 * The bad-spec corpus: malformed inputs thrown at every step of the real
 * CLI. Whatever the input, a failure is one line on stderr naming the raw
 * file (its line or JSON pointer) and a reason, with a non-zero exit and no
 * stack or temporary path; a bug of ours in any step (the test hook throws
 * one) is one line too, naming the step and the raw source, and `--debug`
 * adds the stack.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/generate.js';
import { manifestYaml, runGenerate, tempDir, writeTree } from '../helpers.js';

const valid = (schema = '{type: object, properties: {name: {type: string}}}', paths = '') => `openapi: 3.1.0
info: {title: Bad, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      summary: List things
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
${paths}components:
  schemas:
    Thing: ${schema}
`;

type Case = [string, { file: string; text: string; where: RegExp }];
const CASES: Case[] = [
  ['YAML that does not parse', { file: 'openapi.yaml', text: 'openapi: 3.1.0\ninfo: {title: Bad\n', where: /^openapi\.yaml:\d+:\d+: / }],
  ['JSON that does not parse', { file: 'openapi.json', text: '{"openapi": "3.1.0", "info": {', where: /^openapi\.json:\d+:\d+: / }],
  ['an empty file', { file: 'openapi.yaml', text: '', where: /^openapi\.yaml\S*: / }],
  ['a document that is a list', { file: 'openapi.yaml', text: '- openapi\n', where: /^openapi\.yaml\S*: / }],
  ['a Markdown page without a spec block', { file: 'page.md', text: '# Title\n\nNo spec here.\n', where: /^page\.md\S*: / }],
  ['type: bool', { file: 'openapi.yaml', text: valid('{type: object, properties: {done: {type: bool}}}'), where: /^openapi\.yaml:16:\d+ #\/components\/schemas\/Thing\/properties\/done\/type: / }],
  ['required as a string', { file: 'openapi.yaml', text: valid('{type: object, required: title, properties: {title: {type: string}}}'), where: /^openapi\.yaml:16:\d+ #\/components\/schemas\/Thing\/required: / }],
  // (`nullable` without a type, which crashed Ajv, is now repaired by shape: test/normalize/sources/nullable.test.ts.)
  ['a minimum that is not a number', { file: 'openapi.yaml', text: valid('{type: object, properties: {n: {type: integer, minimum: one}}}'), where: /^openapi\.yaml:16:\d+ #\/components\/schemas\/Thing\/properties\/n\/minimum: / }],
  ['a $ref to nothing', { file: 'openapi.yaml', text: valid('{$ref: "#/components/schemas/Missing"}'), where: /^openapi\.yaml\S* #\/components\/schemas\/Thing\S*: / }],
  ['two operations with one operationId', { file: 'openapi.yaml', text: valid(undefined, "  /others:\n    get: {operationId: listThings, summary: s, responses: {'200': {description: OK}}}\n"), where: /^openapi\.yaml\S* #\/paths\/~1others\S*: / }],
  ['an undeclared path parameter', { file: 'openapi.yaml', text: valid(undefined, "  /things/{id}:\n    get: {operationId: getThing, summary: s, responses: {'200': {description: OK}}}\n"), where: /^openapi\.yaml\S* #\/paths\/~1things~1\{id\}\S*: / }],
  ['a pattern that is not a regular expression', { file: 'openapi.yaml', text: valid("{type: object, properties: {code: {type: string, pattern: '(['}}}"), where: /^openapi\.yaml:16:\d+ #\/components\/schemas\/Thing\/properties\/code\/pattern: / }],
];

/** One line, `error: specs/api/<where>`, no stack, no temporary path, the exit code wanted. */
function expectOneLine(result: { code: number; stderr: string }, root: string, where: RegExp, code: number): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr, 'one line on stderr').toMatch(/^error: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at |\.generated\.tmp-|openapi-clients-check-/);
  expect(result.stderr).not.toContain(root);
  expect(result.stderr.trim().slice('error: '.length).replace(/^internal error \([^)]*\): /, ''), 'names the raw file').toMatch(new RegExp(`^specs/api/${where.source.slice(1)}`));
}

describe('bad specs through the real CLI', () => {
  it.each(CASES)('%s: one line naming the raw file, exit 1', async (_name, { file, text, where }) => {
    const root = writeTree({ 'specs/api/manifest.yaml': manifestYaml([file]), [`specs/api/${file}`]: text }, tempDir());
    const result = await runGenerate(['--specs', 'specs', '--out', 'out', '--quiet'], root);
    expectOneLine(result, root, where, 1);
  });

  it.each(STEPS)('a bug in step %s: one line naming the step and the raw source, exit 70; --debug adds the stack', async (step) => {
    const root = writeTree({ 'specs/api/manifest.yaml': manifestYaml(['openapi.yaml']), 'specs/api/openapi.yaml': valid() }, tempDir());
    const env = { OPENAPI_CLIENTS_TEST_BUG_BEFORE: step };
    const result = await runGenerate(['--specs', 'specs', '--out', 'out', '--quiet'], root, { env });
    expectOneLine(result, root, new RegExp(`^openapi\\.yaml: ${step} failed: Cannot read properties of undefined \\(reading 'x'\\) \\(--debug shows the stack\\)$`), 70);
    const debug = await runGenerate(['--specs', 'specs', '--out', 'out', '--quiet', '--debug'], root, { env });
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/^error: internal error [^\n]*\nTypeError: Cannot read properties of undefined \(reading 'x'\)\n\s+at /);
  });
});
