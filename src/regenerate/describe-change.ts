/**
 * One api-smart-diff difference → the report's words for it: what changed
 * (naming the operation or the component type), its kind, and why, from
 * the point of view of code written against the previous typed client.
 *
 * api-smart-diff's own classification is for HTTP compatibility and misses
 * what a TypeScript caller sees (it calls a removed response property, a
 * removed request property, or a response field whose type changed
 * compatible; all three stop code compiling), so the changes a typed client
 * sees are classified here, by rule; api-smart-diff's verdict is kept for
 * the rest (constraints, security, servers), and said to be its.
 * Text-only keywords (descriptions, summaries, examples) are documentation
 * wherever they are, whatever api-smart-diff calls them.
 */
import type { ChangeKind, Subject, Use } from './change-entry.js';
import { describeParameter, nodeAt, placeOf, type Direction, type OperationRef, type Place } from './change-place.js';
import { operationName } from './change-entry.js';
import { toPointer } from '../openapi/pointer.js';
import { isObject, type JsonObject } from '../openapi/types.js';

/** What this module reads of an api-smart-diff difference. */
export interface Diff {
  /** `breaking`, `non-breaking`, `annotation`, `unclassified`, `deprecated`. */
  type: string;
  action: string;
  path: ReadonlyArray<string | number>;
  before?: unknown;
  after?: unknown;
}

export interface Documents {
  previous: JsonObject;
  next: JsonObject;
  /** The generated client's method for an operationId (the operation model may rename one). */
  clientMethod: (operationId: string) => string | undefined;
  /** For an operationId the next document has on another route than the previous: that route (`GET /v2/tasks`). */
  movedTo: ReadonlyMap<string, string>;
}

/** An entry before entries naming the same thing are merged (src/regenerate/changes.ts). */
export interface Draft {
  kind: ChangeKind;
  subject: Subject;
  what: string;
  why: string;
  use?: Use;
  pointer: string;
  /** JSON of a request body value no longer accepted, so the value check (request-values.ts) does not say it again. */
  lostRequestValue?: { route: string; value: string };
}

/** Keywords that only document; the client's types do not change with them (they become doc comments at most). */
const TEXT_KEYWORDS = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', '$comment', 'deprecated']);
/** Keywords whose next segment is a name chosen by the document (a property called `description` is no text keyword). */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas', 'schemas', 'paths', 'responses', 'content', 'headers', 'securitySchemes', 'links', 'callbacks', 'encoding', 'examples', 'parameters', 'requestBodies']);
/** Values longer than this are cut in a `changed from … to …`. */
const VALUE_CHARS = 60;

const TEXT_ONLY = 'text only: the client’s types do not change';

/** The report's entries for one difference: none when it is said by another (a `required` entry beside its property's own). */
export function describeDiff(diff: Diff, documents: Documents): Draft[] {
  const path = diff.path.map(String);
  const document = diff.action === 'remove' ? documents.previous : documents.next;
  if (path[0] === 'components' && path[1] === 'securitySchemes' && path.length >= 3) return [securitySchemeChange(diff, path)];
  const place = placeOf(document, path, documents.clientMethod);
  const textKeyword = textKeywordOf(path);
  if (textKeyword !== undefined) return [documentationChange(diff, place, textKeyword)];
  if (place.operation === undefined) return [generic(diff, place, { type: 'document' }, 'the document')];
  const below = path.slice(3);
  if (below.length === 0) return [operationAddedOrRemoved(diff, place.operation, documents)];
  if (below.length === 1 && below[0] === 'operationId') return [methodRenamed(diff, place.operation, documents)];
  if (below[0] === 'parameters' && below.length === 2 && (diff.action === 'add' || diff.action === 'remove')) return [parameterAddedOrRemoved(diff, place.operation)];
  if (below[0] === 'parameters' && below.length === 3 && below[2] === 'required') return [parameterRequired(diff, place.operation, nodeAt(document, path.slice(0, 5)))];
  if (place.direction !== undefined) return schemaChange(diff, place as SchemaPlace, path, documents);
  return [generic(diff, place, { type: 'operation', ...place.operation }, placeName(place))];
}

/** The text keyword a path changes (`description`, `example`…), if any: a keyword's position, not a property of that name. */
function textKeywordOf(path: readonly string[]): string | undefined {
  return path.find((segment, index) => TEXT_KEYWORDS.has(segment) && !NAME_MAPS.has(path[index - 1] ?? ''));
}

