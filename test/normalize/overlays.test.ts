import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/source.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { applyOverlay } from '../../src/normalize/overlays.js';
import { NormalizationReport } from '../../src/normalize/report.js';

const base = (): JsonObject => ({
  openapi: '3.1.0',
  paths: { '/v1/task': { post: { responses: { '200': { description: 'OK' } } } } },
  components: { schemas: { AnchorProxy: { type: 'object', properties: { active: { type: 'boolean' } } } } },
});

const overlay = (actions: string) => parseSource(`overlay: 1.0.0\ninfo:\n  title: t\n  version: '1'\nactions:\n${actions}`, 'fix.yaml');

describe('applyOverlay (every JSONPath form the overlays use)', () => {
  it('$.paths adds a path', async () => {
    const result = await applyOverlay(base(), overlay("  - target: $.paths\n    update:\n      /v1/task/run:\n        post:\n          operationId: runTask\n"), new NormalizationReport());
    expect(Object.keys(result.paths as object)).toEqual(['/v1/task', '/v1/task/run']);
  });

  it("$.paths['/v1/task'].post merges into an operation", async () => {
    const result = await applyOverlay(base(), overlay("  - target: $.paths['/v1/task'].post\n    update:\n      operationId: createTask\n"), new NormalizationReport());
    expect(((result.paths as JsonObject)['/v1/task'] as JsonObject).post).toEqual({ operationId: 'createTask', responses: { '200': { description: 'OK' } } });
  });

  it('$.components.schemas.AnchorProxy merges into a schema, keeping its properties', async () => {
    const result = await applyOverlay(base(), overlay('  - target: $.components.schemas.AnchorProxy\n    update:\n      allOf:\n        - required: [active]\n'), new NormalizationReport());
    expect((result.components as JsonObject).schemas).toEqual({
      AnchorProxy: { type: 'object', properties: { active: { type: 'boolean' } }, allOf: [{ required: ['active'] }] },
    });
  });

  it('remove deletes the target', async () => {
    const result = await applyOverlay(base(), overlay("  - target: $.paths['/v1/task']\n    remove: true\n"), new NormalizationReport());
    expect(result.paths).toEqual({});
  });

  it('leaves the input document untouched and records each action', async () => {
    const input = base();
    const report = new NormalizationReport();
    await applyOverlay(input, overlay("  - target: $.paths['/v1/task'].post\n    description: name it\n    update:\n      operationId: createTask\n"), report);
    expect(input).toEqual(base());
    expect(report.transformations).toEqual([{ kind: 'overlay-update', source: 'fix.yaml', pointer: '/actions/0', reason: 'name it' }]);
  });

  it('fails when a target matches nothing, naming the action line', async () => {
    await expect(applyOverlay(base(), overlay("  - target: $.paths['/nope'].get\n    update:\n      operationId: x\n"), new NormalizationReport())).rejects.toThrow(
      /^fix\.yaml:6:\d+ #\/actions\/0\/target: overlay action target "\$\.paths\['\/nope'\]\.get" matches nothing/,
    );
  });

  it('fails on an invalid JSONPath', async () => {
    await expect(applyOverlay(base(), overlay("  - target: $.paths[?(\n    update: {}\n"), new NormalizationReport())).rejects.toThrow(/fix\.yaml:6:\d+ #\/actions\/0\/target: invalid JSONPath/);
  });

  it('fails on a wrong overlay version', async () => {
    const bad = parseSource("overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: []\n", 'v.yaml');
    await expect(applyOverlay(base(), bad, new NormalizationReport())).rejects.toThrow(/v\.yaml:1:\d+ #\/overlay: expected `overlay: 1.0.0`/);
  });
});
