import { describe, expect, it } from 'vitest';
import { parseYaml, MAX_ALIAS_COUNT } from '../../src/ingest/yaml.js';
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
