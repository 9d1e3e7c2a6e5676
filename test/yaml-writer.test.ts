import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../src/output/yaml-writer.js';

const readsBack = (value: unknown) => {
  const text = toYaml(value);
  for (const version of ['1.1', '1.2'] as const) expect(parse(text, { version })).toEqual(value);
};

describe('toYaml', () => {
  it('quotes strings a YAML 1.1 or 1.2 reader would take as something else', () => {
    const text = toYaml({ codes: ['no', 'yes', 'on', 'us', '0o7', '1.0', 'null'] });
    expect(text).toBe('codes:\n  - "no"\n  - "yes"\n  - "on"\n  - us\n  - "0o7"\n  - "1.0"\n  - "null"\n');
    readsBack({ codes: ['no', 'yes', 'on', 'us', '0o7', '1.0', 'null'] });
  });

  it.each([
    'Y', 'n', 'OFF', 'Null', 'y_', 'a: b', 'a #b', 'trailing ', 'x\u0085y', 'x\u2028y', 'tab\there', '_', 'é', 'Ünïcode', 'a:b', '<<', '=', '~', '.inf', '190:20:30', '2001-12-14', '0b101', '-', '? x', '@at', '`tick',
  ])('%j reads back as itself in YAML 1.1 and 1.2, as a value and as a key', (text) => {
    readsBack({ value: text, [text]: 1 });
  });

  it('any string reads back as itself in YAML 1.1 and 1.2 (the fast path agrees with a real parse)', () => {
    // Letter-led strings over the characters that matter to YAML: the shape the fast path decides without parsing.
    const alphabet = fc.constantFrom(...'aAyYnNoOeEfFtTlLuU_ :#-.,\'"[]{}!&*|>%@`?\t\u0085\u2028\u00e9'.split(''));
    const letterLed = fc.tuple(fc.constantFrom('a', 'y', 'Y', 'n', 'N', 'o', 'O', 't', 'T', 'f', 'F', '_', 'e'), fc.array(alphabet, { maxLength: 6 })).map(([first, rest]) => first + rest.join(''));
    fc.assert(fc.property(fc.oneof(letterLed, fc.string()), (text) => readsBack({ value: text, [text]: 1 })), { seed: 20261123, numRuns: 2000 });
  });

  it('writes repeated objects in full, never as anchors', () => {
    const shared = { type: 'object' };
    expect(toYaml({ a: shared, b: shared })).toBe('a:\n  type: object\nb:\n  type: object\n');
  });
});
