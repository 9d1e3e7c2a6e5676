/**
 * Converts a Mintlify-rendered API page (`paths: {path, method, request,
 * response}`, which is not OpenAPI) into a real OpenAPI 3.1 fragment.
 *
 * Mintlify flattens one operation into its own shape: parameters as
 * `schema: [ {type, required, ...} ]`, bodies as `schemaArray` with a
 * `refIdentifier` naming the component, `requiredProperties` for
 * `required`, and every property wrapped in a one-member `allOf`.
 */
import { SpecError } from '../../errors.js';
import type { SourceDocument } from '../../ingest/source.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { toPointer } from '../../openapi/pointer.js';
import { setOwn } from '../../openapi/own.js';
import type { Pass, SourceContext } from '../pass.js';
import type { NormalizationReport } from '../report.js';
import { walkSchema } from '../../openapi/schemas.js';

const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;
const COMPONENT_SCHEMA_PREFIX = '#/components/schemas/';

/** A Mintlify page becomes an OpenAPI fragment; any other document passes through. */
export const mintlifyPages: Pass<SourceContext> = {
  name: 'mintlify',
  run: (document, { source, report }) => (isMintlifyPage(document) ? convertMintlifyPage({ ...source.loaded, value: document }, report) : document),
};

export function isMintlifyPage(document: JsonObject): boolean {
  return document.openapi === undefined && isObject(document.paths) && ('path' in document.paths || 'method' in document.paths);
}

export function convertMintlifyPage(source: SourceDocument, report: NormalizationReport): JsonObject {
  const page = source.value.paths as JsonObject;
  const fail = (pointer: string, reason: string): never => {
    throw new SpecError(source.file, source.locate(pointer), reason);
  };
  if (typeof page.path !== 'string' || !page.path.startsWith('/')) {
    fail('/paths/path', 'Mintlify page has no `paths.path`: expected the operation path, e.g. "/v1/task"');
  }
  if (typeof page.method !== 'string' || page.method === '') {
    fail('/paths/method', 'Mintlify page has no `paths.method`: expected an HTTP method, e.g. "post"');
  }
  const path = page.path as string;
  const method = (page.method as string).toLowerCase();
  const context: ConversionContext = { source, report, schemas: new Map(), fail };

  const operation: JsonObject = {};
  const request = isObject(page.request) ? page.request : {};
  const parameters = convertParameters(request.parameters, context);
  if (parameters.length > 0) operation.parameters = parameters;
  const requestBody = convertRequestBody(request.body, context);
  if (requestBody) operation.requestBody = requestBody;
  operation.responses = convertResponses(page.response, context);
  if (page.deprecated === true) operation.deprecated = true;
  const { schemes, requirements } = convertSecurity(request.security, context);
  if (requirements.length > 0) operation.security = requirements;
  if (Array.isArray(page.servers) && page.servers.length > 0) operation.servers = page.servers;

  const components = isObject(source.value.components) ? structuredClone(source.value.components) : {};
  const componentSchemas = isObject(components.schemas) ? components.schemas : {};
  for (const [name, schema] of Object.entries(componentSchemas)) {
    componentSchemas[name] = convertSchema(schema, ['components', 'schemas', name], context);
  }
  for (const [name, schema] of context.schemas) {
    if (Object.hasOwn(componentSchemas, name)) {
      fail(`/components/schemas/${name}`, `refIdentifier names component "${name}", which the page also defines differently`);
    }
    setOwn(componentSchemas, name, schema);
  }
  if (Object.keys(componentSchemas).length > 0) components.schemas = componentSchemas;
  if (Object.keys(schemes).length > 0) components.securitySchemes = { ...(isObject(components.securitySchemes) ? components.securitySchemes : {}), ...schemes };

  report.record({
    kind: 'mintlify-to-openapi',
    source: source.file,
    pointer: toPointer(['paths', path, method]),
    reason: 'Mintlify page shape (paths.path/method/request/response) rewritten as an OpenAPI Paths Object',
  });
  const document: JsonObject = { openapi: '3.1.0', paths: { [path]: { [method]: operation } } };
  if (Object.keys(components).length > 0) document.components = components;
  return document;
}

interface ConversionContext {
  source: SourceDocument;
  report: NormalizationReport;
  /** Schemas named by `refIdentifier`, moved to components. */
  schemas: Map<string, JsonObject>;
  fail(pointer: string, reason: string): never;
}