function documentationChange(diff: Diff, place: Place, keyword: string): Draft {
  const subject = subjectOf(place);
  const noun = keyword === 'examples' ? 'example' : keyword;
  return { kind: 'documentation', subject, what: `${noun} of ${placeName(place)} ${verbed(diff.action)}`, why: TEXT_ONLY, ...useOf(place), pointer: place.pointer };
}

function operationAddedOrRemoved(diff: Diff, operation: OperationRef, documents: Documents): Draft {
  const subject: Subject = { type: 'operation', ...operation };
  const pointer = toPointer(['paths', operation.path, operation.method.toLowerCase()]);
  const name = operationName(operation);
  if (diff.action === 'add') return { kind: 'additive', subject, what: `operation ${name} added`, why: 'a new method; existing calls are unaffected', pointer };
  const movedTo = operation.operationId === undefined ? undefined : documents.movedTo.get(operation.operationId);
  if (movedTo !== undefined) {
    return { kind: 'breaking', subject, what: `operation ${name} moved to ${movedTo}`, why: 'the client calls another route; the two routes’ parameters and responses are not compared, so the move counts as breaking', pointer };
  }
  return { kind: 'breaking', subject, what: `operation ${name} removed`, why: `calls to \`${operation.clientMethod ?? operation.operationId ?? name}\` no longer compile`, pointer };
}

function methodRenamed(diff: Diff, operation: OperationRef, documents: Documents): Draft {
  const before = typeof diff.before === 'string' ? (documents.clientMethod(diff.before) ?? diff.before) : undefined;
  const after = operation.clientMethod ?? operation.operationId;
  const route = `${operation.method} ${operation.path}`;
  return {
    kind: 'breaking',
    subject: { type: 'operation', ...operation },
    what: `method ${before ?? '(unnamed)'} (${route}) renamed to ${after ?? '(unnamed)'}`,
    why: before === undefined ? 'the client’s method for the route is named anew' : `calls to \`${before}\` no longer compile`,
    pointer: toPointer(['paths', operation.path, operation.method.toLowerCase(), 'operationId']),
  };
}

function parameterAddedOrRemoved(diff: Diff, operation: OperationRef): Draft {
  const parameter = diff.action === 'add' ? diff.after : diff.before;
  const subject: Subject = { type: 'operation', ...operation };
  const name = isObject(parameter) ? `\`${String(parameter.name)}\`` : 'a parameter';
  const pointer = toPointer(diff.path.map(String));
  if (diff.action === 'remove') return { kind: 'breaking', subject, what: `${describeParameter(parameter, { required: false })} removed from ${operationName(operation)}`, why: `a caller passing ${name} gets a compile error`, pointer };
  const required = isObject(parameter) && parameter.required === true;
  return required
    ? { kind: 'breaking', subject, what: `${describeParameter(parameter)} added to ${operationName(operation)}`, why: `every existing call lacks ${name} and no longer compiles`, pointer }
    : { kind: 'additive', subject, what: `optional ${describeParameter(parameter)} added to ${operationName(operation)}`, why: 'optional: existing calls still compile', pointer };
}

function parameterRequired(diff: Diff, operation: OperationRef, parameter: unknown): Draft {
  const subject: Subject = { type: 'operation', ...operation };
  const name = isObject(parameter) ? `\`${String(parameter.name)}\`` : 'the parameter';
  const pointer = toPointer(diff.path.map(String));
  return diff.after === true
    ? { kind: 'breaking', subject, what: `parameter ${name} of ${operationName(operation)} became required`, why: `a call without ${name} no longer compiles`, pointer }
    : { kind: 'additive', subject, what: `parameter ${name} of ${operationName(operation)} became optional`, why: 'existing calls still compile', pointer };
}

type SchemaPlace = Place & { operation: OperationRef; direction: Direction; part: string };

