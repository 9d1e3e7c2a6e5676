import { describe, expect, it } from 'vitest';
import { parseYaml, MAX_ALIAS_COUNT, MAX_ALIAS_EXPANSION, MAX_NESTING_DEPTH } from '../../src/ingest/yaml.js';
import { parseSource } from '../../src/ingest/source.js';

describe('parseYaml', () => {
  it('reads YAML 1.2: the country code no stays a string', () => {
    const { value } = parseYaml('codes:\n  - no\n  - yes\n  - "no"\n', 'codes.yaml');
    expect(value).toEqual({ codes: ['no', 'yes', 'no'] });
  });

  it('expands anchors into independent objects', () => {
    const { value } = parseYaml('a: &ref_0\n  type: object\nb: *ref_0\n', 'refs.yaml') as { value: { a: object; b: object } };
    expect(value.a).toEqual(value.b);
    expect(value.a).not.toBe(value.b);
  });

  it('fails fast on an alias bomb with a clear error', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const started = performance.now();
    expect(() => parseYaml(levels.join('\n'), 'bomb.yaml')).toThrow(/bomb\.yaml:1: YAML aliases expand beyond the limit of 100/);
    expect(MAX_ALIAS_COUNT).toBe(100);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reports invalid YAML with the line and column in the original file', () => {
    expect(() => parseYaml('a: 1\nb: [1, 2\n', 'bad.yaml', 10)).toThrow(/^bad\.yaml:1[23]:\d+: invalid YAML/);
  });

  it('locates a JSON pointer at its line', () => {
    const parsed = parseYaml('paths:\n  /x:\n    get:\n      operationId: a\n', 'loc.yaml', 4);
    expect(parsed.locate('/paths/~1x/get/operationId')).toEqual({ line: 8, column: 20, pointer: '/paths/~1x/get/operationId' });
  });
});

describe('parseSource', () => {
  it('reads JSON and names the line of a syntax error', () => {
    expect(() => parseSource('{\n  "openapi": "3.1.0",\n  oops\n}', 'spec.json')).toThrow(/^spec\.json:3:\d+: invalid JSON/);
  });

  it('refuses an empty file', () => {
    expect(() => parseSource('  \n', 'empty.yaml')).toThrow('empty.yaml:1: file is empty');
  });

  it('refuses a document whose root is not a mapping', () => {
    expect(() => parseSource('- a\n- b\n', 'list.yaml')).toThrow(/list\.yaml:1: expected a mapping/);
  });

  it('points errors inside a Markdown page at the page lines', () => {
    expect(() => parseSource('# Page\n\n```yaml\nopenapi: 3.1.0\npaths: [\n```\n', 'page.md')).toThrow(/^page\.md:[56]:\d+: invalid YAML/);
  });
});

/** A generous bound that catches a hang (an expansion or a quadratic check takes minutes), not a speed target: CI shares its cores. */
const BOUND_MS = 60_000;

/** A schema of `properties` properties, anchored, then `aliases` aliases of it. */
function aliasedSchema(properties: number, aliases: number): string {
  const body = Array.from({ length: properties }, (_, index) => `      p${index}: {type: string, description: "property number ${index} of a large schema"}`).join('\n');
  const uses = Array.from({ length: aliases }, (_, index) => `  U${index}: *big`).join('\n');
  return `schemas:\n  Big: &big\n    type: object\n    properties:\n${body}\n${uses}\n`;
}