function convertParameters(parameters: unknown, context: ConversionContext): JsonObject[] {
  if (!isObject(parameters)) return [];
  const converted: JsonObject[] = [];
  for (const location of PARAMETER_LOCATIONS) {
    const group = parameters[location];
    if (!isObject(group)) continue;
    for (const [name, entry] of Object.entries(group)) {
      const pointer = toPointer(['paths', 'request', 'parameters', location, name]);
      const alternatives = isObject(entry) && Array.isArray(entry.schema) ? entry.schema : undefined;
      if (!alternatives || alternatives.length === 0 || !alternatives.every(isObject)) {
        context.fail(pointer, 'Mintlify parameter: expected `schema: [ {type, ...} ]`');
      }
      const [first] = alternatives as JsonObject[];
      const { required, description, example, ...schemaFields } = first!;
      const parameter: JsonObject = { name, in: location };
      if (typeof description === 'string') parameter.description = description;
      // Path parameters are always required in OpenAPI.
      if (required === true || location === 'path') parameter.required = true;
      parameter.schema =
        alternatives!.length === 1
          ? schemaFields
          : { oneOf: (alternatives as JsonObject[]).map(({ required: _r, description: _d, example: _e, ...rest }) => rest) };
      if (example !== undefined) parameter.example = example;
      converted.push(parameter);
    }
  }
  return converted;
}

function convertRequestBody(body: unknown, context: ConversionContext): JsonObject | undefined {
  if (!isObject(body) || Object.keys(body).length === 0) return undefined;
  const content: JsonObject = {};
  let required = false;
  for (const [mediaType, media] of Object.entries(body)) {
    const pointer = ['paths', 'request', 'body', mediaType];
    const converted = convertMedia(media, pointer, context);
    if (converted.bodyRequired) required = true;
    setOwn(content, mediaType, converted.media);
  }
  return required ? { required: true, content } : { content };
}

function convertResponses(responses: unknown, context: ConversionContext): JsonObject {
  if (!isObject(responses) || Object.keys(responses).length === 0) {
    context.fail('/paths/response', 'Mintlify page has no `paths.response`: expected at least one status');
  }
  const converted: JsonObject = {};
  for (const [status, entry] of Object.entries(responses as JsonObject)) {
    if (!isObject(entry)) context.fail(toPointer(['paths', 'response', status]), 'expected a response object');
    const { description, ...mediaTypes } = entry as JsonObject;
    // Mintlify puts the response description inside the media type object.
    const descriptions = new Set<string>(typeof description === 'string' ? [description] : []);
    const content: JsonObject = {};
    for (const [mediaType, media] of Object.entries(mediaTypes)) {
      const { description: mediaDescription, ...rest } = isObject(media) ? media : {};
      if (typeof mediaDescription === 'string') descriptions.add(mediaDescription);
      setOwn(content, mediaType, convertMedia(rest, ['paths', 'response', status, mediaType], context).media);
    }
    const response: JsonObject = { description: [...descriptions].join('\n\n') };
    if (Object.keys(content).length > 0) response.content = content;
    setOwn(converted, status, response);
  }
  return converted;
}

function convertMedia(
  media: unknown,
  pointerPath: string[],
  context: ConversionContext,
): { media: JsonObject; bodyRequired: boolean } {
  if (!isObject(media)) context.fail(toPointer(pointerPath), 'expected a media type object');
  const { schemaArray, examples, ...rest } = media as JsonObject;
  const converted: JsonObject = {};
  let bodyRequired = false;
  if (Array.isArray(schemaArray) && schemaArray.length > 0) {
    const members = schemaArray.map((member, index) => {
      if (!isObject(member)) context.fail(toPointer([...pointerPath, 'schemaArray', index]), 'expected a schema');
      const { required, refIdentifier, requiredProperties, ...schema } = member as JsonObject;
      // In schemaArray, `required: true` marks the body required, not a property.
      if (required === true) bodyRequired = true;
      if (Array.isArray(requiredProperties)) schema.required = requiredProperties;
      const normalized = convertSchema(schema, [...pointerPath, 'schemaArray', index], context);
      if (typeof refIdentifier !== 'string') return normalized;
      return nameSchema(refIdentifier, normalized, [...pointerPath, 'schemaArray', index, 'refIdentifier'], context);
    });
    converted.schema = members.length === 1 ? members[0] : { oneOf: members };
  }
  if (isObject(examples)) converted.examples = examples;
  Object.assign(converted, rest);
  return { media: converted, bodyRequired };
}

