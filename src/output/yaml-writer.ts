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
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && plainScalarIsAmbiguous(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({ lineWidth: 0 });
}

/** True when the plain scalar would not read back as this string under YAML 1.1 or 1.2. */
function plainScalarIsAmbiguous(text: string): boolean {
  if (text === '' || text.includes('\n')) return false;
  for (const version of ['1.1', '1.2'] as const) {
    try {
      if (parse(text, { version }) !== text) return true;
    } catch {
      return true;
    }
  }
  return false;
}

