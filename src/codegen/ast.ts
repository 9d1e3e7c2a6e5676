/**
 * Reading what openapi-typescript printed. A member's name may be printed
 * bare (`createTask`) or quoted in whatever escaping TypeScript's printer
 * chose (`"meta/root"`); passes look members up by the name itself.
 */
import type { PropertySignature } from 'ts-morph';
import { tsMorph } from './generators.js';

const { Node } = tsMorph;

/** The property's name as a value: `"a\"b"` reads `a"b`. */
export function declaredName(property: PropertySignature): string {
  const name = property.getNameNode();
  return Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name) ? name.getLiteralValue() : name.getText();
}
