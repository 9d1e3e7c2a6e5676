/**
 * The API's error body shapes (client.errors): the manifest's, checked
 * against every documented JSON error body, or, when the manifest has none,
 * derived from those bodies by a fixed rule (`deriveShape`). The clients
 * try the shapes in order and read the first whose message is a string.
 */
import type { ClientSpec, ErrorShapeSpec } from '../manifest.js';
import { parsePointer, toPointer } from '../openapi/pointer.js';
import { resolveLocal, resolveLocalAt } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import type { Fail } from './fail.js';
import { mediaSchema, schemaAt } from './schema-path.js';
import type { ErrorsModel, OperationModel } from './types.js';

/** A documented error response with a JSON body schema. */
interface ErrorBody {
  /** JSON pointer of the response, e.g. `/paths/~1v1~1task/post/responses/400`. */
  pointer: string;
  schema: JsonObject;
}

export function errorsModel(given: ClientSpec['errorShapes'], operations: readonly OperationModel[], document: JsonObject, fail: Fail): ErrorsModel {
  const bodies = errorBodies(operations, document);
  const examples = errorExamples(operations, document);
  if (given === undefined) return withUnreadExamples(derivedErrors(bodies, document), examples);
  const { shapes, listed } = given;
  const at = (index: number) => (listed ? `/client/errors/${index}` : '/client/errors');
  for (const body of bodies) {
    if (shapes.some((shape) => missingField(document, body.schema, shape) === undefined)) continue;
    if (shapes.length > 1) fail('/client/errors', `none of the ${shapes.length} error shapes fits the response #${body.pointer}: add a shape for its body`);
    const { field, why } = missingField(document, body.schema, shapes[0]!)!;
    fail(`${at(0)}/${field}`, `error field ${field} "${shapes[0]![field]}" ${why} the response #${body.pointer}`);
  }
  // A shape no documented body has is a typo or a leftover: the clients would never read it.
  shapes.forEach((shape, index) => {
    if (bodies.length > 0 && !bodies.some((body) => missingField(document, body.schema, shape) === undefined)) {
      fail(at(index), 'this error shape fits none of the documented error responses');
    }
  });
  // The mock server serves a documented example as the body: the contract tests read it with the shapes, as the clients do.
  for (const example of examples) {
    const why = unreadBy(shapes, example.value);
    if (why !== undefined) fail('/client/errors', `the documented example #${example.pointer} ${why}: fix the example, or give client.errors a shape that reads it`);
  }
  return { shapes, derived: false, unmatched: [] };
}

/** A documented example of a JSON error body (the media type's `example`, or one of its `examples`). */
interface ErrorExample {
  /** JSON pointer of the example value, e.g. `/paths/~1pages/post/responses/404/content/application~1json/examples/gone/value`. */
  pointer: string;
  /** JSON pointer of its response, as `unmatched` lists responses. */
  response: string;
  value: unknown;
}

function errorExamples(operations: readonly OperationModel[], document: JsonObject): ErrorExample[] {
  return operations.flatMap((operation) =>
    operation.errorResponses.flatMap((response) => {
      if (!response.json) return [];
      const responsePointer = `${operation.pointer}${toPointer(['responses', response.status])}`;
      const media = `${responsePointer}${toPointer(['content', response.json.type])}`;
      const { example, examples } = response.json.object as { example?: unknown; examples?: unknown };
      const found: ErrorExample[] = example === undefined ? [] : [{ pointer: `${media}/example`, response: responsePointer, value: example }];
      for (const [name, entry] of isObject(examples) ? Object.entries(examples) : []) {
        const resolved = resolveLocal(document, entry);
        if (isObject(resolved) && Object.hasOwn(resolved, 'value')) found.push({ pointer: `${media}${toPointer(['examples', name, 'value'])}`, response: responsePointer, value: resolved.value });
      }
      if (found.length > 0) return found;
      // Without one, the mock server samples the schema, starting from the schema's own example when it has one.
      const schema = resolveLocalAt(document, response.json.object.schema, `${media}/schema`);
      if (!isObject(schema.value)) return [];
      if (Object.hasOwn(schema.value, 'example')) return [{ pointer: `${schema.pointer}/example`, response: responsePointer, value: schema.value.example }];
      const listed = schema.value.examples;
      return Array.isArray(listed) && listed.length > 0 ? [{ pointer: `${schema.pointer}/examples/0`, response: responsePointer, value: listed[0] }] : [];
    }),
  );
}

