/**
 * Requests derived from an operation of a normalized document: a valid one
 * built from the documented examples (sampled from the schema by
 * sampler.ts where there are none), and the invalid variants the negative
 * contracts send. The body is sent in its documented media type: JSON, a
 * multipart form (binary parts as Blobs), a URL-encoded form, text or bytes.
 */
import { mediaEssence } from '../openapi/media.js';
import { sampleSchema } from './sampler.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import type { BodyModel, MediaModel, OperationModel, ResponseModel } from '../model/types.js';
import type { DocumentValidator } from '../schema-validator.js';
import { finiteValues } from '../openapi/values.js';
import { resolveLocal } from '../openapi/refs.js';

export interface ContractRequest {
  params: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  /** The body's media type, when it is not JSON (openapi-fetch sets a form's, with its boundary, itself). */
  headers?: Record<string, string>;
  /** Sends a text or binary body as it is (openapi-fetch would JSON-encode it). */
  bodySerializer?: (body: unknown) => unknown;
  /** How the success response is read: by its documented content type (see parseAsFor). */
  parseAs?: ParseAs;
}

/** openapi-fetch's ways to read a response body. */
export type ParseAs = 'json' | 'text' | 'arrayBuffer';

export interface NegativeCase {
  /** e.g. `missing required body field "name"`. */
  name: string;
  /** The field Prism's violation must name (a parameter's in lower case: Prism names query and header parameters so). */
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
export function exampleOf(document: JsonObject, holder: JsonObject, fallbacks?: string[]): unknown {
  if ('example' in holder) return holder.example;
  if (isObject(holder.examples)) {
    const first = resolveLocal(document, Object.values(holder.examples)[0]);
    if (isObject(first) && 'value' in first) return first.value;
  }
  const schema = resolveLocal(document, holder.schema);
  if (isObject(schema) && 'example' in schema) return schema.example;
  if (isObject(schema) && Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  const sampled = sampleSchema(document, holder.schema);
  if (sampled.fallback) fallbacks?.push(sampled.fallback);
  return sampled.value;
}

export interface ExampleRequestOptions {
  /**
   * Only what the operation requires: required parameters, and the body when
   * it is required. For documents no one has checked (the real-world
   * corpus), where an optional parameter's example is the likeliest to be
   * wrong and leaving it out is always valid.
   */
  requiredOnly?: boolean;
  /** Receives, for each value the sampler could not sample from its whole schema, where and why (`query parameter "q": pattern … not sampled: …`). */
  fallbacks?: string[];
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
      const fallbacks: string[] = [];
      (params[location] ??= {})[parameter.name] = exampleOf(document, parameter, fallbacks);
      options.fallbacks?.push(...fallbacks.map((why) => `${location} parameter "${parameter.name}": ${why}`));
    }
  }
  const parseAs = operation.success ? parseAsFor(operation.success) : 'json';
  const request: ContractRequest = parseAs === 'json' ? { params } : { params, parseAs };
  if (options.requiredOnly && operation.requestBody?.required !== true) return request;
  const media = operation.requestBody && bodyMedia(operation.requestBody);
  if (!media) return request;
  const fallbacks: string[] = [];
  const body = encodedBody(document, media, fallbacks);
  options.fallbacks?.push(...fallbacks.map((why) => `${media.type} body: ${why}`));
  return { ...request, ...body };
}

/** How to read a response: JSON parsed, text as text, anything else as bytes (never JSON.parse on binary). */
export function parseAsFor(response: ResponseModel): ParseAs {
  const type = response.media[0]?.type.toLowerCase();
  if (type === undefined || response.json || isJsonType(type)) return 'json';
  return type.startsWith('text/') ? 'text' : 'arrayBuffer';
}

const isJsonType = (type: string) => /^application\/(?:[\w.+-]*\+)?json(?:;|$)/.test(type);

