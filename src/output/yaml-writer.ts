/**
 * Writes documents as YAML that every reader takes the same way. Output is
 * YAML 1.2, but strings that a YAML 1.1 reader would take as something else
 * (`no`, `yes`, `on`, `0o7`, ...) are quoted: the country code `no` must stay
 * a string for every consumer. Repeated objects are written out in full,
 * never as anchors and aliases.
 */
import { Document, parse, Scalar, visit } from 'yaml';

export function toYaml(value: unknown): string {
  const document = new Document(value, { aliasDuplicateObjects: false });
  // Big documents repeat their strings (GitHub's: 370,000 strings, 25,000 distinct).
  const verdicts = new Map<string, boolean>();
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      let ambiguous = verdicts.get(node.value);
      if (ambiguous === undefined) verdicts.set(node.value, (ambiguous = plainScalarIsAmbiguous(node.value)));
      if (ambiguous) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({ lineWidth: 0 });
}

/**
 * Reads back as itself in YAML 1.1 and 1.2 without parsing: every implicit
 * non-string scalar of either version (numbers, timestamps, `.inf`, `~`,
 * `<<`, `=`) starts with a digit, a sign or a symbol, except these words;
 * and without `:`, `#`, control characters or YAML 1.1's extra line breaks
 * (U+0085, U+2028, U+2029) nothing inside a letter-led scalar is syntax.
 */
const PLAIN_SAFE = /^[A-Za-z_][^:#\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*(?<! )$/;
const YAML_1_1_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;

/** True when the plain scalar would not read back as this string under YAML 1.1 or 1.2. */
function plainScalarIsAmbiguous(text: string): boolean {
  if (text === '' || text.includes('\n')) return false;
  if (PLAIN_SAFE.test(text)) return YAML_1_1_WORDS.test(text);
  // Reads back as itself alone, but as a key YAML 1.1 takes it for a merge.
  if (text === '<<') return true;
  for (const version of ['1.1', '1.2'] as const) {
    try {
      if (parse(text, { version, logLevel: 'silent' }) !== text) return true;
    } catch {
      return true;
    }
  }
  return false;
}

