/**
 * The declared pass lists: what runs, in which order. The order is
 * behaviour (the report lists entries in it, and e.g. the operationId check
 * must see the overlays' ids), so a change to it shows up here.
 */
import { describe, expect, it } from 'vitest';
import { runPasses } from '../../src/normalize/pass.js';
import { ASSEMBLE_PASSES, REPAIR_PASSES, SOURCE_PASSES, VERIFY_PASSES } from '../../src/normalize/pipeline.js';
import { apiContext, yaml } from './given.js';

describe('the declared passes', () => {
  it('run in this order, per phase', () => {
    expect({
      sources: SOURCE_PASSES.map((pass) => pass.name),
      assemble: ASSEMBLE_PASSES.map((pass) => pass.name),
      repair: REPAIR_PASSES.map((pass) => pass.name),
      verify: VERIFY_PASSES.map((pass) => pass.name),
    }).toEqual({
      sources: ['structure', 'mintlify', 'tuple-items', 'openapi-version', 'nullable', 'exclusive-bounds', 'schema-keywords', 'ref-siblings', 'singular-example', 'refs', 'ref-cycles', 'patterns', 'page-metadata'],
      assemble: ['security', 'merge', 'overlays', 'manifest', 'auth-scheme'],
      repair: ['refs', 'ref-cycles', 'patterns', 'path-keys', 'enum-oneofs', 'discriminators', 'operation-id-characters', 'operation-ids', 'examples', 'ambiguous-oneofs', 'order'],
      verify: ['redocly', 'guide-calls', 'lossless'],
    });
  });

  it('the repair phase is idempotent: a repaired document comes out of it unchanged, recording nothing', async () => {
    const given = yaml(`openapi: 3.1.0
paths:
  /b: {post: {responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/T'}, example: {type: b, url: '<string>'}}}}}}}
  /a: {get: {responses: {'200': {description: OK}}}}
  '/c#stream': {post: {responses: {'200': {description: OK}}}}
components:
  schemas:
    U: {oneOf: [{$ref: '#/components/schemas/V'}], discriminator: {propertyName: kind}}
    V: {type: object, properties: {kind: {const: v}}}
    T:
      type: object
      properties:
        type: {oneOf: [{title: a, enum: [a, b]}, {title: b, enum: [a, b]}]}
        url: {type: string, format: uri}
`);
    const once = await runPasses(REPAIR_PASSES, given, apiContext());
    const context = apiContext();
    const twice = await runPasses(REPAIR_PASSES, structuredClone(once), context);
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
    expect(context.report.transformations).toEqual([]);
  });
});
