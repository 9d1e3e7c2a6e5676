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
 */
import type { CodeBlockWriter, StatementStructures } from 'ts-morph';
import { tsMorph } from '../generators.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { componentSchemas } from '../../openapi/schemas.js';
import { docText, indexKey, literal, stringLiteral, uniqueName } from '../escape.js';
import { pascalCase } from '../../openapi/names.js';
import type { CodegenPass } from '../pass.js';
import { inScratchFile, insertEdit } from '../text-edits.js';

const { StructureKind, VariableDeclarationKind } = tsMorph;

export interface EnumDefinition {
  name: string;
  values: Array<string | number | boolean | null>;
  /** TypeScript type the values must satisfy (from the generated schema types). */
  schemaType: string;
  description?: string;
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

export function collectEnums(document: JsonObject): EnumDefinition[] {
  const schemas = componentSchemas(document);
  const found: EnumDefinition[] = [];
  const visit = (schema: unknown, name: string, schemaType: string): void => {
    if (!isObject(schema)) return;
    const values = enumValues(schema);
    if (values) found.push({ name, values, schemaType, ...(typeof schema.description === 'string' ? { description: schema.description } : {}) });
    if (isObject(schema.properties)) {
      for (const [property, child] of Object.entries(schema.properties)) {
        // The owner may be nullable (`type: [object, "null"]`), the property may hold null itself.
        visit(child, `${name}${pascalCase(property)}`, `PropertyOf<NonNullable<${schemaType}>, ${stringLiteral(property)}>`);
      }
    }
  };
  for (const [name, schema] of Object.entries(schemas)) visit(schema, pascalCase(name), `components["schemas"]${indexKey(name)}`);
  return uniqueNames(found);
}

/** Components claim their names first, in document order; property enums take what is left. */
function uniqueNames(enums: EnumDefinition[]): EnumDefinition[] {
  const isComponent = (definition: EnumDefinition) => definition.schemaType.startsWith('components');
  const taken = new Set<string>();
  const names = new Map<EnumDefinition, string>();
  const claim = (definition: EnumDefinition) => names.set(definition, uniqueName(definition.name, taken));
  enums.filter(isComponent).forEach(claim);
  enums.filter((definition) => !isComponent(definition)).forEach(claim);
  return enums.map((definition) => ({ ...definition, name: names.get(definition)! }));
}

function enumValues(schema: JsonObject): EnumDefinition['values'] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum as EnumDefinition['values'];
  const union = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (union && union.length > 0 && union.every((branch) => isObject(branch) && 'const' in branch)) {
    return union.map((branch) => (branch as JsonObject).const as EnumDefinition['values'][number]);
  }
  return undefined;
}

function lowerFirst(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

/** The schema types the arrays are checked against. */
const SCHEMA_MODULE = './schema.js';

/** `enums.ts`: the arrays and guards, importing the schema types (nothing at all when the document has no enum). */
export const enumRuntimePass: CodegenPass = {
  name: 'enum runtime',
  edits(_, { model, project }) {
    const enums = collectEnums(model.document);
    if (enums.length === 0) return [];
    return [insertEdit(0, inScratchFile(project, (scratch) => {
      scratch.addStatements(enumStatements(enums));
      return scratch.getFullText();
    }), 'enum runtime')];
  },
};

function enumStatements(enums: EnumDefinition[]): Array<StatementStructures | string | ((writer: CodeBlockWriter) => void)> {
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: SCHEMA_MODULE, namedImports: ['components'], isTypeOnly: true },
    (writer) => writer.blankLine(),
    ...(enums.some((definition) => definition.schemaType.startsWith('PropertyOf')) ? [PROPERTY_OF, (writer: CodeBlockWriter) => writer.blankLine()] : []),
    SCHEMA_VALUES,
    (writer) => writer.blankLine(),
    ...enums.flatMap((definition): StatementStructures[] => {
      const arrayName = `${lowerFirst(definition.name)}Values`;
      const docs = [docText(definition.description ? `${definition.description.trim()}\n\nEvery value of \`${definition.name}\`.` : `Every value of \`${definition.name}\`.`)];
      return [
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs,
          declarations: [{ name: arrayName, initializer: `${literal(definition.values)} as const` }],
        },
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