/** Moves a schema named by `refIdentifier` into components; same name twice must be the same schema. */
function nameSchema(refIdentifier: string, schema: JsonObject, pointerPath: Array<string | number>, context: ConversionContext): JsonObject {
  if (!refIdentifier.startsWith(COMPONENT_SCHEMA_PREFIX)) {
    context.fail(toPointer(pointerPath), `refIdentifier "${refIdentifier}": expected "${COMPONENT_SCHEMA_PREFIX}<Name>"`);
  }
  const name = refIdentifier.slice(COMPONENT_SCHEMA_PREFIX.length);
  const existing = context.schemas.get(name);
  if (existing && JSON.stringify(existing) !== JSON.stringify(schema)) {
    context.fail(toPointer(pointerPath), `refIdentifier "${refIdentifier}" names two different schemas on one page`);
  }
  context.schemas.set(name, schema);
  return { $ref: refIdentifier };
}

/**
 * Schema-level Mintlify quirks: one-member `allOf` wrappers are unwrapped
 * (sibling keywords such as a description are kept), and a boolean
 * `required: true` on a property moves into its parent's `required` list.
 */
function convertSchema(schema: unknown, path: Array<string | number>, context: ConversionContext): JsonObject {
  const copy = structuredClone(schema) as JsonObject;
  walkSchema(copy, path, (node, nodePath) => {
    unwrapSingleAllOf(node, nodePath, context);
    liftBooleanRequired(node);
  });
  return copy;
}

function unwrapSingleAllOf(node: JsonObject, path: ReadonlyArray<string | number>, context: ConversionContext): void {
  // Repeat: a wrapper can wrap another wrapper.
  while (Array.isArray(node.allOf) && node.allOf.length === 1 && isObject(node.allOf[0])) {
    const { allOf, ...siblings } = node;
    const member = (allOf as JsonObject[])[0]!;
    const clash = Object.keys(siblings).some(
      (key) => Object.hasOwn(member, key) && JSON.stringify(member[key]) !== JSON.stringify(siblings[key]),
    );
    if (clash) return; // both sides say something different: keep the allOf
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, member, siblings);
    context.report.record({
      kind: 'mintlify-unwrap-allof',
      source: context.source.file,
      pointer: toPointer(path),
      reason: 'one-member allOf wrapper unwrapped (Mintlify wraps every property); keywords kept',
    });
  }
}

function liftBooleanRequired(node: JsonObject): void {
  if (!isObject(node.properties)) return;
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  let changed = false;
  for (const [name, property] of Object.entries(node.properties)) {
    if (isObject(property) && typeof property.required === 'boolean') {
      if (property.required) required.add(name);
      delete property.required;
      changed = true;
    }
  }
  if (changed && required.size > 0) node.required = [...required];
}

/**
 * `request.security` entries (`title` plus `parameters.<in>.<name>: {type}`)
 * become security schemes named after the title in snake_case
 * (`api key header` → `api_key_header`, the name Anchor's OpenAPI pages use).
 */
function convertSecurity(
  security: unknown,
  context: ConversionContext,
): { schemes: JsonObject; requirements: JsonObject[] } {
  const schemes: JsonObject = {};
  const requirements: JsonObject[] = [];
  if (!Array.isArray(security)) return { schemes, requirements };
  security.forEach((entry, index) => {
    const pointer = toPointer(['paths', 'request', 'security', index]);
    if (!isObject(entry) || !isObject(entry.parameters)) context.fail(pointer, 'expected `{title, parameters}`');
    const requirement: JsonObject = {};
    const title = typeof entry.title === 'string' && entry.title.trim() ? entry.title : `security_${index}`;
    for (const location of ['header', 'query', 'cookie'] as const) {
      const group: unknown = (entry.parameters as JsonObject)[location];
      if (!isObject(group)) continue;
      for (const [name, definition] of Object.entries(group)) {
        if (!isObject(definition) || typeof definition.type !== 'string') {
          context.fail(toPointer(['paths', 'request', 'security', index, 'parameters', location, name]), 'expected `{type: apiKey | http}`');
        }
        const def = definition as JsonObject;
        const schemeName = Object.keys(group).length === 1 ? snakeCase(title) : snakeCase(`${title} ${name}`);
        setOwn(schemes, schemeName, def.type === 'apiKey' ? { type: 'apiKey', in: location, name, ...withoutType(def) } : { ...def });
        setOwn(requirement, schemeName, []);
      }
    }
    if (Object.keys(requirement).length > 0) requirements.push(requirement);
  });
  return { schemes, requirements };
}

function withoutType(definition: JsonObject): JsonObject {
  const { type: _type, ...rest } = definition;
  return rest;
}

function snakeCase(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}
