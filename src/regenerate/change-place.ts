/**
 * Where a change api-smart-diff reports lies, in the words a client's
 * maintainer uses: the operation (its client method, method and path), the
 * part of it (request body, response 200, query parameter `region`), and,
 * inside a schema, the component type that owns the changed node (`Task`)
 * and the property path in it (`status`, `steps[].name`).
 *
 * api-smart-diff reports paths in documents whose `$ref`s it resolved, so
 * a component's change shows under every operation using it. Walking the
 * same path through the document as written, following each `$ref` the
 * path passes, finds the last component schema entered: that type is what
 * changed, once, whichever operation it was seen through.
 */
import { toPointer } from '../openapi/pointer.js';
import { referencedComponent, resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';

/** An operation as a client's maintainer knows it: the method it calls and its route. */
export interface OperationRef {
  /** Upper case: `POST`. */
  method: string;
  path: string;
  operationId?: string;
  /** The generated client's method for it (the operationId, unless the operation model renamed it). */
  clientMethod?: string;
}

/** Whether the schema is what a caller sends or what it reads back. */
export type Direction = 'request' | 'response';

export interface Place {
  operation?: OperationRef;
  /** The part of the operation: `request body`, `response 200`, `query parameter \`region\``. */
  part?: string;
  direction?: Direction;
  /** The component schema owning the changed node. */
  owner?: string;
  /** Property path from the schema (the owner's, or the part's own) to the changed node: `['steps[]', 'name']`. */
  field: string[];
  /** What is left after the property path: the keyword changed (`['enum', '2']`, `['type']`, `['required', '0']`), empty for the property itself. */
  rest: string[];
  /** True when the path ends on `properties/<name>`: the property itself was added or removed. */
  isProperty: boolean;
  /** JSON pointer of the change: in the owning component when there is one, else in the operation. */
  pointer: string;
}

/** Keywords whose next segment is a schema name, not a keyword. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose next segment indexes a list of subschemas: they structure a schema, they do not name a field. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords holding one subschema of the field. */
const FIELD_SUFFIX: Record<string, string> = { items: '[]', additionalProperties: '{}' };

/**
 * The place of `path` (api-smart-diff's, in the resolved document), read
 * from `document` as written: the previous document for a removal, the
 * next one otherwise. `clientMethod` names an operationId's client method.
 */
export function placeOf(document: JsonObject, path: readonly string[], clientMethod: (operationId: string) => string | undefined): Place {
  if (path[0] !== 'paths' || path.length < 3) return { field: [], rest: path.slice(), isProperty: false, pointer: toPointer(path) };
  const walk = new RefWalk(document);
  for (const segment of path.slice(0, 3)) walk.step(segment);
  const operationId = isObject(walk.node) && typeof walk.node.operationId === 'string' ? walk.node.operationId : undefined;
  const method = clientMethod(operationId ?? '');
  const operation: OperationRef = { method: path[2]!.toUpperCase(), path: path[1]!, ...(operationId === undefined ? {} : { operationId }), ...(method === undefined ? {} : { clientMethod: method }) };
  const below = path.slice(3);
  const schemaAt = schemaStart(below);
  // The part's name needs the parameter, as written (it may be a $ref to components/parameters).
  const partEnd = schemaAt?.index ?? (below[0] === 'parameters' || below[0] === 'responses' ? 2 : below[0] === 'requestBody' ? 1 : 0);
  for (const segment of below.slice(0, partEnd)) walk.step(segment);
  const part = partName(below, walk.resolved());
  if (schemaAt === undefined) return { operation, ...(part === undefined || below.length < partEnd ? {} : { part }), field: [], rest: below.slice(partEnd), isProperty: false, pointer: toPointer(path) };
  walk.owner = undefined;
  walk.step('schema');
  walk.inner = [];
  for (const segment of below.slice(schemaAt.index + 1)) walk.step(segment);
  const { field, rest, isProperty } = splitField(walk.inner);
  return {
    operation,
    part: part ?? 'schema',
    direction: schemaAt.direction,
    ...(walk.owner === undefined ? {} : { owner: walk.owner }),
    field,
    rest,
    isProperty,
    pointer: walk.owner === undefined ? toPointer(path) : `${walk.ownerPointer}${walk.inner.length > 0 ? toPointer(walk.inner) : ''}`,
  };
}

/** Where, in the segments below an operation, its schema starts (`…/schema`), and whether a caller sends or reads it. */
function schemaStart(below: readonly string[]): { index: number; direction: Direction } | undefined {
  if (below[0] === 'requestBody' && below[1] === 'content' && below[3] === 'schema') return { index: 3, direction: 'request' };
  if (below[0] === 'responses' && below[2] === 'content' && below[4] === 'schema') return { index: 4, direction: 'response' };
  if (below[0] === 'parameters' && below[2] === 'schema') return { index: 2, direction: 'request' };
  return undefined;
}

/** The part of an operation the segments below it lead into: `request body`, `response 200`, `query parameter \`region\``. */
function partName(below: readonly string[], parameter: unknown): string | undefined {
  if (below[0] === 'requestBody') return 'request body';
  if (below[0] === 'responses' && below.length >= 2) return `response ${below[1]}`;
  if (below[0] === 'parameters' && below.length >= 2) return describeParameter(parameter, { required: false });
  return undefined;
}

/** `required query parameter \`region\``; without `required` when it is named as a part of its operation. */
export function describeParameter(parameter: unknown, { required: sayRequired = true } = {}): string {
  if (!isObject(parameter)) return 'a parameter';
  const required = sayRequired && parameter.required === true ? 'required ' : '';
  return `${required}${typeof parameter.in === 'string' ? `${parameter.in} ` : ''}parameter \`${String(parameter.name)}\``;
}

/**
 * `properties/steps/items/properties/name/enum/2` → field `steps[].name`,
 * rest `enum/2`. Subschema lists (`oneOf/1`) structure the schema and are
 * left out of the field's name; the pointer keeps them.
 */
function splitField(inner: readonly string[]): { field: string[]; rest: string[]; isProperty: boolean } {
  const field: string[] = [];
  let index = 0;
  let isProperty = false;
  while (index < inner.length) {
    const segment = inner[index]!;
    if (SCHEMA_MAPS.has(segment) && index + 1 < inner.length) {
      field.push(inner[index + 1]!);
      isProperty = index + 2 === inner.length;
      index += 2;
    } else if (SCHEMA_LISTS.has(segment) && index + 1 < inner.length) {
      index += 2;
    } else if (Object.hasOwn(FIELD_SUFFIX, segment) && index + 1 < inner.length) {
      if (field.length === 0) field.push('');
      field[field.length - 1] = `${field.at(-1)}${FIELD_SUFFIX[segment]}`;
      index += 1;
    } else {
      break;
    }
  }
  return { field, rest: inner.slice(index), isProperty };
}

/**
 * Steps through a document as written, following a node's `$ref` when the
 * next segment is not one of its own keys (a 3.1 `$ref` may have siblings).
 * Entering a component schema makes it the owner and starts the path
 * inside it afresh.
 */
class RefWalk {
  node: unknown;
  owner?: string;
  ownerPointer = '';
  inner: string[] = [];

  constructor(private readonly document: JsonObject) {
    this.node = document;
  }

  step(segment: string): void {
    if (isObject(this.node) && typeof this.node.$ref === 'string' && !Object.hasOwn(this.node, segment)) {
      const component = referencedComponent(this.node, 'schemas');
      this.node = resolveLocal(this.document, this.node);
      if (component !== undefined) {
        this.owner = component;
        this.ownerPointer = toPointer(['components', 'schemas', component]);
        this.inner = [];
      }
    }
    this.inner.push(segment);
    this.node = isObject(this.node) || Array.isArray(this.node) ? (this.node as Record<string, unknown>)[segment] : undefined;
  }

  /** The node at the end, its own `$ref` followed (what a keyword beside the path, like `required`, is read from). */
  resolved(): unknown {
    return resolveLocal(this.document, this.node);
  }
}

/** The node `path` leads to in `document` as written, `$ref`s followed on the way and at the end; `undefined` when it leads nowhere. */
export function nodeAt(document: JsonObject, path: readonly string[]): unknown {
  const walk = new RefWalk(document);
  for (const segment of path) walk.step(segment);
  return walk.resolved();
}
