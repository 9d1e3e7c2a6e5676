/**
 * The one walk over an OpenAPI 3.1 document. A pass says which node types it
 * cares about and what to do on entering and leaving each (as Redocly's
 * visitors do: `{ Operation: { leave(operation, { path }) { … } } }`) and
 * holds no traversal code of its own; this module knows every place where a
 * Schema, Parameter, Response… can occur, once.
 *
 * - `$ref`: where the specification allows a Reference Object (a Parameter,
 *   a Response, an Example…), an object with a string `$ref` is reported as
 *   a `Reference` and not followed; in a Schema or a Path Item, `$ref` is one
 *   of the node's fields and the node is reported with it. Nothing is ever
 *   resolved: a pass that wants the target uses `resolveLocal`.
 * - Only objects are reported. A value of the wrong kind where a node should
 *   be (a string for a Parameter, a boolean schema) is passed over, as are
 *   the specification extensions (`x-…`) of the maps whose keys are
 *   patterns (paths, responses, callbacks).
 * - Order: `components` first (a shared schema is repaired before the
 *   operations that use it are met), then `paths` and `webhooks`; inside a
 *   node, its fields in the order of `FIELDS` below, and map entries and list
 *   items in document order. Parents are entered before their children and
 *   left after them.
 * - Cost: iterative (an explicit stack, so nesting depth cannot overflow the
 *   call stack) and linear in the nodes visited. Subtrees that cannot hold a
 *   node type the visitor asks for are not entered, so listing operations
 *   does not walk every schema. A node's `path` is built when read, in time
 *   proportional to its depth.
 */
import type {
  Callback, Components, Document, Encoding, Example, Header, JsonObject, Link, MediaType, Operation, Parameter,
  PathItem, Reference, RequestBody, Response, Schema, SecurityScheme,
} from './types.js';
import { HTTP_METHODS, isObject } from './types.js';
import { SUBSCHEMA_KEYWORDS, SUBSCHEMA_LIST_KEYWORDS, SUBSCHEMA_MAP_KEYWORDS } from './schema-keywords.js';

/** The node types a visitor can ask for, and what each is reported as. */
export interface NodeTypes {
  Document: Document;
  Components: Components;
  PathItem: PathItem;
  Operation: Operation;
  Parameter: Parameter;
  RequestBody: RequestBody;
  MediaType: MediaType;
  Encoding: Encoding;
  Response: Response;
  Header: Header;
  Example: Example;
  Link: Link;
  Callback: Callback;
  SecurityScheme: SecurityScheme;
  Schema: Schema;
  Reference: Reference;
}
export type NodeType = keyof NodeTypes;
/** What a place in a document holds: every node type but `Reference`, which stands in for one of them. */
export type PlaceType = Exclude<NodeType, 'Reference'>;
export type PathToken = string | number;

export interface VisitContext {
  /** JSON pointer tokens from the root of the walk to this node (`toPointer(path)` gives the pointer). */
  readonly path: readonly PathToken[];
  /** What the specification expects here: for a `Reference`, the type of the object it stands for. */
  readonly type: PlaceType;
  /** The nearest enclosing node (of any type, reported or not); `undefined` at the root. */
  readonly parent: JsonObject | undefined;
}

/** Returned by `enter` to leave the node's children unvisited (its `leave` still runs). */
export const SKIP: unique symbol = Symbol('skip');

type Enter<Node> = (node: Node, context: VisitContext) => void | typeof SKIP;
type Leave<Node> = (node: Node, context: VisitContext) => void;
/** A function is the node's `enter`. */
export type NodeVisitor<Node> = Enter<Node> | { enter?: Enter<Node>; leave?: Leave<Node> };
export type Visitor = { [T in NodeType]?: NodeVisitor<NodeTypes[T]> };

/** How a field holds its nodes: the value itself, the items of an array, or the values of a map. */
type Shape = 'one' | 'list' | 'map';
interface Field {
  key: string;
  type: PlaceType;
  shape: Shape;
  /** A map whose keys are patterns (`/{path}`, status codes) where `x-…` keys are extensions, not entries. */
  extensible?: true;
}

const one = (key: string, type: PlaceType): Field => ({ key, type, shape: 'one' });
const list = (key: string, type: PlaceType): Field => ({ key, type, shape: 'list' });
const map = (key: string, type: PlaceType, extensible?: true): Field => ({ key, type, shape: 'map', ...(extensible ? { extensible } : {}) });

const PARAMETER_FIELDS = [one('schema', 'Schema'), map('content', 'MediaType'), map('examples', 'Example')];

/** Where each node type keeps the nodes below it: the specification's fixed fields, in visiting order. */
const FIELDS: Record<PlaceType, readonly Field[]> = {
  Document: [one('components', 'Components'), map('paths', 'PathItem', true), map('webhooks', 'PathItem')],
  Components: [
    map('schemas', 'Schema'), map('responses', 'Response'), map('parameters', 'Parameter'), map('examples', 'Example'),
    map('requestBodies', 'RequestBody'), map('headers', 'Header'), map('securitySchemes', 'SecurityScheme'),
    map('links', 'Link'), map('callbacks', 'Callback'), map('pathItems', 'PathItem'),
  ],
  PathItem: [list('parameters', 'Parameter'), ...HTTP_METHODS.map((method) => one(method, 'Operation'))],
  Operation: [list('parameters', 'Parameter'), one('requestBody', 'RequestBody'), map('responses', 'Response', true), map('callbacks', 'Callback')],
  Parameter: PARAMETER_FIELDS,
  Header: PARAMETER_FIELDS,
  RequestBody: [map('content', 'MediaType')],
  MediaType: [one('schema', 'Schema'), map('examples', 'Example'), map('encoding', 'Encoding')],
  Encoding: [map('headers', 'Header')],
  Response: [map('headers', 'Header'), map('content', 'MediaType'), map('links', 'Link')],
  Callback: [],
  Example: [],
  Link: [],
  SecurityScheme: [],
  Schema: [
    ...SUBSCHEMA_KEYWORDS.map((keyword) => one(keyword, 'Schema')),
    ...SUBSCHEMA_LIST_KEYWORDS.map((keyword) => list(keyword, 'Schema')),
    ...SUBSCHEMA_MAP_KEYWORDS.map((keyword) => map(keyword, 'Schema')),
  ],
};

