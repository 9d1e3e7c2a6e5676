/**
 * curl command lines a person can paste into a POSIX shell (sh, bash, zsh).
 * Every word but the plainest is single-quoted: inside single quotes no
 * character is special to the shell, and a quote itself is written as
 * `'\''` (close, escaped quote, reopen). The words come from specs, which
 * are untrusted, so there is no cleverer quoting to get wrong: no `$'…'`,
 * no double quotes. A control character would still reach the terminal
 * (and a line break would split the line), so callers pass none: they are
 * shown as `\uXXXX` (src/errors.ts `printable`) or percent-encoded first.
 */
import { printable } from '../errors.js';

export interface CurlRequest {
  method: string;
  url: string;
  /** In order: name and value. */
  headers: Array<[string, string]>;
  /** Sent as it is (`--data-raw`: curl gives `@` no meaning there). */
  body?: string;
}

/** Words that mean themselves unquoted to sh, bash and zsh: no syntax, globbing, `~`, `$`, or `=` (zsh expands `=cmd`). */
const PLAIN_WORD = /^[A-Za-z0-9_/.,:@%+-]+$/;

export function shellQuote(word: string): string {
  return PLAIN_WORD.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** One line: `curl -sS [-X METHOD] URL [-H 'name: value']… [--data-raw BODY]`. */
export function curlCommand(request: CurlRequest): string {
  const word = (text: string) => shellQuote(printable(text));
  const words = ['curl', '-sS'];
  if (request.method.toUpperCase() !== 'GET') words.push('-X', word(request.method.toUpperCase()));
  words.push(word(request.url));
  for (const [name, value] of request.headers) words.push('-H', word(`${name}: ${value}`));
  if (request.body !== undefined) words.push('--data-raw', word(request.body));
  return words.join(' ');
}
