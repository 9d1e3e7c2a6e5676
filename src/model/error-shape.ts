/**
 * The API's error body shapes (client.errors): the manifest's, checked
 * against every documented JSON error body, or, when the manifest has none,
 * derived from those bodies by a fixed rule (`deriveShape`). The clients
 * try the shapes in order and read the first whose message is a string.
 */
import type { ClientSpec, ErrorShapeSpec } from '../manifest.js';
import { parsePointer, toPointer } from '../openapi/pointer.js';
import { resolveLocal } from '../openapi/refs.js';
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
  if (given === undefined) return derivedErrors(bodies, document);
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
  return { shapes, derived: false, unmatched: [] };
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
