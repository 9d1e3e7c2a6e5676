/**
 * The smallest call of an operation, as TypeScript for the package's docs:
 * `client.getTask({ params: { path: { taskId: "…" } } })`, with only the
 * required parameters and, when the body is required, the body's required
 * properties. Values are the contract suite's (src/contract/requests.ts):
 * the document's examples, else sampled from the schema, seeded, so the
 * same document always gives the same docs. Every value is printed by
 * `literal` and every name by `propertyAccess`: spec text never becomes
 * code.
 */
import { exampleRequest, type ContractRequest } from '../contract/requests.js';
import type { ApiModel, OperationModel } from '../model/types.js';
import { resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { GlobalConstruction, literal, propertyAccess } from './escape.js';

/** What a docs example uploads as a file. */
const FILE = new GlobalConstruction('Blob', [['file contents']]);

/** Each operation's smallest init, sampled once: the README and API.md ask for some several times. */
const minimalInits = new WeakMap<OperationModel, { init: Record<string, unknown> | undefined }>();

/** The init object of the smallest call, as a value `literal` prints; undefined when the call needs none. */
export function minimalInit(model: ApiModel, operation: OperationModel): Record<string, unknown> | undefined {
  let found = minimalInits.get(operation);
  if (!found) minimalInits.set(operation, (found = { init: sampleMinimalInit(model, operation) }));
  return found.init;
}

function sampleMinimalInit(model: ApiModel, operation: OperationModel): Record<string, unknown> | undefined {
  const request = exampleRequest(model.document, operation, { requiredOnly: true });
  const params = Object.fromEntries(Object.entries(request.params).filter(([, values]) => values && Object.keys(values).length > 0));
  const body = request.body === undefined ? undefined : bodyValue(model.document, operation, request.body);
  const init = { ...(Object.keys(params).length > 0 ? { params } : {}), ...(body === undefined ? {} : { body }) };
  return Object.keys(init).length > 0 ? init : undefined;
}

/** `client.name(init)` (or `client.name()`), to follow `await` on a line indented by `indent`. */
export function callExpression(model: ApiModel, operation: OperationModel, indent = ''): string {
  const init = minimalInit(model, operation);
  return `client${propertyAccess(operation.methodName)}(${init === undefined ? '' : valueSource(init, indent)})`;
}

/** The longest value written on one line; a longer one takes `literal`'s lines. */
const ONE_LINE = 80;

/**
 * A value as source on a line indented by `indent`: on one line when short
 * (`{ params: { path: { taskId: "…" } } }`), else one property a line. The
 * line breaks are all `literal`'s own: its string literals escape theirs.
 */
export function valueSource(value: unknown, indent = ''): string {
  const printed = literal(value, indent);
  const oneLine = printed.replace(/\n\s*/g, ' ');
  return oneLine.length <= ONE_LINE ? oneLine : printed;
}

/** The id the caller passes, as the contract suite would: the value of one path parameter of the smallest call. */
export function pathParameterValue(model: ApiModel, operation: OperationModel, name: string): unknown {
  const params = minimalInit(model, operation)?.params as ContractRequest['params'] | undefined;
  return params?.path?.[name];
}

/**
 * The body as a consumer writes it: a multipart form as the plain object
 * the client turns into one (file parts as Blobs), anything else as the
 * sampled value cut down to the properties the schema requires.
 */
function bodyValue(document: JsonObject, operation: OperationModel, body: unknown): unknown {
  if (body instanceof Blob) return FILE;
  const value = body instanceof FormData ? formObject(body) : body;
  const media = operation.requestBody?.json ?? operation.requestBody?.media[0];
  return media ? onlyRequired(document, media.object.schema, value) : value;
}

/** The fields of a sampled form, each a string or a Blob; a repeated field as an array. */
function formObject(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown[]> = {};
  for (const [name, value] of form.entries()) (fields[name] ??= []).push(typeof value === 'string' ? value : FILE);
  return Object.fromEntries(Object.entries(fields).map(([name, values]) => [name, values.length === 1 ? values[0] : values]));
}

/**
 * An object value with only the properties its schema (or the members of
 * its `allOf`) requires; other values, and objects whose schema is a
 * choice (`oneOf`, `anyOf`) or names no required property, as they are.
 */
function onlyRequired(document: JsonObject, schema: unknown, value: unknown): unknown {
  const resolved = resolveLocal(document, schema);
  if (!isObject(value) || !isObject(resolved) || 'oneOf' in resolved || 'anyOf' in resolved) return value;
  const parts = [resolved, ...(Array.isArray(resolved.allOf) ? resolved.allOf.map((member) => resolveLocal(document, member)) : [])];
  if (parts.some((part) => isObject(part) && ('oneOf' in part || 'anyOf' in part))) return value;
  const required = new Set(parts.flatMap((part) => (isObject(part) && Array.isArray(part.required) ? part.required.filter((name): name is string => typeof name === 'string') : [])));
  // No property required: the smallest body is an empty object (a map without properties keeps its sample).
  if (required.size === 0) return parts.some((part) => isObject(part) && isObject(part.properties)) ? {} : value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => required.has(name)));
}
