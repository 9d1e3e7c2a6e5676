/**
 * The one request the corpus test sends a Prism mock of a normalized
 * document: a documented operation chosen by rule (no per-spec code), with
 * its required parameters and body sampled from the document by the
 * contract suite's sampler (src/contract/requests.ts), and the credential
 * the operation's security asks for.
 *
 * The choice, in order: an operation that documents a 2xx answer and whose
 * required inputs can be sent; a GET before any other method; fewer required
 * parameters (a required body counts as one); a JSON 2xx answer before
 * another; then document order. A 101 (a WebSocket upgrade) is not a 2xx:
 * Prism answers it without switching protocols, and no HTTP client reads
 * that answer (Together's first parameterless GET is one).
 */
import { exampleOf, exampleRequest } from '../../src/contract/requests.js';
import { requirements, sendAs } from '../../src/model/auth.js';
import { operationModel } from '../../src/model/operations.js';
import type { OperationModel } from '../../src/model/types.js';
import { JSON_MEDIA } from '../../src/openapi/media.js';
import { operations } from '../../src/openapi/operations.js';
import { resolveLocal } from '../../src/openapi/refs.js';
import { isObject, type JsonObject } from '../../src/openapi/types.js';

/** Body media the harness can write from a sampled value. */
const SENDABLE_BODIES = [JSON_MEDIA, 'text/plain'] as const;

/** Headers Node's fetch (undici) adds to every request unless they are given. */
const FETCH_OWN_HEADERS = new Set(['accept-encoding', 'accept-language', 'user-agent', 'sec-fetch-mode']);

export interface PrismQuestion {
  operation: OperationModel;
  method: string;
  /** Path and query string, to append to Prism's URL. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The documented 2xx statuses (`200`, `2XX`) an answer must have. */
  expected: string[];
}

/** The operation to ask, or undefined when the document has none the harness can ask. */
export function chooseOperation(document: JsonObject): OperationModel | undefined {
  const documentSecurity = requirements(document.security) ?? [];
  const ranked = operations(document)
    .map((found, index) => ({ model: operationModel(document, found, found.operation.operationId as string, documentSecurity), index }))
    .filter(({ model }) => askable(model))
    .map(({ model, index }) => ({ model, key: [model.method === 'get' ? 0 : 1, requiredInputs(model), successStatuses(model).some((status) => model.responses.find((r) => r.status === status)?.json) ? 0 : 1, index] }));
  ranked.sort((a, b) => compareKeys(a.key, b.key));
  return ranked[0]?.model;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** `200`, `201`, `2XX`: what Prism may answer a valid request with. */
function successStatuses(operation: OperationModel): string[] {
  return operation.responses.map((response) => response.status).filter((status) => /^2(\d\d|XX)$/i.test(status));
}

/** A 2xx is documented, no cookie is required (the sampler fills path, query and header), a required body has a media we can write. */
function askable(operation: OperationModel): boolean {
  if (successStatuses(operation).length === 0) return false;
  if (operation.parameters.cookie.some((parameter) => parameter.required === true)) return false;
  if (operation.requestBody?.required) return operation.requestBody.media.some((media) => (SENDABLE_BODIES as readonly string[]).includes(media.type));
  return true;
}

function requiredInputs(operation: OperationModel): number {
  const parameters = Object.values(operation.parameters).flat().filter((parameter) => parameter.required === true || parameter.in === 'path').length;
  return parameters + (operation.requestBody?.required ? 1 : 0);
}

/** The request for `operation`: required inputs only, credentials for its first security alternative the harness can satisfy. */
export function askFor(document: JsonObject, operation: OperationModel): PrismQuestion {
  const request = exampleRequest(document, operation, { requiredOnly: true });
  let path = operation.path.split('#')[0]!; // A `#fragment` in a path key is no part of the URL.
  for (const [name, value] of Object.entries(request.params.path ?? {})) path = path.split(`{${name}}`).join(encodeURIComponent(simpleStyle(value)));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.params.query ?? {})) appendForm(query, name, value);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.params.header ?? {})) headers[name.toLowerCase()] = simpleStyle(value);
  // fetch sends these on its own; where the document constrains one, send a value it documents instead.
  for (const parameter of operation.parameters.header) {
    if (FETCH_OWN_HEADERS.has(parameter.name.toLowerCase())) headers[parameter.name.toLowerCase()] = simpleStyle(exampleOf(document, parameter));
  }

  const credential = credentialFor(document, operation);
  for (const [name, value] of credential.query) query.append(name, value);
  Object.assign(headers, credential.headers);

  const success = successStatuses(operation).map((status) => operation.responses.find((response) => response.status === status)!);
  headers.accept = success.some((response) => response.json) ? JSON_MEDIA : '*/*';
  const question: PrismQuestion = { operation, method: operation.method.toUpperCase(), url: `${path}${query.toString() === '' ? '' : `?${query}`}`, headers, expected: success.map((response) => response.status) };
  if (operation.requestBody?.required) {
    const json = operation.requestBody.json;
    if (json) {
      headers['content-type'] = JSON_MEDIA;
      question.body = JSON.stringify(request.body ?? null);
    } else {
      headers['content-type'] = 'text/plain';
      question.body = simpleStyle(exampleOf(document, operation.requestBody.media.find((media) => media.type === 'text/plain')!.object));
    }
  }
  return question;
}

/** `simple` style (path and header parameters): arrays and objects comma-separated. */
function simpleStyle(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => [key, String(item)]).join(',');
  return String(value);
}

/** `form` style, exploded (the query default): an array repeats the name, an object's properties are parameters. */
function appendForm(query: URLSearchParams, name: string, value: unknown): void {
  if (Array.isArray(value)) for (const item of value) query.append(name, String(item));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) query.append(key, String(item));
  else query.append(name, String(value));
}

interface Credential {
  headers: Record<string, string>;
  query: Array<[string, string]>;
}

/**
 * A dummy credential for the operation's security (its own, else the
 * document's: the model's `security`): the first alternative whose every
 * scheme the runtime can send (src/model/auth.ts's `sendAs`: OAuth2 and
 * OpenID Connect as bearer tokens), an empty alternative needing nothing.
 * Prism checks presence and form (`Bearer x`, `Basic base64(a:b)`), never
 * the value.
 */
function credentialFor(document: JsonObject, operation: OperationModel): Credential {
  const schemes = isObject(document.components) && isObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  for (const alternative of operation.security) {
    const credential: Credential = { headers: {}, query: [] };
    if (alternative.every((name) => addCredential(credential, sendAs(resolveLocal(document, schemes[name]))))) return credential;
  }
  return { headers: {}, query: [] };
}

/** False when the scheme cannot be sent, or would overwrite a header another scheme of the alternative sets. */
function addCredential(credential: Credential, send: ReturnType<typeof sendAs>): boolean {
  if (!send) return false;
  const header = (name: string, value: string) => {
    if (name.toLowerCase() in credential.headers) return false;
    credential.headers[name.toLowerCase()] = value;
    return true;
  };
  if (send.type === 'http') return header('authorization', send.scheme === 'basic' ? `Basic ${Buffer.from('corpus:key').toString('base64')}` : 'Bearer corpus-key');
  if (send.in === 'query') return credential.query.push([send.name, 'corpus-key']) > 0;
  if (send.in === 'cookie') return header('cookie', `${send.name}=corpus-key`);
  return header(send.name, 'corpus-key');
}
