/**
 * `src/routes.ts` of a generated package (`<package>/routes`): one exported
 * constant per operation, its method name bound to its route
 * (`export const createTask = "POST /v1/task"`). The full client imports
 * them all; `create<Name>ClientWith({ createTask, runTask })` takes only the
 * ones a consumer imports, so a bundler drops the rest: the route map of 91
 * operations is not in a two-operation consumer's bundle.
 *
 * A method name that cannot be a binding (`delete`, `meta/root`) has no
 * constant here; its operation stays a method of the full client
 * (`inlineRoutes`).
 */
import type { Project } from 'ts-morph';
import type { ApiModel, OperationModel } from '../model/types.js';
import { mediaEssence } from '../openapi/media.js';
import { docText, isIdentifier, literal, RuntimeCall, stringLiteral } from './escape.js';
import { jsDoc, printJsDocs } from './jsdoc.js';
import type { CodegenPass } from './pass.js';
import { insertEdit } from './text-edits.js';

/**
 * The route as the runtime takes it (runtime/client.ts `Route`):
 * `"POST /v1/task"`, then what the client must do other than JSON in, JSON
 * out: `application/x-www-form-urlencoded` when the request body is that
 * form, `events` when the success response may be an event stream, `text`
 * or `blob` when it is read as text or bytes
 * (`"GET /v1/sessions/{sessionId}/screenshot blob"`). A multipart body is
 * built by the runtime's `toFormData`, given with the route
 * (`["POST /v1/files", toFormData]`): a consumer that picks no upload does
 * not bundle it.
 */
function routeConstant(operation: OperationModel): string | [string, RuntimeCall] {
  const form = requestForm(operation);
  const parse = responseParse(operation);
  const route = [operation.route, ...(form === URLENCODED ? [form] : []), ...(parse ? [parse] : [])].join(' ');
  return form === MULTIPART ? [route, new RuntimeCall(FORM_SERIALIZER)] : route;
}

const MULTIPART = 'multipart/form-data';
const URLENCODED = 'application/x-www-form-urlencoded';
/** The runtime export that builds a multipart body. */
const FORM_SERIALIZER = 'toFormData';

/** The runtime exports a file of these routes imports: the form serializer, where one of them is multipart. */
export function routeImports(operations: readonly OperationModel[]): string[] {
  return operations.some((operation) => requestForm(operation) === MULTIPART) ? [FORM_SERIALIZER] : [];
}

/** The form a request body is sent as when it has no JSON media: multipart first, else URL-encoded. */
export function requestForm({ requestBody: body }: OperationModel): string | undefined {
  if (body === undefined || body.json !== undefined) return undefined;
  const types = body.media.map((media) => mediaEssence(media.type));
  return [MULTIPART, URLENCODED].find((form) => types.includes(form));
}

/**
 * How the success body is read when it is not (only) JSON: `events` where
 * it may be an event stream (the client reads the response's content type),
 * `text/*` as text, anything else as a Blob.
 */
export function responseParse({ success }: OperationModel): 'events' | 'text' | 'blob' | undefined {
  if (success?.media.some((media) => mediaEssence(media.type) === 'text/event-stream')) return 'events';
  const type = success?.media[0]?.type;
  if (!success || success.json || type === undefined || /[/+]json$/.test(mediaEssence(type))) return undefined;
  return mediaEssence(type).startsWith('text/') ? 'text' : 'blob';
}

/** Whether an operation of the API may answer with an event stream: its client then bundles the reader. */
export function hasEvents(model: ApiModel): boolean {
  return model.operations.some((operation) => responseParse(operation) === 'events');
}

/** Operations with a route constant: their method name is a binding name. */
export function exportedRoutes(model: ApiModel): OperationModel[] {
  return model.operations.filter((operation) => isIdentifier(operation.methodName));
}

/** Operations without one, whose routes the full client writes inline. */
export function inlineRoutes(model: ApiModel): OperationModel[] {
  return model.operations.filter((operation) => !isIdentifier(operation.methodName));
}

export const routesPass: CodegenPass = {
  name: 'routes',
  edits: (_, { model, project }) => [insertEdit(0, routesText(model, project), 'routes')],
};

/**
 * The file as text: a doc comment and a constant per operation (one
 * statement each; ts-morph's manipulation of a file of many commented
 * statements is slow and fragile, so the JSDoc is printed together and
 * the text joined).
 */
function routesText(model: ApiModel, project: Project): string {
  const { client: name, factory } = model.names;
  const exported = exportedRoutes(model);
  const docs = printJsDocs(project, exported.map((operation) => jsDoc({ ...operation, notes: [`\`${operation.route}\``] })!));
  const imports = routeImports(exported);
  return [
    ...(imports.length > 0 ? [`import { ${imports.join(', ')} } from "./runtime/index.js";`] : []),
    `/** ${docText(`The route of each ${name} operation, under its method name: pass the ones you call to \`${factory}With\`.`)} */`,
    ...exported.map((operation, index) => `${docs[index]}\nexport const ${operation.methodName} = ${routeLiteral(operation)};`),
    ...(exported.length === 0 ? ['export {};'] : []),
    '',
  ].join('\n\n');
}

/** A route's initializer: a string, or a multipart route's `[route, toFormData] as const` (its type stays a tuple). */
export function routeLiteral(operation: OperationModel): string {
  const route = routeConstant(operation);
  return typeof route === 'string' ? stringLiteral(route) : `${literal(route)} as const`;
}
