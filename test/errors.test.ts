import { describe, expect, it } from 'vitest';
import { printable, SpecError } from '../src/errors.js';

describe('SpecError', () => {
  it.each([
    ['a line break', 'name "a\nb"', 'name "a\\u000ab"'],
    ['a carriage return', 'x\r\ny', 'x\\u000d\\u000ay'],
    ['a terminal escape sequence', 'title \u001b]52;c;cHduZWQ=\u0007 set', 'title \\u001b]52;c;cHduZWQ=\\u0007 set'],
    ['a C1 control character', 'csi \u009b31m', 'csi \\u009b31m'],
    ['a line separator', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
  ])('keeps %s from the spec on one printable line', (_, reason, shown) => {
    const error = new SpecError('specs/api/openapi.yaml', { line: 3, pointer: '/info/title' }, reason);
    expect(error.message).toBe(`specs/api/openapi.yaml:3 #/info/title: ${shown}`);
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('leaves ordinary text, quotes and non-ASCII letters alone', () => {
    expect(printable('Anchor’s “vicuña” — 100 %')).toBe('Anchor’s “vicuña” — 100 %');
  });
});
