/**
 * curl lines are pasted into a shell, and their words come from specs: each
 * hostile word must reach curl exactly as it was (checked by running the
 * line in sh and bash with a `curl` function that prints its arguments),
 * nothing in it may run, and the line stays one line without control
 * characters.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curlCommand } from '../../src/cli/curl.js';
import { shellQuote } from '../../src/shell-quote.js';
import { tempDir } from '../helpers.js';

/** The arguments `line` passes to curl under `shell`, run in `cwd`. */
function curlArguments(shell: string, line: string, cwd: string): string[] {
  const script = `curl() { for argument in "$@"; do printf '%s\\0' "$argument"; done; }\n${line}`;
  return execFileSync(shell, ['-c', script], { cwd, encoding: 'utf8' }).split('\0').slice(0, -1);
}

const HOSTILE: Array<[string, string]> = [
  ['a single quote', "it's"],
  ['a quote that closes and runs a command', "'; touch pwned; echo '"],
  ['command substitution', '$(touch pwned)'],
  ['backquotes', '`touch pwned`'],
  ['a variable', '$HOME ${HOME}'],
  ['globs and a tilde', '~/* ?[a]'],
  ['zsh’s =command', '=ls'],
  ['redirections and pipes', '> pwned | cat & ; &&'],
  ['backslashes and double quotes', '\\"\\\\"\\'],
  ['an empty word', ''],
  ['a word starting with a dash', '--output pwned'],
  ['a history expansion', '!! !-1'],
  ['non-ASCII text', 'naïve café 日本'],
];

describe('shellQuote', () => {
  it.each(HOSTILE)('%s reaches the command as it was, and runs nothing', (_name, word) => {
    const cwd = tempDir();
    for (const shell of ['sh', 'bash']) expect(curlArguments(shell, `curl ${shellQuote(word)} end`, cwd), shell).toEqual([word, 'end']);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('leaves plain words (flags, URLs without a query) readable', () => {
    expect(shellQuote('-sS')).toBe('-sS');
    expect(shellQuote('http://127.0.0.1:4010/v1/tasks')).toBe('http://127.0.0.1:4010/v1/tasks');
    expect(shellQuote('http://127.0.0.1:4010/v1/tasks?limit=1')).toBe("'http://127.0.0.1:4010/v1/tasks?limit=1'");
  });
});

describe('curlCommand', () => {
  it('passes URL, headers and body to curl exactly, in one line', () => {
    const cwd = tempDir();
    const hostile = HOSTILE.map(([, word]) => word).join(' ');
    const line = curlCommand({ method: 'post', url: `http://127.0.0.1:4010/x?q=${encodeURIComponent(hostile)}`, headers: [['x-note', hostile]], body: JSON.stringify({ note: hostile }) });
    expect(line).not.toMatch(/[\n\r]/);
    for (const shell of ['sh', 'bash']) {
      expect(curlArguments(shell, line, cwd), shell).toEqual(['-sS', '-X', 'POST', `http://127.0.0.1:4010/x?q=${encodeURIComponent(hostile)}`, '-H', `x-note: ${hostile}`, '--data-raw', JSON.stringify({ note: hostile })]);
    }
    expect(existsSync(join(cwd, 'pwned'))).toBe(false);
  });

  it('shows control characters as \\uXXXX: no line break, no terminal escape reaches the screen', () => {
    const line = curlCommand({ method: 'get', url: 'http://127.0.0.1:4010/x', headers: [['x-title', 'a\nb\u001b]0;owned\u0007c\u009b31m\u2028']], body: undefined });
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(line).toContain('a\\u000ab\\u001b]0;owned\\u0007c\\u009b31m\\u2028');
    expect(line).not.toContain('-X');
  });
});
