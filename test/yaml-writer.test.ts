import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../src/output/yaml-writer.js';

describe('toYaml', () => {
  it('quotes strings a YAML 1.1 or 1.2 reader would take as something else', () => {
    const text = toYaml({ codes: ['no', 'yes', 'on', 'us', '0o7', '1.0', 'null'] });
    expect(text).toBe('codes:\n  - "no"\n  - "yes"\n  - "on"\n  - us\n  - "0o7"\n  - "1.0"\n  - "null"\n');
    for (const version of ['1.1', '1.2'] as const) expect(parse(text, { version })).toEqual({ codes: ['no', 'yes', 'on', 'us', '0o7', '1.0', 'null'] });
  });

  it('writes repeated objects in full, never as anchors', () => {
    const shared = { type: 'object' };
    expect(toYaml({ a: shared, b: shared })).toBe('a:\n  type: object\nb:\n  type: object\n');
  });
});
