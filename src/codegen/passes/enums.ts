/**
 * For every enum of the document, a runtime `as const` array and a type
 * guard, so code can validate input and iterate values without restating
 * them: `residentialCountryCodeValues`, `isResidentialCountryCode(x)`.
 * Enums are found by shape: a component schema or a property (at any depth
 * under a component) with `enum`, or with a `oneOf`/`anyOf` made only of
 * `const` branches. Component enums take the component's name; property
 * enums take the owner's name plus the property path in PascalCase
 * (`AnchorProxy.type` → `AnchorProxyType`); a property enum whose name is
 * already taken gets a number (`…Status2`), so component names never move.
 * Each array's comment says where its values are in the document and, where
 * a `const` branch describes its value, what each value means.
 */
import type { CodeBlockWriter, StatementStructures } from 'ts-morph';
import { tsMorph } from '../generators.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { componentSchemas } from '../../openapi/schemas.js';
import { docText, indexKey, literal, stringLiteral, uniqueName } from '../escape.js';
import { pascalCase } from '../../openapi/names.js';
import { printJsDocs } from '../jsdoc.js';
import type { CodegenPass } from '../pass.js';
import { componentDocs, type SchemaDoc } from '../schema-docs.js';
import { inScratchFile, insertEdit } from '../text-edits.js';

const { StructureKind } = tsMorph;

type EnumValue = string | number | boolean | null;

export interface EnumDefinition {
  name: string;
  values: EnumValue[];
  /** TypeScript type the values must satisfy (from the generated schema types). */
  schemaType: string;
  /** Where the enum is in the document: a component's name, or its owner's and the property path (`AnchorProxy.type`). */
  origin: string;
  /** The component, for a component enum. */
  component?: string;
  description?: string;
  /** What the `const` branches of a `oneOf`/`anyOf` say of their value. */
  valueDocs: Array<{ value: EnumValue; text: string }>;
}

/**
 * The type of property K of T, or `unknown` where openapi-typescript printed
 * a type without it (`{ … } | unknown` for GitHub's `anyOf` of `required`
 * lists), so the values check degrades instead of failing to compile.
 */
const PROPERTY_OF = '/** The type of property K of T, or `unknown` where T has no such property. */\ntype PropertyOf<T, K extends PropertyKey> = T extends { readonly [P in K]?: infer V } ? V : unknown;';

/**
 * Each array's values are checked against the schema type through this
 * alias's constraint, in its guard's return type. Not with `satisfies` on
 * the array: that types every element against the union of all values,
 * which made tsc quadratic (a 40,000-value enum: 35 s for that line alone;
 * this way 3 s).
 */
const SCHEMA_VALUES = '/** V, which must be values of the schema type T (a compile error names any other). */\ntype SchemaValues<V extends T, T> = V;';

/** The schema types the arrays are checked against. */
const SCHEMA_MODULE = './schema.js';

/** Past this width an array is wrapped, as many values to a line as fit. */
const LINE_WIDTH = 100;
const INDENT = '    ';

export function collectEnums(document: JsonObject): EnumDefinition[] {
  const schemas = componentSchemas(document);
  const found: EnumDefinition[] = [];
  const visit = (schema: unknown, name: string, schemaType: string, origin: string, component?: string): void => {
    if (!isObject(schema)) return;
    const values = enumValues(schema);
    if (values) {
      found.push({
        name,
        values,
        schemaType,
        origin,
        ...(component === undefined ? {} : { component }),
        ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
        valueDocs: valueDocs(schema),
      });
    }
    if (isObject(schema.properties)) {
      for (const [property, child] of Object.entries(schema.properties)) {
        // The owner may be nullable (`type: [object, "null"]`), the property may hold null itself.
        visit(child, `${name}${pascalCase(property)}`, `PropertyOf<NonNullable<${schemaType}>, ${stringLiteral(property)}>`, `${origin}.${property}`);
      }
    }
  };
  for (const [name, schema] of Object.entries(schemas)) visit(schema, pascalCase(name), `components["schemas"]${indexKey(name)}`, name, name);
  return uniqueNames(found);
}

/** Components claim their names first, in document order; property enums take what is left. */
function uniqueNames(enums: EnumDefinition[]): EnumDefinition[] {
  const taken = new Set<string>();
  const names = new Map<EnumDefinition, string>();
  const claim = (definition: EnumDefinition) => names.set(definition, uniqueName(definition.name, taken));
  enums.filter((definition) => definition.component !== undefined).forEach(claim);
  enums.filter((definition) => definition.component === undefined).forEach(claim);
  return enums.map((definition) => ({ ...definition, name: names.get(definition)! }));
}

