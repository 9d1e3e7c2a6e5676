/**
 * Requests derived from an operation of a normalized document: a valid one
 * built from the documented examples (sampled from the schema with
 * openapi-sampler where there are none), and the invalid variants the
 * negative contracts send.
 */
import { sample } from 'openapi-sampler';
import { isObject, type JsonObject } from '../openapi/types.js';
import type { OperationModel } from '../model/types.js';
import type { DocumentValidator } from '../schema-validator.js';
import { finiteValues } from '../openapi/values.js';
import { resolveLocal } from '../openapi/refs.js';

export interface ContractRequest {
  params: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
}

export interface NegativeCase {
  /** e.g. `missing required body field "name"`. */
  name: string;
  /** The field Prism's violation must name. */
  field: string;
  request: ContractRequest;
}

/** The locations a request can fill (cookies are not sent by the clients). */
const SENT_LOCATIONS = ['path', 'query', 'header'] as const;

/** JSON pointer of the schema of the response documented for `status`, for the validator. */
export function responseSchemaPointer(operation: OperationModel, status: number | string): string {
  const response = operation.responses.find((candidate) => candidate.status === String(status));
  if (!response?.json) throw new Error(`operation ${operation.id} documents no JSON ${status} response`);
  return response.json.schemaPointer;
}

/** The documented example of a parameter or media object, else one sampled from its schema. */
export function exampleOf(document: JsonObject, holder: JsonObject): unknown {
  if ('example' in holder) return holder.example;
  if (isObject(holder.examples)) {
    const first = resolveLocal(document, Object.values(holder.examples)[0]);
    if (isObject(first) && 'value' in first) return first.value;
  }
  const schema = resolveLocal(document, holder.schema);
  if (isObject(schema) && 'example' in schema) return schema.example;
  if (isObject(schema) && Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return sample((holder.schema ?? {}) as object, { skipReadOnly: true }, document as object);
}

export interface ExampleRequestOptions {
  /**
   * Only what the operation requires: required parameters, and the body when
   * it is required. For documents no one has checked (the real-world
   * corpus), where an optional parameter's example is the likeliest to be
   * wrong and leaving it out is always valid.
   */
  requiredOnly?: boolean;
}

/** The parameters HTTP itself carries: OpenAPI says a header parameter with one of these names is ignored. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** A request the document says is valid: every parameter and the body from examples. */
export function exampleRequest(document: JsonObject, operation: OperationModel, options: ExampleRequestOptions = {}): ContractRequest {
  const params: ContractRequest['params'] = {};
  for (const location of SENT_LOCATIONS) {
    for (const parameter of operation.parameters[location]) {
      // A path parameter is always required: the URL has no other value for it.
      const optional = location !== 'path' && parameter.required !== true;
      if (options.requiredOnly && (optional || (location === 'header' && IGNORED_HEADERS.has(parameter.name.toLowerCase())))) continue;
      (params[location] ??= {})[parameter.name] = exampleOf(document, parameter);
    }
  }
  const media = operation.requestBody?.json;
  if (options.requiredOnly && operation.requestBody?.required !== true) return { params };
  return media ? { params, body: exampleOf(document, media.object) } : { params };
}

/** The status Prism 5 answers an invalid request with: a documented 422, else a documented 400, else its own 422. */
export function validationStatus(operation: OperationModel): number {
  const documented = (status: string) => operation.responses.some((response) => response.status === status);
  return documented('422') ? 422 : documented('400') ? 400 : 422;
}

/** A value of another JSON type than the schema's. */
function wrongTypeValue(schema: JsonObject): unknown {
  switch (schema.type) {
    case 'string': return 12345;
    case 'integer': case 'number': return 'not-a-number';
    case 'boolean': return 'not-a-boolean';
    case 'array': return 'not-an-array';
    case 'object': return 'not-an-object';
    default: return undefined;
  }
}

const NOT_IN_ENUM = '__not_in_enum__';

/**
 * Invalid variants of the example request, one fault each: a missing
 * required query/header parameter or body field, a value of the wrong type,
 * a value outside an enum. Every body variant is checked invalid with Ajv
 * first, so a case never depends on Prism to be a negative case.
 */
export function negativeRequests(document: JsonObject, operation: OperationModel, validator: DocumentValidator): NegativeCase[] {
  const valid = exampleRequest(document, operation);
  const cases: NegativeCase[] = [];
  const checked = (['query', 'header'] as const).flatMap((location) => operation.parameters[location].map((parameter) => ({ location, parameter })));
  for (const { location, parameter } of checked) {
    const { name } = parameter;
    const schema = resolveLocal(document, parameter.schema);
    const withValue = (value: unknown): ContractRequest => ({ ...valid, params: { ...valid.params, [location]: { ...valid.params[location], [name]: value } } });
    if (parameter.required === true) {
      const { [name]: _, ...rest } = valid.params[location] ?? {};
      cases.push({ name: `missing required ${location} parameter "${name}"`, field: name, request: { ...valid, params: { ...valid.params, [location]: rest } } });
    }
    if (!isObject(schema)) continue;
    // A query string is text: only non-string types can be sent with the wrong type.
    if (schema.type !== 'string' && wrongTypeValue(schema) !== undefined) cases.push({ name: `${location} parameter "${name}" of the wrong type`, field: name, request: withValue(String(wrongTypeValue(schema))) });
    if (finiteValues(document, schema)) cases.push({ name: `${location} parameter "${name}" outside its enum`, field: name, request: withValue(NOT_IN_ENUM) });
  }

  const media = operation.requestBody?.json;
  const bodySchema = media ? resolveLocal(document, media.object.schema) : undefined;
  if (media && isObject(bodySchema) && isObject(valid.body) && isObject(bodySchema.properties)) {
    const body = valid.body;
    const pointer = media.schemaPointer;
    const addBodyCase = (name: string, field: string, invalid: JsonObject) => {
      if (validator.validate(pointer, invalid).length > 0) cases.push({ name, field, request: { ...valid, body: invalid } });
    };
    for (const field of Array.isArray(bodySchema.required) ? (bodySchema.required as string[]) : []) {
      const { [field]: _, ...rest } = body;
      addBodyCase(`missing required body field "${field}"`, field, rest);
    }
    for (const [field, raw] of Object.entries(bodySchema.properties)) {
      const schema = resolveLocal(document, raw);
      if (!isObject(schema)) continue;
      const wrong = wrongTypeValue(schema);
      if (wrong !== undefined) addBodyCase(`body field "${field}" of the wrong type`, field, { ...body, [field]: wrong });
      if (finiteValues(document, schema)) addBodyCase(`body field "${field}" outside its enum`, field, { ...body, [field]: NOT_IN_ENUM });
    }
  }
  return cases;
}