/** A change inside a request body, response body or parameter schema. */
function schemaChange(diff: Diff, place: SchemaPlace, path: readonly string[], documents: Documents): Draft[] {
  const { rest, direction } = place;
  const request = direction === 'request';
  const at = (kind: ChangeKind, what: string, why: string): Draft => ({ kind, subject: subjectOf(place), what, why, ...useOf(place), pointer: place.pointer });
  const field = fieldName(place);
  if (rest.length === 0 && place.isProperty && diff.action === 'remove') {
    return [at('breaking', `property \`${place.field.at(-1)}\` removed from ${parentName(place)}`, request ? `a caller sending \`${place.field.at(-1)}\` gets a compile error` : `code reading \`${place.field.at(-1)}\` no longer compiles`)];
  }
  if (rest.length === 0 && place.isProperty && diff.action === 'add') {
    const name = place.field.at(-1)!;
    const required = requiredIn(nodeAt(documents.next, path.slice(0, -2)), name);
    const what = `${required ? 'required' : 'optional'} property \`${name}\` added to ${parentName(place)}`;
    if (!request) return [at('additive', what, 'responses carry a new field; existing code still compiles')];
    return [required ? at('breaking', what, `every existing call lacks \`${name}\` and no longer compiles`) : at('additive', what, 'optional: existing calls still compile')];
  }
  if (rest[0] === 'required' && rest.length === 2 && (diff.action === 'add' || diff.action === 'remove')) {
    const name = String(diff.action === 'add' ? diff.after : diff.before);
    // A property added or removed with its `required` entry is one change, said by the property's entry.
    const parent = path.slice(0, -2);
    const other = nodeAt(diff.action === 'add' ? documents.previous : documents.next, parent);
    if (!hasProperty(other, name)) return [];
    const target = `\`${joinField(place.owner, [...place.field, name])}\`${place.owner === undefined ? ` in the ${place.part} of ${operationName(place.operation)}` : ''}`;
    if (diff.action === 'add') {
      return [request ? at('breaking', `${target} became required`, `a caller not sending \`${name}\` gets a compile error`) : at('additive', `${target} became required`, 'responses always carry it now; existing code still compiles')];
    }
    return [request ? at('additive', `${target} became optional`, 'callers may leave it out; existing calls still compile') : at('breaking', `${target} became optional`, `it may be absent now: code reading \`${name}\` without a check no longer compiles`)];
  }
  if (rest[0] === 'enum' && rest.length === 2) return enumChange(diff, place, at, field);
  if (rest[0] === 'type') return [typeChange(diff, place, at, field)];
  return [generic(diff, place, subjectOf(place), field)];
}

function enumChange(diff: Diff, place: SchemaPlace, at: (kind: ChangeKind, what: string, why: string) => Draft, field: string): Draft[] {
  const request = place.direction === 'request';
  const lost = diff.action === 'remove' || diff.action === 'replace' ? [diff.before] : [];
  const gained = diff.action === 'add' || diff.action === 'replace' ? [diff.after] : [];
  const drafts: Draft[] = [];
  for (const value of lost) {
    const shown = `\`${valueText(value)}\``;
    const draft = request
      ? at('breaking', `${field} enum lost ${shown}`, `a caller sending ${shown} gets a compile error`)
      : at('breaking', `${field} enum lost ${shown}`, `code comparing with ${shown} no longer compiles (the types no longer overlap)`);
    if (request && place.part === 'request body') draft.lostRequestValue = { route: `${place.operation.method} ${place.operation.path}`, value: JSON.stringify(value) };
    drafts.push(draft);
  }
  for (const value of gained) {
    const shown = `\`${valueText(value)}\``;
    drafts.push(request
      ? at('additive', `${field} enum gained ${shown}`, `callers may send ${shown}; existing calls still compile`)
      : at('breaking', `${field} enum gained ${shown}`, `responses may carry ${shown}: an exhaustive switch over the values no longer compiles`));
  }
  return drafts;
}

/** A `type` replaced, or a member added to or removed from a type list: widened, narrowed or changed, for a caller or a reader. */
function typeChange(diff: Diff, place: SchemaPlace, at: (kind: ChangeKind, what: string, why: string) => Draft, field: string): Draft {
  const request = place.direction === 'request';
  const element = place.rest.length === 2;
  const before = element ? (diff.action === 'remove' ? [String(diff.before)] : []) : typeList(diff.before);
  const after = element ? (diff.action === 'add' ? [String(diff.after)] : []) : typeList(diff.after);
  const lost = before.filter((type) => !after.includes(type));
  const gained = after.filter((type) => !before.includes(type));
  const what = element
    ? `${field} type ${diff.action === 'add' ? 'gained' : 'lost'} \`${(diff.action === 'add' ? gained : lost).join(' | ')}\``
    : `${field} type changed from \`${before.join(' | ') || 'any'}\` to \`${after.join(' | ') || 'any'}\``;
  if (request) {
    return lost.length === 0 ? at('additive', what, 'callers may send more; existing calls still compile') : at('breaking', what, `a caller sending a value of type \`${lost.join(' | ')}\` gets a compile error`);
  }
  return gained.length === 0 ? at('additive', what, `responses carry less; code handling \`${lost.join(' | ')}\` still compiles`) : at('breaking', what, `code reading it as \`${before.join(' | ') || 'any'}\` no longer compiles`);
}

