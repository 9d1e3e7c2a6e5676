/**
 * curl command lines a person can paste into a POSIX shell (sh, bash, zsh),
 * each word quoted by src/shell-quote.ts. A control character would still
 * reach the terminal (and a line break would split the line), so none is
 * passed: they are shown as `\uXXXX` (src/errors.ts `printable`) or
 * percent-encoded first.
 */
import { printable } from '../errors.js';
import { shellQuote } from '../shell-quote.js';

export interface CurlRequest {
  method: string;
  url: string;
  /** In order: name and value. */
  headers: Array<[string, string]>;
  /** Sent as it is (`--data-raw`: curl gives `@` no meaning there). */
  body?: string;
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
