/**
 * Narrows a property by the value of another, where the document says so
 * with `if`/`then`: for AnchorProxy, `if type = anchor_mobile then
 * country_code ∈ MobileCountryCode`. openapi-typescript cannot express
 * if/then and prints `& (unknown & …)`; this pass rewrites the type into a
 * union with one branch per `if`, plus one for when the discriminator is
 * absent (or has a value no `if` names), where the property keeps its full
 * type. So `{ type: 'anchor_mobile', country_code: 'bi' }` does not compile.
 *
 * Only the published shape is handled: a component whose `allOf` members are
 * all `{ if: { properties: { P: { const } }, required: [P] }, then: { properties } }`
 * over the same P. Anything else is left as openapi-typescript printed it.
 */
import type { PropertySignature, SourceFile } from 'ts-morph';
import { tsMorph } from '../generators.js';
import { isObject, type JsonObject, type Schema } from '../../openapi/types.js';
import { referencedComponent } from '../../openapi/refs.js';
import { finiteValues } from '../../openapi/values.js';
import { componentSchemas } from '../../openapi/schemas.js';
import { declaredName } from '../ast.js';
import { indexKey, literal, propertyKey } from '../escape.js';
import type { CodegenPass } from '../pass.js';
import type { TextEdit } from '../text-edits.js';

const { Node } = tsMorph;

interface Condition {
  /** The discriminator's value in this branch. */
  value: string | number | boolean;
  /** Property name → the schema it must satisfy in this branch. */
  then: Record<string, unknown>;
  required: string[];
}

export interface ConditionalSchema {
  component: string;
  discriminator: string;
  conditions: Condition[];
}

export function findConditionalSchemas(document: JsonObject): ConditionalSchema[] {
  const found: ConditionalSchema[] = [];
  for (const [component, schema] of Object.entries(componentSchemas(document))) {
    if (!isObject(schema) || !Array.isArray(schema.allOf) || schema.allOf.length === 0 || !isObject(schema.properties)) continue;
    const conditions = schema.allOf.map(readCondition);
    const discriminators = new Set(conditions.map((condition) => condition?.discriminator));
    if (conditions.some((condition) => condition === undefined) || discriminators.size !== 1) continue;
    const discriminator = conditions[0]!.discriminator;
    const properties = schema.properties;
    const thenNames = conditions.flatMap((condition) => Object.keys(condition!.condition.then));
    if (!(discriminator in properties) || !thenNames.every((name) => name in properties && name !== discriminator)) continue;
    found.push({ component, discriminator, conditions: conditions.map((condition) => condition!.condition) });
  }
  return found;
}

function readCondition(member: unknown): { discriminator: string; condition: Condition } | undefined {
  if (!isObject(member) || !isObject(member.if) || !isObject(member.then) || member.else !== undefined) return undefined;
  const ifProperties = member.if.properties;
  if (!isObject(ifProperties) || Object.keys(ifProperties).length !== 1) return undefined;
  const [discriminator, test] = Object.entries(ifProperties)[0]!;
  if (!isObject(test) || !['string', 'number', 'boolean'].includes(typeof test.const)) return undefined;
  // Without `required`, an absent discriminator would satisfy the `if` too.
  if (!Array.isArray(member.if.required) || !member.if.required.includes(discriminator)) return undefined;
  if (!isObject(member.then.properties)) return undefined;
  const required = Array.isArray(member.then.required) ? member.then.required.filter((name): name is string => typeof name === 'string') : [];
  return { discriminator, condition: { value: test.const as Condition['value'], then: member.then.properties, required } };
}

export const conditionalPropertiesPass: CodegenPass = {
  name: 'conditional properties',
  edits: (file, { model }) => conditionalPropertyEdits(file, model.document),
};

