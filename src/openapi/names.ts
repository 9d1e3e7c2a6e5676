/**
 * Names derived from spec text: type names from component and operation
 * names, client names from titles, operationIds from method and path. Only
 * ASCII letters and digits survive; every other character separates words.
 * The results are identifiers: a leading digit gets `_`, and text with no
 * letter or digit gives `Unnamed` (`unnamed`). Callers that need unique
 * names add their own suffixes.
 */

function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function uncapitalized(word: string): string {
  return word[0]!.toLowerCase() + word.slice(1);
}

function identifier(name: string, fallback: string): string {
  return name === '' ? fallback : name.replace(/^(\d)/, '_$1');
}

/** `run-task` → `RunTask`, `2fa` → `_2fa`. */
export function pascalCase(text: string): string {
  return identifier(words(text).map(capitalized).join(''), 'Unnamed');
}

/** `post /v1/task by taskId` → `postV1TaskByTaskId`. */
export function camelCase(text: string): string {
  return identifier(words(text).map((word, index) => (index === 0 ? uncapitalized(word) : capitalized(word))).join(''), 'unnamed');
}
