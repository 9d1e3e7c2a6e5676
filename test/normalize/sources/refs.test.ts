import { describe, it } from 'vitest';
import { refs } from '../../../src/normalize/sources/refs.js';
import { expectPass, sourceContext, type Want } from '../given.js';

const schemas = (body: string) => `openapi: 3.1.0\ncomponents:\n  schemas:\n${body}`;

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['a local $ref that resolves passes', { given: schemas("    A: {$ref: '#/components/schemas/B'}\n    B: {type: string}\n"), want: { document: schemas("    A: {$ref: '#/components/schemas/B'}\n    B: {type: string}\n") } }],
  ['a dangling $ref fails at its line', { given: schemas("    A:\n      $ref: '#/components/schemas/Nope'\n"), want: { error: 'api.yaml:5:13 #/components/schemas/A/$ref: dangling $ref "#/components/schemas/Nope": nothing at that pointer' } }],
  ['an external $ref is refused without looking for the file', { given: schemas("    A:\n      $ref: '../../etc/passwd#/x'\n"), want: { error: 'api.yaml:5:13 #/components/schemas/A/$ref: external $ref "../../etc/passwd#/x" is not supported here: references to other files are bundled only where an OpenAPI object may stand in a source (not in extensions or overlays)' } }],
  ['a $ref key in example data, defaults, consts and enums is data', { given: schemas("    A: {type: object, example: {$ref: nope}, default: {$ref: nope}, const: {$ref: nope}, enum: [{$ref: nope}]}\n"), want: { document: schemas("    A: {type: object, example: {$ref: nope}, default: {$ref: nope}, const: {$ref: nope}, enum: [{$ref: nope}]}\n") } }],
  ['a $ref to a component named like an Object member must exist as an own key', { given: schemas("    A: {$ref: '#/components/schemas/constructor'}\n"), want: { error: /dangling \$ref "#\/components\/schemas\/constructor"/ } }],
];

describe('refs pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const { document, context } = sourceContext('api.yaml', given);
    await expectPass(refs, document, context, want);
  });
});
