import { describe, expect, it } from 'vitest';
import { compilePattern } from '../src/safe-regex.js';

/** Generous: each of these takes milliseconds; a backtracking engine takes minutes or more. */
const BOUND_MS = 2_000;

function linear(source: string) {
  const compiled = compilePattern(source);
  if (compiled.kind !== 'linear') throw new Error(`${source}: ${compiled.kind} (${compiled.reason})`);
  return compiled.regex;
}

describe('compilePattern: same answers as ECMAScript', () => {
  const inputs = ['', 'a', 'aab', 'web-scraper', '<string>', ' ', '\u00a0', '\t', '\n', '\r', '\u2028', 'é', '😀', 'x1y', 'ANCHOR_URL', '12', 'a b', 'a\nb'];
  const patterns = [
    '^[a-zA-Z0-9_-]+$', '^ANCHOR_.*$', '\\s', '\\S+', '^\\s*$', '^.$', '^.+$', '[^\\s]', '[\\s\\S]', '\\d{2,}', '\\bx', '^\\w+$',
    '\\u00e9', '\\u{1F600}', '^\\p{L}+$', '(?<year>\\d{4})', 'a|b', '^(a+)+$', '(?<=x)1', '(?<!x)1y', '[^]', '^$', 'é|😀',
  ];
  it.each(patterns)('%s', (source) => {
    const native = new RegExp(source, 'u');
    const regex = linear(source);
    for (const input of inputs) expect(regex.test(input), JSON.stringify(input)).toBe(native.test(input));
  });
});

describe('compilePattern: catastrophic patterns run in linear time', () => {
  const cases: Array<[string, string]> = [
    ['^(a+)+$', 'a'.repeat(35) + '!'],
    ['^(a|a)*$', 'a'.repeat(40) + '!'],
    ['^(a|aa)+$', 'a'.repeat(60) + '!'],
    ['(x+x+)+y', 'x'.repeat(5_000)],
    ['^(\\w+\\s?)*$', 'word '.repeat(2_000) + '!'],
    ['^([a-z0-9]+[-.]?)+@example\\.com$', 'a-'.repeat(20_000) + '!'],
    ['^(.*a){12}$', 'a'.repeat(100_000) + '!'],
  ];
  it.each(cases)('%s against %#', (source, input) => {
    const regex = linear(source);
    const started = performance.now();
    expect(regex.test(input)).toBe(false);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('matches a 1 MB input against a nested quantifier within the bound', () => {
    const regex = linear('^(a+)+$');
    const started = performance.now();
    expect(regex.test('a'.repeat(2 ** 20))).toBe(true);
    expect(regex.test('a'.repeat(2 ** 20) + '!')).toBe(false);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe('compilePattern: what RE2 cannot run, and what is not a pattern', () => {
  it.each([
    ['(a)\\1', /backreference \\1/],
    ['(?<n>a)\\k<n>', /named backreference/],
    ['(?=a)a', /lookahead/],
    ['x(?!y)', /lookahead/],
    ['a{100000}', /RE2 cannot run it.*repeat count/],
    ['(?<=(a))b', /RE2 cannot run it/],
  ])('%s is unsupported', (source, reason) => {
    const compiled = compilePattern(source);
    expect(compiled.kind).toBe('unsupported');
    expect(compiled.kind === 'unsupported' && compiled.reason).toMatch(reason);
  });

  it.each(['[', '(', 'a**', '\\_', '(?<n>a)(?<n>b)', '\\p{Nope}'])('%s is invalid ECMAScript', (source) => {
    expect(compilePattern(source).kind).toBe('invalid');
  });

  it('keeps escapes and classes apart from the rewritten ones', () => {
    // `\.` and `[.]` are literal dots; `\\s` is a backslash and an s.
    expect(linear('^a\\.b$').test('a.b')).toBe(true);
    expect(linear('^a\\.b$').test('axb')).toBe(false);
    expect(linear('^[.]$').test('x')).toBe(false);
    expect(linear('^\\\\s$').test('\\s')).toBe(true);
    expect(linear('^\\\\s$').test(' ')).toBe(false);
  });
});
