/**
 * Regular expressions taken from specs and manifests (`pattern`,
 * `patternProperties`, tag `pathPattern`), matched in linear time.
 *
 * JavaScript's RegExp backtracks: `^(a+)+$` against 35 characters ran Ajv
 * for minutes. These patterns run on RE2JS (a pure-JS port of RE2, linear in
 * the input) instead, with ECMAScript's meaning kept where the two engines
 * differ (`.`, `\s`, `\S`). What RE2 cannot express without backtracking
 * (lookahead, backreferences, repeat counts over 1,000) is `unsupported`:
 * callers skip such a pattern and say so, and never fall back to RegExp.
 */
import { RE2JS } from 're2js';

export interface LinearRegex {
  /** Whether the pattern matches anywhere in `input` (RegExp#test, unanchored). */
  test(input: string): boolean;
}

export type CompiledPattern =
  | { kind: 'linear'; regex: LinearRegex }
  /** Valid ECMAScript that RE2 cannot run in linear time. */
  | { kind: 'unsupported'; reason: string }
  /** Not an ECMAScript regular expression (with the `u` flag, as JSON Schema validators compile it). */
  | { kind: 'invalid'; reason: string };

/** ECMAScript's `\s`: WhiteSpace and LineTerminator (RE2's `\s` is ASCII only). */
const WHITESPACE_RANGES: Array<[number, number]> = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
const MAX_CODE_POINT = 0x10ffff;

function hex(codePoint: number): string {
  return `\\x{${codePoint.toString(16)}}`;
}

function classBody(ranges: Array<[number, number]>): string {
  return ranges.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
}

function complement(ranges: Array<[number, number]>): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) result.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) result.push([next, MAX_CODE_POINT]);
  return result;
}

const SPACE = classBody(WHITESPACE_RANGES);
const NON_SPACE = classBody(complement(WHITESPACE_RANGES));
/** ECMAScript's `.` without the `s` flag: anything but a LineTerminator (RE2's excludes only `\n`). */
const DOT = `[^${hex(0x0a)}${hex(0x0d)}${hex(0x2028)}${hex(0x2029)}]`;

/**
 * Rewrites the constructs whose meaning differs between the engines and
 * finds the ones RE2 lacks. `source` is already known to be valid
 * ECMAScript, so escapes and classes are well formed.
 */
function toRe2Syntax(source: string): { syntax: string } | { unsupported: string } {
  let syntax = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      index++;
      if (!inClass && /[1-9]/.test(next)) return { unsupported: `backreference \\${next}` };
      if (!inClass && next === 'k') return { unsupported: 'named backreference \\k<…>' };
      if (next === 's') syntax += inClass ? SPACE : `[${SPACE}]`;
      else if (next === 'S') syntax += inClass ? NON_SPACE : `[${NON_SPACE}]`;
      else syntax += char + next;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      syntax += char;
      continue;
    }
    if (char === '[') inClass = true;
    if (char === '(' && (source.startsWith('?=', index + 1) || source.startsWith('?!', index + 1))) {
      return { unsupported: 'lookahead (?=…) or (?!…)' };
    }
    syntax += char === '.' ? DOT : char;
  }
  return { syntax };
}

/** Compiles an untrusted ECMAScript pattern for linear-time matching; never throws. */
export function compilePattern(source: string): CompiledPattern {
  try {
    // Building a RegExp parses it and never matches, so this is linear too.
    new RegExp(source, 'u');
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
  const rewritten = toRe2Syntax(source);
  if ('unsupported' in rewritten) return { kind: 'unsupported', reason: `${rewritten.unsupported} needs a backtracking engine` };
  try {
    // translateRegExp maps the remaining ECMAScript spellings (`\u{…}`, `(?<name>`, `[^]`) to RE2's.
    const compiled = RE2JS.compile(RE2JS.translateRegExp(rewritten.syntax), RE2JS.LOOKBEHINDS);
    return { kind: 'linear', regex: { test: (input) => compiled.test(input) } };
  } catch (error) {
    return { kind: 'unsupported', reason: `RE2 cannot run it: ${(error as Error).message}` };
  }
}
