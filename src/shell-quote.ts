/**
 * A word for a POSIX shell (sh, bash, zsh) that it reads back as it is:
 * every word but the plainest is single-quoted. Inside single quotes no
 * character is special to the shell, and a quote itself is written as
 * `'\''` (close, escaped quote, reopen). Words taken from specs or typed
 * paths are untrusted, so there is no cleverer quoting to get wrong: no
 * `$'…'`, no double quotes.
 */

/** Words that mean themselves unquoted to sh, bash and zsh: no syntax, globbing, `~`, `$`, or `=` (zsh expands `=cmd`). */
const PLAIN_WORD = /^[A-Za-z0-9_/.,:@%+-]+$/;

export function shellQuote(word: string): string {
  return PLAIN_WORD.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