describe('alias expansion is bounded by size, not only by count', () => {
  // Each property is 5 values (the property, its map, two keys' values... counted as copied).
  it.each([
    [10, 99],
    [100, 99],
    [150, 50],
  ])('%i properties aliased %i times: expands', (properties, aliases) => {
    const { value } = parseYaml(aliasedSchema(properties, aliases), 'small.yaml') as { value: { schemas: Record<string, { properties: object }>} };
    expect(Object.keys(value.schemas)).toHaveLength(aliases + 1);
    expect(value.schemas.U0!.properties).toEqual(value.schemas.Big!.properties);
    expect(value.schemas.U0!.properties).not.toBe(value.schemas.Big!.properties);
  });

  it.each([
    [1_300, 99],
    [5_000, 30],
    [40_000, 3],
  ])('%i properties aliased %i times: one error naming where the limit was passed', (properties, aliases) => {
    const started = performance.now();
    expect(() => parseYaml(aliasedSchema(properties, aliases), 'big.yaml', 2)).toThrow(
      new RegExp(`^big\\.yaml:\\d+:\\d+ #/schemas/U\\d+/\\S*: YAML aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values`),
    );
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe('nesting depth', () => {
  const nested = (depth: number, open: string, close: string) => `a: ${open.repeat(depth)}${close.repeat(depth)}\n`;
  const block = (depth: number) => Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}k:`).join('\n') + ' 1\n';

  it.each([
    ['flow sequences', nested(MAX_NESTING_DEPTH - 2, '[', ']')],
    ['flow mappings', nested(MAX_NESTING_DEPTH - 2, '{k: ', '}')],
    ['block mappings', block(MAX_NESTING_DEPTH - 1)],
  ])('%s up to the limit are read', (_shape, text) => {
    expect(() => parseYaml(text, 'deep.yaml')).not.toThrow();
  });

  it.each([
    ['flow sequences', nested(MAX_NESTING_DEPTH + 1, '[', ']')],
    ['flow mappings', nested(MAX_NESTING_DEPTH + 1, '{k: ', '}')],
    ['block mappings', block(MAX_NESTING_DEPTH + 1)],
    ['flow sequences beyond the parser', nested(5_000, '[', ']')],
  ])('%s past the limit fail with one line', (_shape, text) => {
    let message = '';
    try {
      parseYaml(text, 'deep.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^deep\.yaml:\d+:\d+( #\S+)?: (nested more than 128 levels deep|invalid YAML: nested too deeply to parse)/);
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('keys that name Object.prototype members', () => {
  it.each(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'prototype'])('%s stays an own key with its value', (key) => {
    const { value } = parseYaml(`a:\n  ${key}: {x: 1}\nb: &r\n  ${key}: 2\nc: *r\n`, 'keys.yaml') as { value: Record<string, Record<string, unknown>> };
    for (const holder of [value.a!, value.b!, value.c!]) {
      expect(Object.keys(holder)).toEqual([key]);
      expect(Object.getPrototypeOf(holder)).toBe(Object.prototype);
    }
    expect(Object.getOwnPropertyDescriptor(value.a, key)?.value).toEqual({ x: 1 });
    expect(Object.getOwnPropertyDescriptor(value.c, key)?.value).toBe(2);
  });
});

describe('duplicate keys', () => {
  it.each([
    ['a: 1\nb: 2\na: 3\n', 3, 1, 'a'],
    ['{"a": 1, "b": {"c": 1, "c": 2}}', 1, 24, 'c'],
    ['1: x\n"1": y\n', 2, 1, '1'],
    ['list:\n  - {x: 1}\n  - {x: 1, x: 2}\n', 3, 12, 'x'],
  ])('%j fails at the repeated key', (text, line, column, key) => {
    expect(() => parseYaml(text, 'dup.yaml')).toThrow(`dup.yaml:${line}:${column}: invalid YAML: duplicate key "${key}" (map keys must be unique)`);
  });

  it.each([5_000, 20_000, 50_000])('a map of %i keys is checked in linear time', (count) => {
    const text = `schemas:\n${Array.from({ length: count }, (_, index) => `  S${index}: {type: string}`).join('\n')}\n`;
    const started = performance.now();
    expect(Object.keys((parseYaml(text, 'wide.yaml').value as { schemas: object }).schemas)).toHaveLength(count);
    expect(() => parseYaml(`${text}  S0: {type: string}\n`, 'wide.yaml')).toThrow(`wide.yaml:${count + 2}:3: invalid YAML: duplicate key "S0"`);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
