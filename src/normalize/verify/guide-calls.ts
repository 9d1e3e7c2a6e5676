/**
 * The calls a guide shows, checked against the document. A reference page
 * (the manifest's `references`, e.g. Anchor's tasks guide) is not a source:
 * nothing of it enters the document. But where it calls the API, the
 * document must agree, and a disagreement is worth a line with the guide's
 * file and line:
 *
 * - each URL on the API's server in a code block
 *   (`https://api.anchorbrowser.io/v1/task/${taskId}/executions?page=1&limit=1`)
 *   must be a route of the document (`${…}`, `{…}` and `:name` stand for a
 *   path parameter), and its query values must be parameters of that
 *   operation that their schemas accept;
 * - each JSON code block after such a call (the guide's "Example response")
 *   must validate against that operation's success response.
 *
 * The method is the block's `method: 'POST'` or `requests.post(`, else GET.
 * Each finding is a warning; the document is not changed.
 */
import { toPointer } from '../../openapi/pointer.js';
import { operations } from '../../openapi/operations.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { resolveLocal } from '../../openapi/refs.js';
import { DocumentValidator, SchemaNotCompiled } from '../../schema-validator.js';
import type { Pass, ReferenceText } from '../pass.js';
import type { NormalizationReport } from '../report.js';

interface CodeBlock {
  language: string;
  /** 1-based line of the block's first content line. */
  line: number;
  lines: string[];
}

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  operation: JsonObject;
}

/** What a guide check found: for the report's summary and the tests. */
export interface GuideCheck {
  file: string;
  line: number;
  what: 'call' | 'example response';
  route?: string;
  problem?: string;
}

/** Code blocks larger than this are not read: a guide's example is small, and validation is bounded. */
const MAX_BLOCK_LINES = 2_000;

export const guideCalls: Pass = {
  name: 'guide-calls',
  run(document, { manifest, report, references = [] }) {
    if (manifest.baseUrl === undefined) return document;
    for (const check of checkGuides(document, references, manifest.baseUrl)) {
      if (check.problem === undefined) continue;
      warn(report, check);
    }
    return document;
  },
};

function warn(report: NormalizationReport, check: GuideCheck): void {
  report.warn({
    kind: check.what === 'call' ? 'guide-call-invalid' : 'guide-example-invalid',
    pointer: check.route === undefined ? '' : routePointer(check.route),
    message: `${check.file}:${check.line}: ${check.problem}`,
  });
}

function routePointer(route: string): string {
  const [method, path] = route.split(' ');
  return toPointer(['paths', path!, method!.toLowerCase()]);
}

/** Every call and example response of the guides, checked. */
export function checkGuides(document: JsonObject, guides: readonly ReferenceText[], baseUrl: string): GuideCheck[] {
  const routes = documentRoutes(document);
  const validator = new DocumentValidator(document);
  const origin = new URL(baseUrl).origin;
  const checks: GuideCheck[] = [];
  for (const { file, text } of guides) {
    let last: Route | undefined;
    for (const block of codeBlocks(text)) {
      if (block.language === 'json' && last) {
        checks.push(checkResponse(file, block, last, document, validator));
        continue;
      }
      for (const [index, line] of block.lines.entries()) {
        for (const match of line.matchAll(URL_PATTERN)) {
          const url = match[0];
          if (!url.startsWith(origin)) continue;
          const check = checkCall(file, block.line + index, callMethod(block.lines, index), url.slice(origin.length), routes, document, validator);
          checks.push(check);
          last = routes.find((route) => `${route.method} ${route.path}` === check.route) ?? last;
        }
      }
    }
  }
  return checks;
}

