/**
 * Overlays are untrusted: every action finishes within the worker's time
 * and memory, within the match and size limits, and leaves an OpenAPI 3.1
 * root, or fails with one error naming the overlay file and the action.
 */
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../../src/errors.js';
import { parseSource } from '../../../src/ingest/source.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { applyOverlay, OVERLAY_LIMITS } from '../../../src/normalize/assemble/overlays.js';
import { NormalizationReport } from '../../../src/normalize/report.js';

/** A document with one schema of `width` properties. */
function wide(width: number): JsonObject {
  const properties = Object.fromEntries(Array.from({ length: width }, (_, index) => [`p${index}`, { type: 'string', description: `d${index}` }]));
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { S: { type: 'object', properties } } } };
}

const overlay = (actions: string) => parseSource(`overlay: 1.0.0\ninfo:\n  title: t\n  version: '1'\nactions:\n${actions}`, 'o.yaml');

async function failure(document: JsonObject, actions: string): Promise<SpecError> {
  const error = await applyOverlay(document, overlay(actions), new NormalizationReport()).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(SpecError);
  expect((error as SpecError).message.split('\n')).toHaveLength(1);
  return error as SpecError;
}

describe('overlay work is bounded', () => {
  it.each([
    ['$..*', 4_000],
    ['$..description', 12_000],
    ["$..[?(@.type == 'string')]", 12_000],
    ['$.components.schemas.S.properties.*', 12_000],
  ])('%s over %i properties: refused for matching too many nodes', async (target, width) => {
    const error = await failure(wide(width), `  - target: "${target}"\n    update: {x-tag: 1}\n`);
    expect(error.message).toMatch(/^o\.yaml:6:\d+ #\/actions\/0\/target: overlay action target .* matches [\d,]+ nodes: one action may change at most 10,000/);
  });

  it('an update copied to many nodes: refused before it is applied', async () => {
    const big = `{${Array.from({ length: 200 }, (_, index) => `k${index}: v`).join(', ')}}`;
    const error = await failure(wide(8_000), `  - target: "$.components.schemas.S.properties.*"\n    update: ${big}\n`);
    expect(error.message).toMatch(/#\/actions\/0\/update: overlay action would copy its update to 8,000 nodes/);
  });

  it('a descent that runs out of time names the action it was on', async () => {
    const limits = { ...OVERLAY_LIMITS };
    OVERLAY_LIMITS.timeMs = 300;
    try {
      const started = performance.now();
      const error = await failure(wide(20_000), '  - target: $.info\n    update: {x-a: 1}\n  - target: "$..*"\n    update: {x-tag: 1}\n');
      expect(error.message).toMatch(/#\/actions\/1: overlay action did not finish within 0\.3 s: narrow its target/);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      Object.assign(OVERLAY_LIMITS, limits);
    }
  });

  it('a regular expression in a filter cannot hang the run', async () => {
    const limits = { ...OVERLAY_LIMITS };
    OVERLAY_LIMITS.timeMs = 1_000;
    try {
      const document = wide(1);
      ((document.components as JsonObject).schemas as JsonObject).S = { type: 'string', description: `${'a'.repeat(40)}!` };
      const error = await failure(document, "  - target: \"$..[?(@.description =~ /^(a+)+$/)]\"\n    update: {x-tag: 1}\n");
      expect(error.message).toMatch(/#\/actions\/0: overlay action did not finish within 1 s/);
    } finally {
      Object.assign(OVERLAY_LIMITS, limits);
    }
  });

  it('updates nested inside each other may not go past 256 levels', async () => {
    const deep = (levels: number) => `${'{a: '.repeat(levels)}1${'}'.repeat(levels)}`;
    const actions = [0, 1, 2].map((index) => `  - target: $.info${'.a'.repeat(100 * index)}\n    update: ${deep(100)}\n`).join('');
    const error = await failure(wide(1), actions);
    expect(error.message).toMatch(/#\/actions\/2: overlay action nests the document more than 256 levels deep/);
  });

  it('a narrow target on a wide document is applied', async () => {
    const result = await applyOverlay(wide(20_000), overlay("  - target: $.components.schemas.S.properties.p7\n    update: {x-tag: 1}\n"), new NormalizationReport());
    expect((((result.components as JsonObject).schemas as JsonObject).S as { properties: JsonObject }).properties.p7).toEqual({ type: 'string', description: 'd7', 'x-tag': 1 });
  });
});

describe('the document stays OpenAPI 3.1', () => {
  it.each([
    ['openapi: 3.0.3', /makes `openapi` "3\.0\.3": the document must stay OpenAPI 3\.1\.x/],
    ['openapi: {version: 3.1.0}', /makes `openapi` \{"version":"3\.1\.0"\}/],
    ['openapi: 310', /makes `openapi` 310/],
    ['openapi: null', /makes `openapi` null/],
    ['paths: [a]', /makes `paths` \["a"\]: expected an object/],
    ['components: x', /makes `components` "x": expected an object/],
    ['components: {schemas: 1}', /makes `components.schemas` 1: expected an object/],
    ['servers: {url: x}', /makes `servers` \{"url":"x"\}: expected a list/],
  ])('an update to the root with %s fails naming the action', async (update, reason) => {
    const error = await failure(wide(1), `  - target: $.info\n    update: {x-a: 1}\n  - target: $\n    update: {${update}}\n`);
    expect(error.message).toMatch(/^o\.yaml:8:\d+ #\/actions\/1: overlay action /);
    expect(error.message).toMatch(reason);
  });

  it('removing openapi fails naming the action', async () => {
    const error = await failure(wide(1), '  - target: $.openapi\n    remove: true\n');
    expect(error.message).toMatch(/#\/actions\/0: overlay action makes `openapi` nothing/);
  });

  it('openapi: 3.1.1 is kept', async () => {
    const result = await applyOverlay(wide(1), overlay('  - target: $\n    update: {openapi: 3.1.1}\n'), new NormalizationReport());
    expect(result.openapi).toBe('3.1.1');
  });
});