/** A Callback has no fixed fields: it is itself a map of runtime expressions to Path Items. */
const ENTRIES: Partial<Record<PlaceType, PlaceType>> = { Callback: 'PathItem' };

/** Where the specification allows a Reference Object instead of the node. */
const REFERABLE: ReadonlySet<PlaceType> = new Set(['Parameter', 'RequestBody', 'Response', 'Header', 'Example', 'Link', 'Callback', 'SecurityScheme']);

const PLACE_TYPES = Object.keys(FIELDS) as PlaceType[];

/** For each place type, every node type that can be reported at or below it. */
const REACHES: Record<PlaceType, ReadonlySet<NodeType>> = (() => {
  const below = (type: PlaceType): PlaceType[] => [...FIELDS[type].map((field) => field.type), ...(ENTRIES[type] ? [ENTRIES[type]!] : [])];
  const reaches = {} as Record<PlaceType, Set<NodeType>>;
  for (const type of PLACE_TYPES) {
    const found = new Set<NodeType>();
    const pending: PlaceType[] = [type];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      if (REFERABLE.has(next)) found.add('Reference');
      pending.push(...below(next));
    }
    reaches[type] = found;
  }
  return reaches;
})();

interface Frame {
  node: JsonObject;
  type: PlaceType;
  parent: Frame | undefined;
  /** The tokens from the parent node to this one (`['properties', 'name']`), or the root's whole path. */
  tokens: readonly PathToken[];
}

/** Visits the document's nodes; see the module comment for what is reported, in which order. */
export function visitDocument(document: JsonObject, visitor: Visitor): void {
  visit(document, 'Document', visitor);
}

/** Visits `node`, taken to be of type `type` at `path`, and every node below it. */
export function visit(node: unknown, type: PlaceType, visitor: Visitor, path: readonly PathToken[] = []): void {
  if (!isObject(node)) return;
  const worthEntering = new Set(PLACE_TYPES.filter((place) => [...REACHES[place]].some((reported) => visitor[reported] !== undefined)));
  if (!worthEntering.has(type)) return;
  // A frame is entered when popped; its leave marker, pushed under its children, is popped after them.
  const stack: Array<Frame | { leave: Leave<never>; node: JsonObject; context: VisitContext }> = [{ node, type, parent: undefined, tokens: path }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('leave' in item) {
      item.leave(item.node as never, item.context);
      continue;
    }
    const frame = item;
    const handler = nodeVisitor(visitor, frame);
    let verdict: void | typeof SKIP = undefined;
    if (handler) {
      const context = contextOf(frame);
      verdict = enterOf(handler)?.(frame.node as never, context);
      const leave = leaveOf(handler);
      if (leave) stack.push({ leave, node: frame.node, context });
    }
    if (verdict === SKIP || isReference(frame)) continue;
    const children = childrenOf(frame).filter((child) => worthEntering.has(child.type));
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}

function isReference(frame: Frame): boolean {
  return REFERABLE.has(frame.type) && typeof frame.node.$ref === 'string';
}

function nodeVisitor(visitor: Visitor, frame: Frame): NodeVisitor<never> | undefined {
  return visitor[isReference(frame) ? 'Reference' : frame.type] as NodeVisitor<never> | undefined;
}

function enterOf(handler: NodeVisitor<never>): Enter<never> | undefined {
  return typeof handler === 'function' ? handler : handler.enter;
}

function leaveOf(handler: NodeVisitor<never>): Leave<never> | undefined {
  return typeof handler === 'function' ? undefined : handler.leave;
}

function childrenOf(frame: Frame): Frame[] {
  const { node } = frame;
  const children: Frame[] = [];
  const add = (child: unknown, type: PlaceType, tokens: PathToken[]) => {
    if (isObject(child)) children.push({ node: child, type, parent: frame, tokens });
  };
  const addEntries = (entries: JsonObject, type: PlaceType, tokens: PathToken[], extensible: boolean) => {
    for (const [name, child] of Object.entries(entries)) {
      if (!(extensible && name.startsWith('x-'))) add(child, type, [...tokens, name]);
    }
  };
  for (const { key, type, shape, extensible } of FIELDS[frame.type]) {
    // Own fields only: a field named like an Object.prototype member is not there unless the document says so.
    if (!Object.hasOwn(node, key)) continue;
    const value = node[key];
    if (shape === 'one') add(value, type, [key]);
    else if (shape === 'list') {
      if (Array.isArray(value)) value.forEach((item, index) => add(item, type, [key, index]));
    } else if (isObject(value)) addEntries(value, type, [key], extensible === true);
  }
  const entryType = ENTRIES[frame.type];
  if (entryType) addEntries(node, entryType, [], true);
  return children;
}

function contextOf(frame: Frame): VisitContext {
  let path: PathToken[] | undefined;
  return {
    get path() {
      if (!path) {
        const chain: Frame[] = [];
        for (let at: Frame | undefined = frame; at; at = at.parent) chain.push(at);
        path = chain.reverse().flatMap((link) => link.tokens);
      }
      return path;
    },
    type: frame.type,
    parent: frame.parent?.node,
  };
}