function enumValues(schema: JsonObject): EnumValue[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum as EnumValue[];
  return constBranches(schema)?.map((branch) => branch.const as EnumValue);
}

/** The members of a `oneOf`/`anyOf` made only of `const` branches. */
function constBranches(schema: JsonObject): JsonObject[] | undefined {
  const union = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  return union && union.length > 0 && union.every((branch) => isObject(branch) && 'const' in branch) ? (union as JsonObject[]) : undefined;
}

/** A branch's description, else its title where the title says more than the value itself; on one line each. */
function valueDocs(schema: JsonObject): EnumDefinition['valueDocs'] {
  return (constBranches(schema) ?? []).flatMap((branch) => {
    const value = branch.const as EnumValue;
    const title = typeof branch.title === 'string' && branch.title !== String(value) ? branch.title : undefined;
    const text = (typeof branch.description === 'string' ? branch.description : title)?.replace(/\s+/g, ' ').trim();
    return text ? [{ value, text }] : [];
  });
}

/** `enums.ts`: the arrays and guards, importing the schema types (nothing at all when the document has no enum). */
export const enumRuntimePass: CodegenPass = {
  name: 'enum runtime',
  edits(_, { model, project }) {
    const enums = collectEnums(model.document);
    if (enums.length === 0) return [];
    const docs = componentDocs(model.document);
    // Printed first and apart: a scratch file replaces the one before it.
    const comments = printJsDocs(project, enums.map((definition) => ({ description: enumDoc(definition, docs) })));
    return [insertEdit(0, inScratchFile(project, (scratch) => {
      scratch.addStatements(enumStatements(enums, comments));
      return scratch.getFullText();
    }), 'enum runtime')];
  },
};

function enumStatements(enums: EnumDefinition[], comments: string[]): Array<StatementStructures | string | ((writer: CodeBlockWriter) => void)> {
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: SCHEMA_MODULE, namedImports: ['components'], isTypeOnly: true },
    (writer) => writer.blankLine(),
    ...(enums.some((definition) => definition.component === undefined) ? [PROPERTY_OF, (writer: CodeBlockWriter) => writer.blankLine()] : []),
    SCHEMA_VALUES,
    (writer) => writer.blankLine(),
    ...enums.flatMap((definition, index): Array<StatementStructures | string> => {
      const arrayName = `${lowerFirst(definition.name)}Values`;
      const declaration = `export const ${arrayName} = `;
      return [
        // Text rather than a structure: ts-morph would indent a wrapped initializer as a continuation line.
        `${comments[index]}\n${declaration}${arrayLiteral(definition.values, declaration.length)} as const;`,
        {
          kind: StructureKind.Function,
          isExported: true,
          name: `is${definition.name}`,
          docs: [`True when \`value\` is one of {@link ${arrayName}}.`],
          parameters: [{ name: 'value', type: 'unknown' }],
          returnType: `value is SchemaValues<(typeof ${arrayName})[number], ${definition.schemaType}>`,
          statements: `return (${arrayName} as ReadonlyArray<unknown>).includes(value);`,
        },
      ];
    }),
  ];
}

/**
 * First where the values are in the document (what a hover shows first),
 * then what the schema says of them, then what each value means where its
 * branch says so.
 */
function enumDoc(definition: EnumDefinition, docs: Map<string, SchemaDoc>): string {
  const component = definition.component === undefined ? undefined : docs.get(definition.component);
  const paragraphs = [
    `Every value of \`${definition.origin}\`.`,
    component?.summary,
    definition.description,
    definition.valueDocs.map(({ value, text }) => `- \`${literal(value)}\`: ${text}`).join('\n'),
  ];
  return docText(paragraphs.map((text) => text?.trim()).filter(Boolean).join('\n\n'));
}

/** The values as an array literal: on one line when it fits after `prefix` columns, else wrapped to the line width. */
function arrayLiteral(values: EnumValue[], prefix: number): string {
  const items = values.map((value) => literal(value));
  const oneLine = `[${items.join(', ')}]`;
  if (prefix + oneLine.length + ' as const;'.length <= LINE_WIDTH) return oneLine;
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + item.length + 2 <= LINE_WIDTH) lines[last] = `${lines[last]} ${item},`;
    else lines.push(`${INDENT}${item},`);
  }
  return `[\n${lines.join('\n')}\n]`;
}

function lowerFirst(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}
