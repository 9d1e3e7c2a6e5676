/**
 * What a consumer needs to call one mock server, read from the operation
 * model: the base URL and the environment variable a generated client reads
 * it from, the credentials to send (Prism checks that they are there, not
 * what they are), and curl lines for a few real operations, their
 * parameters and JSON body sampled like the contract tests' (examples
 * first, then src/contract/sampler.ts).
 */
import { exampleOf, exampleRequest } from '../contract/requests.js';
import type { ContractApi } from '../contract/apis.js';
import { printable } from '../errors.js';
import type { CredentialModel, OperationModel, SecurityModel } from '../model/types.js';
import { curlCommand } from './curl.js';

export interface MockGuide {
  name: string;
  url: string;
  /** The variable a generated client reads its base URL from, set to the mock's. */
  env: { name: string; value: string };
  /** What to send on every request (none when the API requires nothing). */
  auth: CredentialHint[];
  /** Ready-to-run command lines, shell-quoted. */
  curl: string[];
}

/** One credential with a value Prism accepts: `{ in: 'header', name: 'anchor-api-key', value: '<any value>' }`. */
export interface CredentialHint {
  in: 'header' | 'query' | 'cookie';
  name: string;
  value: string;
}

/** Prism only checks that a key or token is present. */
const ANY_VALUE = '<any value>';
/** Where the value sits in a URL or a cookie, a word without spaces or brackets reads better than an encoded one. */
const ANY_WORD = 'any-value';
/** `user:password` in base64: Prism checks that a Basic credential decodes to a user and a password. */
const ANY_BASIC = 'Basic dXNlcjpwYXNzd29yZA==';
/** How many curl lines at most: one per kind of operation below. */
const OPERATION_KINDS: Array<(operation: OperationModel) => boolean> = [
  (operation) => operation.method === 'get' && !hasRequiredParameters(operation),
  (operation) => operation.method === 'post' && operation.requestBody?.json !== undefined,
  (operation) => operation.method === 'get' && operation.parameters.path.length > 0,
];

export function mockGuide(api: ContractApi, url: string): MockGuide {
  const { model } = api;
  const apiSecurity = model.auth.security.length > 0 ? model.auth.security : (model.operations.find((operation) => operation.security.length > 0)?.security ?? []);
  return {
    name: api.name,
    url,
    env: { name: model.names.baseUrlEnv, value: url },
    auth: credentialHints(model.auth.credentials, apiSecurity),
    curl: pickOperations(model.operations).map((operation) => operationCurl(api, operation, url)),
  };
}

/** The guide as people read it: a heading line `<name>: <url>` (what scripts look for), then indented lines. */
export function formatGuide(guide: MockGuide): string {
  const auth = guide.auth.length === 0 ? 'none' : guide.auth.map(describeCredential).join(' and ');
  const lines = [`${guide.name}: ${guide.url}`, `  ${guide.env.name}=${guide.env.value}`, `  auth: ${auth}`, ...guide.curl.map((line) => `  ${line}`)];
  // Names come from the manifest and the document: no control character reaches the terminal.
  return `${lines.map(printable).join('\n')}\n`;
}

function describeCredential(hint: CredentialHint): string {
  if (hint.in === 'header') return `${hint.name}: ${hint.value}`;
  if (hint.in === 'query') return `?${hint.name}=${hint.value} (query)`;
  return `Cookie: ${hint.name}=${hint.value}`;
}

/** The credentials of the first alternative of `security` ([] when it allows a call without any). */
function credentialHints(credentials: CredentialModel[], security: SecurityModel): CredentialHint[] {
  if (security.length === 0 || security.some((alternative) => alternative.length === 0)) return [];
  return security[0]!.flatMap((scheme) => {
    const credential = credentials.find((candidate) => candidate.scheme === scheme);
    if (!credential) return [];
    const { send } = credential;
    if (send.type === 'http') return [{ in: 'header' as const, name: 'Authorization', value: send.scheme === 'basic' ? ANY_BASIC : `Bearer ${ANY_VALUE}` }];
    return [{ in: send.in, name: send.name, value: send.in === 'header' ? ANY_VALUE : ANY_WORD }];
  });
}

/** One operation of each kind, in document order, preferring ones not deprecated; an operation is used once. */
function pickOperations(operations: OperationModel[]): OperationModel[] {
  const ordered = [...operations.filter((operation) => !operation.deprecated), ...operations.filter((operation) => operation.deprecated)];
  const picked: OperationModel[] = [];
  for (const kind of OPERATION_KINDS) {
    const found = ordered.find((operation) => kind(operation) && !picked.includes(operation));
    if (found) picked.push(found);
  }
  return picked;
}

function hasRequiredParameters(operation: OperationModel): boolean {
  return operation.parameters.path.length > 0 || [...operation.parameters.query, ...operation.parameters.header, ...operation.parameters.cookie].some((parameter) => parameter.required === true);
}

/** The operation's request with its required parameters, its JSON body if it has one, and its own credentials. */
export function operationCurl(api: ContractApi, operation: OperationModel, baseUrl: string): string {
  const { params } = exampleRequest(api.document, operation, { requiredOnly: true });
  const url = new URL(baseUrl);
  // The template keeps its `/`s; a value is one segment. (The pathname setter escapes a `?` or `#` left in the template.)
  url.pathname = operation.path
    .split(/(\{[^}]*\})/)
    .map((part) => (/^\{[^}]*\}$/.test(part) ? encodeURIComponent(wellFormed(wireText(params.path?.[part.slice(1, -1)]))) : encodeURI(wellFormed(part))))
    .join('');
  const headers: Array<[string, string]> = [];
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(params.query ?? {})) for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, wireText(item));
  for (const [name, value] of Object.entries(params.header ?? {})) headers.push([name, wireText(value)]);
  for (const hint of credentialHints(api.model.auth.credentials, operation.security)) {
    if (hint.in === 'header') headers.push([hint.name, hint.value]);
    else if (hint.in === 'query') url.searchParams.append(hint.name, hint.value);
    else cookies.push(`${hint.name}=${hint.value}`);
  }
  if (cookies.length > 0) headers.push(['Cookie', cookies.join('; ')]);
  const json = operation.requestBody?.json;
  if (!json) return curlCommand({ method: operation.method, url: url.href, headers });
  headers.push(['Content-Type', json.type]);
  return curlCommand({ method: operation.method, url: url.href, headers, body: JSON.stringify(exampleOf(api.document, json.object)) });
}

/** A parameter value as it travels: strings as they are, anything else as JSON. */
function wireText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** The text with each lone surrogate (a spec can hold one, escaped) replaced by U+FFFD: encodeURI throws on them. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