const URL_PATTERN = /https?:\/\/[^\s'"`)]+/g;
/** A call's method written beside its URL: `requests.post(`, `axios.put(`, or `method: 'POST'` in the options that follow. */
const CALLED_WITH = /\b(?:requests|axios|http|httpx|client)\.(get|post|put|patch|delete)\s*\(/i;
const METHOD_OPTION = /\bmethod:\s*['"](\w+)['"]/i;
/** Lines after the URL's that may hold its options, up to the next URL. */
const OPTION_LINES = 8;

/** The method of the call whose URL is on `lines[index]`: as written there, else GET. */
function callMethod(lines: readonly string[], index: number): string {
  const called = CALLED_WITH.exec(lines[index]!)?.[1];
  if (called) return called.toUpperCase();
  const options: string[] = [lines[index]!.slice(lines[index]!.search(URL_PATTERN))];
  for (let next = index + 1; next < Math.min(lines.length, index + 1 + OPTION_LINES) && !new RegExp(URL_PATTERN.source).test(lines[next]!); next++) options.push(lines[next]!);
  return (METHOD_OPTION.exec(options.join('\n'))?.[1] ?? 'get').toUpperCase();
}

/** The document's routes, each with a pattern its concrete or templated paths match. */
function documentRoutes(document: JsonObject): Route[] {
  return [...operations(document)].map(({ path, method, operation }) => ({
    method: method.toUpperCase(),
    path,
    operation,
    pattern: new RegExp(`^${path.split(/\{[^}]*\}/).map(escapeRegExp).join('[^/]+')}$`),
  }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function checkCall(file: string, line: number, method: string, target: string, routes: readonly Route[], document: JsonObject, validator: DocumentValidator): GuideCheck {
  const [rawPath, query = ''] = target.split('?', 2) as [string, string?];
  // A guide's placeholders: `${taskId}` in JavaScript, `{task_id}` in Python, `:id` in prose.
  const path = rawPath.replace(/\$\{[^}]*\}|\{[^}]*\}|:[A-Za-z_]\w*/g, 'x');
  const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(path));
  if (!route) return { file, line, what: 'call', problem: `${method} ${rawPath} is not an operation of the document` };
  const name = `${route.method} ${route.path}`;
  const parameters = (Array.isArray(route.operation.parameters) ? route.operation.parameters : []).map((parameter) => resolveLocal(document, parameter)).filter(isObject);
  for (const [key, value] of new URLSearchParams(query)) {
    if (/\$\{|\{/.test(value)) continue;
    const index = parameters.findIndex((parameter) => parameter.in === 'query' && parameter.name === key);
    if (index === -1) return { file, line, what: 'call', route: name, problem: `${name} has no query parameter "${key}"` };
    const pointer = `${toPointer(['paths', route.path, route.method.toLowerCase(), 'parameters', index])}/schema`;
    const errors = validateOrSkip(validator, pointer, value);
    if (errors) return { file, line, what: 'call', route: name, problem: `query parameter "${key}" = ${JSON.stringify(value)} of ${name}: ${errors}` };
  }
  return { file, line, what: 'call', route: name };
}

function checkResponse(file: string, block: CodeBlock, route: Route, document: JsonObject, validator: DocumentValidator): GuideCheck {
  const name = `${route.method} ${route.path}`;
  let value: unknown;
  try {
    value = JSON.parse(block.lines.join('\n'));
  } catch (error) {
    return { file, line: block.line, what: 'example response', route: name, problem: `the example response of ${name} is not JSON: ${(error as Error).message}` };
  }
  const responses = isObject(route.operation.responses) ? route.operation.responses : {};
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  const response = status === undefined ? undefined : resolveLocal(document, responses[status]);
  const content = isObject(response) && isObject(response.content) ? response.content : {};
  const media = Object.keys(content).find((type) => /json/i.test(type));
  if (status === undefined || media === undefined) return { file, line: block.line, what: 'example response', route: name, problem: `${name} documents no JSON success response for the guide's example` };
  const errors = validateOrSkip(validator, toPointer(['paths', route.path, route.method.toLowerCase(), 'responses', status, 'content', media, 'schema']), value);
  return { file, line: block.line, what: 'example response', route: name, ...(errors ? { problem: `the example response of ${name} does not match the document's ${status} response: ${errors}` } : {}) };
}

/** The validator's errors as one line, or undefined when the value is valid (or the schema cannot be compiled: not the guide's fault). */
function validateOrSkip(validator: DocumentValidator, pointer: string, value: unknown): string | undefined {
  try {
    const errors = validator.validate(pointer, value);
    if (errors.length === 0) return undefined;
    const shown = errors.slice(0, 3).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
    return `${shown.join('; ')}${errors.length > 3 ? ` and ${errors.length - 3} more` : ''}`;
  } catch (error) {
    if (error instanceof SchemaNotCompiled) return undefined;
    throw error;
  }
}

/** Fenced code blocks (``` or ~~~, indented or not) of a Markdown text, with their language and first line. */
function codeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: { fence: string; block: CodeBlock } | undefined;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const fence = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/.exec(line);
    if (open) {
      if (fence && fence[1]!.startsWith(open.fence) && line.trim() === fence[1]) {
        blocks.push(open.block);
        open = undefined;
      } else if (open.block.lines.length < MAX_BLOCK_LINES) {
        open.block.lines.push(line);
      }
    } else if (fence) {
      open = { fence: fence[1]!, block: { language: fence[2]!.toLowerCase(), line: index + 2, lines: [] } };
    }
  }
  return blocks;
}
