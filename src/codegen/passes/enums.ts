/**
 * For every enum of the document, a runtime `as const` array and a type
 * guard, so code can validate input and iterate values without restating
 * them: `residentialCountryCodeValues`, `isResidentialCountryCode(x)`.
 * Enums are found by shape: a component schema or a property (at any depth
 * under a component) with `enum`, or with a `oneOf`/`anyOf` made only of
 * `const` branches. Component enums take the component's name; property
 * enums take the owner's name plus the property path in PascalCase
 * (`AnchorProxy.type` → `AnchorProxyType`).
 */
import type { SourceFile } from 'ts-morph';
import type { JsonObject } from '../../ingest/source.js';
import { componentSchemas, isObject } from '../../normalize/schema-walk.js';
import { pascalCase } from './named-exports.js';

export interface EnumDefinition {
  name: string;
  values: Array<string | number | boolean | null>;
  /** TypeScript type the values must satisfy (from the generated schema types). */
  schemaType: string;
  description?: string;
}

export function collectEnums(document: JsonObject): EnumDefinition[] {
  const schemas = componentSchemas(document);
  const found: EnumDefinition[] = [];
  const visit = (schema: unknown, name: string, schemaType: string): void => {
    if (!isObject(schema)) return;
    const values = enumValues(schema);
    if (values) found.push({ name, values, schemaType, ...(typeof schema.description === 'string' ? { description: schema.description } : {}) });
    if (isObject(schema.properties)) {
      for (const [property, child] of Object.entries(schema.properties)) {
        visit(child, `${name}${pascalCase(property)}`, `NonNullable<${schemaType}[${JSON.stringify(property)}]>`);
      }
    }
  };
  for (const [name, schema] of Object.entries(schemas)) visit(schema, pascalCase(name), `components["schemas"][${JSON.stringify(name)}]`);
  return found;
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

/** Writes the arrays and guards into `file`, importing the schema types from `schemaModule`. */
export function addEnumRuntime(file: SourceFile, document: JsonObject, schemaModule: string): void {
  const enums = collectEnums(document);
  if (enums.length === 0) return;
  file.addImportDeclaration({ moduleSpecifier: schemaModule, namedImports: ['components'], isTypeOnly: true });
  for (const definition of enums) {
    const arrayName = `${lowerFirst(definition.name)}Values`;
    const docs = definition.description ? [`${definition.description.trim()}\n\nEvery value of \`${definition.name}\`.`] : [`Every value of \`${definition.name}\`.`];
    file.addVariableStatement({
      isExported: true,
      declarationKind: 'const' as never,
      docs,
      declarations: [{ name: arrayName, initializer: `${JSON.stringify(definition.values)} as const satisfies ReadonlyArray<${definition.schemaType}>` }],
    });
    file.addFunction({
      isExported: true,
      name: `is${definition.name}`,
      docs: [`True when \`value\` is one of {@link ${arrayName}}.`],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is (typeof ${arrayName})[number]`,
      statements: `return (${arrayName} as ReadonlyArray<unknown>).includes(value);`,
    });
  }
}