/** The media a contract sends: JSON when documented, else a form, else the first documented. */
function bodyMedia(body: BodyModel): MediaModel | undefined {
  const byType = (wanted: string) => body.media.find((media) => mediaEssence(media.type) === wanted);
  return body.json ?? byType('multipart/form-data') ?? byType('application/x-www-form-urlencoded') ?? body.media.find((media) => isJsonType(media.type.toLowerCase())) ?? body.media[0];
}

/** The example body in the media's own encoding, with what openapi-fetch needs to send it as such. */
function encodedBody(document: JsonObject, media: MediaModel, fallbacks: string[]): Pick<ContractRequest, 'body' | 'headers' | 'bodySerializer'> {
  const value = exampleOf(document, media.object, fallbacks);
  const type = mediaEssence(media.type);
  if (isJsonType(type)) return { body: value };
  if (type === 'multipart/form-data') return { body: multipartBody(document, media, value) };
  // openapi-fetch encodes an object as a form when the Content-Type says so.
  if (type === 'application/x-www-form-urlencoded') return { body: formFields(value), headers: { 'Content-Type': media.type } };
  const asIs = (body: unknown) => body;
  if (type.startsWith('text/')) return { body: typeof value === 'string' ? value : JSON.stringify(value), headers: { 'Content-Type': media.type }, bodySerializer: asIs };
  return { body: new Blob([typeof value === 'string' ? value : SAMPLE_BYTES], { type: media.type }), headers: { 'Content-Type': media.type }, bodySerializer: asIs };
}

/** The bytes of a sampled file: a PNG signature, enough for any `format: binary` part. */
const SAMPLE_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A form field's text: strings as they are, other values as JSON (OpenAPI's default for object parts). */
const fieldText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function formFields(value: unknown): Record<string, string> {
  return isObject(value) ? Object.fromEntries(Object.entries(value).map(([name, field]) => [name, fieldText(field)])) : {};
}

/**
 * A multipart body: a Blob for each binary part (`format: binary` or
 * `contentMediaType`), with the part's documented
 * content type; a string for the others. An array is sent as repeated parts.
 */
function multipartBody(document: JsonObject, media: MediaModel, value: unknown): FormData {
  const form = new FormData();
  const schema = resolveLocal(document, media.object.schema);
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const encoding = isObject(media.object.encoding) ? media.object.encoding : {};
  for (const [name, field] of Object.entries(isObject(value) ? value : {})) {
    const property = resolveLocal(document, properties[name]);
    const items = isObject(property) && property.type === 'array' ? resolveLocal(document, property.items) : property;
    const part = isObject(encoding[name]) ? (encoding[name] as JsonObject) : {};
    // A base64 part (`contentEncoding`, `format: byte`) is text; raw bytes are `format: binary` or a bare `contentMediaType`.
    const binary = isObject(items) && (items.format === 'binary' || (typeof items.contentMediaType === 'string' && !('contentEncoding' in items)));
    const contentType = typeof part.contentType === 'string' ? part.contentType.split(',')[0]!.trim() : isObject(items) && typeof items.contentMediaType === 'string' ? items.contentMediaType : 'application/octet-stream';
    for (const item of Array.isArray(field) && isObject(property) && property.type === 'array' ? field : [field]) {
      if (binary) form.append(name, new Blob([SAMPLE_BYTES], { type: contentType }), `${name}.bin`);
      else form.append(name, fieldText(item));
    }
  }
  return form;
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
      cases.push({ name: `missing required ${location} parameter "${name}"`, field: name.toLowerCase(), request: { ...valid, params: { ...valid.params, [location]: rest } } });
    }
    if (!isObject(schema)) continue;
    // A query string is text: only non-string types can be sent with the wrong type.
    if (schema.type !== 'string' && wrongTypeValue(schema) !== undefined) cases.push({ name: `${location} parameter "${name}" of the wrong type`, field: name.toLowerCase(), request: withValue(String(wrongTypeValue(schema))) });
    if (finiteValues(document, schema)) cases.push({ name: `${location} parameter "${name}" outside its enum`, field: name.toLowerCase(), request: withValue(NOT_IN_ENUM) });
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
