/**
 * openapi-typescript prints an enum as one union on one line: Anchor's 140
 * country codes made four lines of about 900 columns each. A member or
 * alias typed by a union of literals that does not fit in 100 columns is
 * written on lines of its own, each starting with `|`, as many values to a
 * line as fit:
 *
 *     AnchorProxyCountryCode:
 *         | "af" | "al" | "dz" | …
 *         | "by" | "be" | "bz" | …;
 *
 * Only where the union is the whole type of a property signature or type
 * alias, outside the components the conditional-properties pass rewrites
 * (their edits may not overlap).
 */
import type { SourceFile, ts as TypeScript } from 'ts-morph';
import { tsMorph } from '../generators.js';
import type { CodegenPass } from '../pass.js';
import { findConditionalSchemas } from './conditional-properties.js';

const { ts } = tsMorph;

const LINE_WIDTH = 100;
const INDENT = '    ';

export const longUnionsPass: CodegenPass = {
  name: 'long unions',
  edits(file, { model }) {
    const rewritten = new Set(findConditionalSchemas(model.document).map((conditional) => conditional.component));
    return longUnions(file, rewritten).map(({ union, indentation }) => ({
      // From just after the `:` or `=`, so the line does not end in a space.
      start: union.pos,
      end: union.getEnd(),
      text: wrapped(union.types.map((member) => member.getText(file.compilerNode)), indentation),
      pass: 'long unions',
    }));
  },
};

/** Unions of literals typing a property or alias, too long for their line, with that line's indentation. */
function longUnions(file: SourceFile, skippedComponents: ReadonlySet<string>): Array<{ union: TypeScript.UnionTypeNode; indentation: string }> {
  const source = file.compilerNode;
  const text = source.text;
  const found: Array<{ union: TypeScript.UnionTypeNode; indentation: string }> = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isPropertySignature(node) && skippedComponents.has(propertyName(node, source)) && isComponentSchema(node)) return;
    if ((ts.isPropertySignature(node) || ts.isTypeAliasDeclaration(node)) && node.type && ts.isUnionTypeNode(node.type) && node.type.types.every(ts.isLiteralTypeNode)) {
      const lineStart = text.lastIndexOf('\n', node.getStart(source)) + 1;
      const lineEnd = text.indexOf('\n', node.type.getEnd());
      if ((lineEnd === -1 ? text.length : lineEnd) - lineStart > LINE_WIDTH) {
        found.push({ union: node.type, indentation: /^[ \t]*/.exec(text.slice(lineStart))![0] });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `components["schemas"]` members are the properties of the type literal under `schemas` in `interface components`. */
function isComponentSchema(property: TypeScript.PropertySignature): boolean {
  const schemas = property.parent.parent;
  const components = schemas?.parent;
  return ts.isPropertySignature(schemas) && schemas.name.getText() === 'schemas' && components !== undefined && ts.isInterfaceDeclaration(components) && components.name.text === 'components';
}

function propertyName(property: TypeScript.PropertySignature, source: TypeScript.SourceFile): string {
  const name = property.name;
  return ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : name.getText(source);
}

/** The members on lines below the declaration, one level deeper, each line starting with `|`. */
function wrapped(members: string[], indentation: string): string {
  const lines: string[] = [];
  for (const member of members) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + member.length + 3 <= LINE_WIDTH) lines[last] = `${lines[last]} | ${member}`;
    else lines.push(`${indentation}${INDENT}| ${member}`);
  }
  return `\n${lines.join('\n')}`;
}