/**
 * Why `shapes`, tried in order as the clients do, do not read the whole of
 * `body`: no shape has a string message in it, or the one that does names a
 * code or trace id the body lacks (or holds as other than a string or
 * number, which the clients do not read). Undefined when they do.
 */
function unreadBy(shapes: readonly ErrorShapeSpec[], body: unknown): string | undefined {
  const shape = shapes.find((candidate) => typeof valueAt(body, candidate.message) === 'string');
  if (shape === undefined) {
    const messages = [...new Set(shapes.map((candidate) => candidate.message))];
    return `has no string at ${messages.join(' or ')} (the message of ${shapes.length === 1 ? 'the error shape' : `each of the ${shapes.length} error shapes`})`;
  }
  for (const field of ['code', 'traceId'] as const) {
    const pointer = shape[field];
    if (pointer === undefined) continue;
    const value = valueAt(body, pointer);
    if (typeof value !== 'string' && typeof value !== 'number') return `has ${value === undefined ? 'no' : 'no string or number'} ${field} at ${pointer}, which the shape with message ${shape.message} names`;
  }
  return undefined;
}

/** The value at a JSON pointer of a body, own properties only; undefined where there is none. */
function valueAt(body: unknown, pointer: string | undefined): unknown {
  if (pointer === undefined) return undefined;
  let value = body;
  for (const token of parsePointer(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

/** Derived shapes: a response whose documented example they do not read whole fits none, as a body no shape fits. */
function withUnreadExamples(model: ErrorsModel, examples: readonly ErrorExample[]): ErrorsModel {
  const unread = examples.filter((example) => unreadBy(model.shapes, example.value) !== undefined).map((example) => example.response);
  return { ...model, unmatched: [...new Set([...model.unmatched, ...unread])] };
}

/** What a field of a shape reads: the clients take a string message, and a string or number code and trace id. */
const FIELD_TYPES = { message: ['string'], code: ['string', 'integer', 'number'], traceId: ['string', 'integer', 'number'] } as const;

/**
 * The first field of `shape` a body of `schema` cannot give: its pointer
 * leads to no property, or to one typed otherwise (an untyped one may be
 * anything, so it fits), and why.
 */
function missingField(document: JsonObject, schema: JsonObject, shape: ErrorShapeSpec): { field: keyof ErrorShapeSpec; why: string } | undefined {
  for (const field of ['message', 'code', 'traceId'] as const) {
    const pointer = shape[field];
    if (pointer === undefined) continue;
    const property = schemaAt(document, schema, parsePointer(pointer));
    if (property === undefined) return { field, why: 'is not in' };
    if (property.type !== undefined && !isScalar(property, FIELD_TYPES[field])) return { field, why: `is not ${FIELD_TYPES[field].join(' or ')} in` };
  }
  return undefined;
}

function errorBodies(operations: readonly OperationModel[], document: JsonObject): ErrorBody[] {
  return operations.flatMap((operation) =>
    operation.errorResponses.flatMap((response) => {
      const schema = mediaSchema(document, response.json);
      return schema === undefined ? [] : [{ pointer: `${operation.pointer}${toPointer(['responses', response.status])}`, schema }];
    }),
  );
}

/** Each body's derived shape, the distinct ones in document order; bodies without one are listed. */
function derivedErrors(bodies: readonly ErrorBody[], document: JsonObject): ErrorsModel {
  const shapes = new Map<string, ErrorShapeSpec>();
  const unmatched: string[] = [];
  for (const body of bodies) {
    const shape = deriveShape(document, body.schema);
    if (shape === undefined) unmatched.push(body.pointer);
    else shapes.set(JSON.stringify(shape), shape);
  }
  return { shapes: [...shapes.values()], derived: true, unmatched };
}

/** Property names read as an error's message, code and trace id, most telling first. */
export const MESSAGE_NAMES = ['message', 'msg', 'detail', 'error_description', 'errorMessage', 'error_message', 'description', 'error', 'title'];
export const CODE_NAMES = ['code', 'error_code', 'errorCode', 'status_code', 'statusCode', 'status'];
export const TRACE_ID_NAMES = ['traceId', 'trace_id', 'requestId', 'request_id', 'correlationId', 'correlation_id'];

/** How deep a message is looked for (`/error/error/message` is 3), and how many objects per level. */
const MAX_DEPTH = 4;
const MAX_OBJECTS_PER_LEVEL = 64;

interface Found {
  path: string[];
  /** The properties of the object holding the message. */
  siblings: Map<string, JsonObject>;
}

/**
 * The rule: the message is the shallowest string property named in
 * MESSAGE_NAMES (at one depth, the earlier name wins, then the earlier
 * object); the code and trace id are the first string or number property
 * named in CODE_NAMES / TRACE_ID_NAMES beside the message, else at the top
 * of the body. A body without such a message has no shape.
 */
export function deriveShape(document: JsonObject, schema: JsonObject): ErrorShapeSpec | undefined {
  const top = properties(document, schema);
  const message = findMessage(document, top);
  if (message === undefined) return undefined;
  const parent = message.path.slice(0, -1);
  const pick = (names: readonly string[]): string | undefined => {
    for (const [holder, path] of [[message.siblings, parent], [top, []]] as const) {
      const name = names.find((candidate) => isScalar(holder.get(candidate), ['string', 'integer', 'number']));
      if (name !== undefined) return toPointer([...path, name]);
    }
    return undefined;
  };
  const code = pick(CODE_NAMES);
  const traceId = pick(TRACE_ID_NAMES);
  return { ...(code === undefined ? {} : { code }), message: toPointer(message.path), ...(traceId === undefined ? {} : { traceId }) };
}

function findMessage(document: JsonObject, top: Map<string, JsonObject>): Found | undefined {
  let level: Array<{ path: string[]; properties: Map<string, JsonObject> }> = [{ path: [], properties: top }];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    for (const name of MESSAGE_NAMES) {
      const holder = level.find((object) => isScalar(object.properties.get(name), ['string']));
      if (holder) return { path: [...holder.path, name], siblings: holder.properties };
    }
    level = level
      .flatMap((object) => [...object.properties].filter(([, child]) => isObject(child.properties) || Array.isArray(child.allOf)).map(([name, child]) => ({ path: [...object.path, name], properties: properties(document, child) })))
      .slice(0, MAX_OBJECTS_PER_LEVEL);
  }
  return undefined;
}

/** Whether a property's schema is of one of `types` (a type list counts when it includes one). */
function isScalar(schema: JsonObject | undefined, types: readonly string[]): boolean {
  const declared = schema?.type;
  return (typeof declared === 'string' && types.includes(declared)) || (Array.isArray(declared) && declared.some((type) => types.includes(type as string)));
}

/** A schema's properties, resolved, through `$ref` and `allOf` (own ones first; each schema searched once). */
function properties(document: JsonObject, schema: unknown, found = new Map<string, JsonObject>(), searched = new Set<unknown>()): Map<string, JsonObject> {
  const resolved = resolveLocal(document, schema);
  if (!isObject(resolved) || searched.has(resolved)) return found;
  searched.add(resolved);
  if (isObject(resolved.properties)) {
    for (const [name, child] of Object.entries(resolved.properties)) {
      const value = resolveLocal(document, child);
      if (isObject(value) && !found.has(name)) found.set(name, value);
    }
  }
  for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) properties(document, member, found, searched);
  return found;
}

/** The summary line of derived shapes: what the clients will read, and which documented bodies none fits. */
export function derivedErrorsLine({ shapes, unmatched }: ErrorsModel): string {
  const listed = shapes.map((shape) => Object.entries(shape).map(([field, pointer]) => `${field} ${pointer}`).join(', ')).join(' | ');
  const none = unmatched.length === 0 ? '' : `; ${unmatched.length} documented error bod${unmatched.length === 1 ? 'y fits' : 'ies fit'} none (their text is the message), first #${unmatched[0]}`;
  return `errors: ${shapes.length} shape${shapes.length === 1 ? '' : 's'} derived from the documented error responses${shapes.length > 0 ? `: ${listed}` : ''}${none} (set client.errors to choose)`;
}