function securitySchemeChange(diff: Diff, path: readonly string[]): Draft {
  const name = path[2]!;
  const keyword = path.slice(3);
  const what = keyword.length === 0 ? `security scheme \`${name}\` ${verbed(diff.action)}` : `\`${keyword.join('.')}\` of security scheme \`${name}\` ${verbed(diff.action)}${valuesOf(diff)}`;
  const { kind, why } = verdictOf(diff, 'calls authenticate differently: a client configured for the previous scheme is refused');
  return { kind, subject: { type: 'securityScheme', name }, what, why, pointer: toPointer(path) };
}

/** Anything else: the keyword and the values, and api-smart-diff's verdict, said to be its. */
function generic(diff: Diff, place: Place, subject: Subject, name: string): Draft {
  const keyword = place.rest.length > 0 ? `\`${place.rest.join('.')}\` of ` : '';
  const { kind, why } = verdictOf(diff);
  return { kind, subject, what: `${keyword}${name} ${verbed(diff.action)}${valuesOf(diff)}`, why, ...useOf(place), pointer: place.pointer };
}

function verdictOf(diff: Diff, breakingWhy = 'api-smart-diff rates it breaking for existing callers'): { kind: ChangeKind; why: string } {
  if (diff.type === 'breaking') return { kind: 'breaking', why: breakingWhy };
  if (diff.type === 'non-breaking') return { kind: 'additive', why: 'api-smart-diff rates it compatible with existing callers' };
  // Only text keywords are documentation (describeDiff sorts them out first): anything else changes what the client is built from.
  if (diff.type === 'annotation') return { kind: 'additive', why: 'the generated client changes, but no call stops compiling (api-smart-diff: annotation)' };
  return { kind: 'additive', why: `api-smart-diff leaves it ${diff.type === 'unclassified' ? 'unclassified' : `rated ${diff.type}`}; counted as not breaking` };
}

/** A schema change names the component type when there is one, else the operation it is part of. */
function subjectOf(place: Place): Subject {
  if (place.owner !== undefined) return { type: 'schema', name: place.owner };
  if (place.operation !== undefined) return { type: 'operation', ...place.operation };
  return { type: 'document' };
}

function useOf(place: Place): { use?: Use } {
  return place.owner !== undefined && place.operation !== undefined && place.part !== undefined ? { use: { ...place.operation, part: place.part } } : {};
}

/** `\`Task.status\``, or `\`status\` in the response 200 of createTask (POST /tasks)` for a schema of the operation's own. */
function fieldName(place: SchemaPlace): string {
  if (place.owner !== undefined) return `\`${joinField(place.owner, place.field)}\``;
  const inPart = `the ${place.part} of ${operationName(place.operation)}`;
  return place.field.length === 0 ? inPart : `\`${joinField(undefined, place.field)}\` in ${inPart}`;
}

/** What holds a property: `\`Task\``, `\`Task.steps[]\``, or the part of the operation. */
function parentName(place: SchemaPlace): string {
  return fieldName({ ...place, field: place.field.slice(0, -1) });
}

/** Any place, for a text change: the field, type, part, operation, or the document. */
function placeName(place: Place): string {
  if (place.operation !== undefined && place.part !== undefined && place.direction !== undefined) return fieldName(place as SchemaPlace);
  if (place.owner !== undefined) return `\`${joinField(place.owner, place.field)}\``;
  if (place.operation !== undefined) return place.part === undefined ? operationName(place.operation) : `${place.part} of ${operationName(place.operation)}`;
  return 'the document';
}

function joinField(owner: string | undefined, field: readonly string[]): string {
  return [owner ?? '', ...field].reduce((joined, segment) => (joined === '' || /^[[{]/.test(segment) ? joined + segment : `${joined}.${segment}`), '');
}

function requiredIn(schema: unknown, name: string): boolean {
  return isObject(schema) && Array.isArray(schema.required) && schema.required.includes(name);
}

function hasProperty(schema: unknown, name: string): boolean {
  return isObject(schema) && isObject(schema.properties) && Object.hasOwn(schema.properties, name);
}

function typeList(value: unknown): string[] {
  return (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []).sort();
}

function verbed(action: string): string {
  return { add: 'added', remove: 'removed', replace: 'changed', rename: 'renamed' }[action] ?? action;
}

function valuesOf(diff: Diff): string {
  if (diff.action !== 'replace') return '';
  return ` from ${valueText(diff.before)} to ${valueText(diff.after)}`;
}

/** A value as the report shows it: JSON, cut short. */
function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text;
}