function conditionalPropertyEdits(file: SourceFile, document: JsonObject): TextEdit[] {
  const conditionals = findConditionalSchemas(document);
  if (conditionals.length === 0) return [];
  const schemas = file.getInterfaceOrThrow('components').getPropertyOrThrow('schemas').getTypeNodeOrThrow();
  if (!Node.isTypeLiteral(schemas)) throw new Error('unexpected components["schemas"] shape');
  return conditionals.map((conditional) => {
    const member = schemas.getProperty((property) => declaredName(property) === conditional.component);
    if (!member) throw new Error(`openapi-typescript emitted no components["schemas"]${indexKey(conditional.component)}`);
    // findConditionalSchemas found it there.
    const schema = componentSchemas(document)[conditional.component]!;
    const typeNode = member.getTypeNodeOrThrow();
    const text = narrowedType(member, conditional, schema, document).split('\n').join(`\n${member.getIndentationText()}`);
    return { start: typeNode.getStart(), end: typeNode.getEnd(), text, pass: 'conditional properties' };
  });
}

function narrowedType(member: PropertySignature, conditional: ConditionalSchema, schema: Schema, document: JsonObject): string {
  const typeNode = member.getTypeNodeOrThrow();
  const base = Node.isIntersectionTypeNode(typeNode) ? typeNode.getTypeNodes()[0] : typeNode;
  if (!base || !Node.isTypeLiteral(base)) throw new Error(`${conditional.component}: expected an object type`);
  const { discriminator, conditions } = conditional;
  const varying = [...new Set([discriminator, ...conditions.flatMap((condition) => Object.keys(condition.then))])];
  const isVarying = (property: PropertySignature) => varying.includes(declaredName(property));
  const baseRequired = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const signature = (name: string) => base.getProperty((property) => declaredName(property) === name);
  const originalType = (name: string) => signature(name)?.getTypeNodeOrThrow().getText() ?? 'unknown';
  /** One property, with the JSDoc openapi-typescript gave it, as lines without indentation. */
  const property = (name: string, optional: boolean, type: string) => [
    ...(signature(name)?.getJsDocs().flatMap((doc) => docLines(doc.getText())) ?? []),
    `${signature(name)?.getName() ?? propertyKey(name)}${optional ? '?' : ''}: ${type};`,
  ];

  const branches = conditions.map((condition) => varying.flatMap((name) => {
    if (name === discriminator) return property(name, false, literal(condition.value));
    const optional = !baseRequired.has(name) && !condition.required.includes(name);
    return property(name, optional, name in condition.then ? schemaType(condition.then[name], document) ?? originalType(name) : originalType(name));
  }));
  const covered: unknown[] = conditions.map((condition) => condition.value);
  const rest = finiteValues(document, schema.properties?.[discriminator])?.filter((value) => !covered.includes(value));
  const otherDiscriminator = rest === undefined
    ? `Exclude<${originalType(discriminator)}, ${covered.map((value) => literal(value)).join(' | ')}>`
    : rest.length === 0 ? 'never' : rest.map((value) => literal(value)).join(' | ');
  branches.push(varying.flatMap((name) => name === discriminator
    ? property(name, true, otherDiscriminator)
    : property(name, !baseRequired.has(name), originalType(name))));

  const common = base.getProperties().filter((candidate) => !isVarying(candidate)).flatMap((candidate) => [
    ...candidate.getJsDocs().flatMap((doc) => docLines(doc.getText())),
    candidate.getText(),
  ]);
  // Indentation relative to the member, whose own the caller adds.
  const unit = '    ';
  const block = (lines: string[], depth: number) => lines.map((text) => `${unit.repeat(depth)}${text}`).join('\n');
  const commonBlock = common.length === 0 ? [] : [block(common, 1)];
  return ['{', ...commonBlock, '} & (', branches.map((lines) => `${unit}| {\n${block(lines, 2)}\n${unit}}`).join('\n'), ')'].join('\n');
}

/** A JSDoc comment's lines with their indentation removed (` * ` kept aligned). */
function docLines(text: string): string[] {
  return text.split('\n').map((line, index) => (index === 0 ? line.trim() : ` ${line.trim()}`));
}

/** TypeScript for the schemas this pass narrows to: a component `$ref` or an inline enum. */
function schemaType(schema: unknown, document: JsonObject): string | undefined {
  const component = referencedComponent(schema, 'schemas');
  if (component !== undefined) return `components["schemas"]${indexKey(component)}`;
  const values = finiteValues(document, schema);
  return values?.map((value) => literal(value)).join(' | ');
}
