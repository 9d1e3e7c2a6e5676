// @ts-check (type-checked by `npm run typecheck`: tsconfig has allowJs)
/**
 * Applies one overlay's actions in a worker thread, so overlays.ts can stop
 * it: JSONPath evaluation is not bounded by anything in the overlay
 * (jsonpathly's `..` is quadratic in the width of an object: `$..*` over
 * 16,000 properties took 40 s; `=~` and `match()` run the overlay's regular
 * expression on JavaScript's backtracking engine). The worker is terminated
 * when it runs out of time or memory, and the action it was on is named.
 *
 * Plain JavaScript because Node starts a worker from a file it can run as is
 * (under tsx, vitest or the bundle of scripts/openapi-clients.mjs alike).
 *
 * Message in: `{ document, overlay, limits: { maxMatches, maxAddedValues } }`.
 * Messages out: `{ action: i }` before action i starts, then either
 * `{ document }` or `{ failure: { pointer, reason } }` (a pointer into the overlay).
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
// The overlay module alone (the package's entry loads every other feature
// too); named through a variable because the package declares no types for it.
const OVERLAY_MODULE = 'openapi-format/utils/overlay.js';
/** @type {{ openapiOverlay(document: unknown, options: { overlaySet: unknown }): Promise<{ data: unknown }> }} */
const { openapiOverlay } = require(OVERLAY_MODULE);
/** @type {{ paths(document: unknown, path: string): string[] }} */
const { paths } = require('jsonpathly');

/**
 * openapi-format reports problems with console.error and carries on; here
 * the first one fails the action instead of reaching the terminal.
 * @type {string[]}
 */
const logged = [];
console.error = (...parts) => void logged.push(parts.map(String).join(' '));

/** The action being applied, for a failure thrown from a library. */
let current = 0;

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Values (objects, arrays, scalars) in a JSON value, counted without recursion. @param {unknown} root */
function countValues(root) {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    count++;
    if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) stack.push(inner);
  }
  return count;
}

/** @param {unknown} value */
function shown(value) {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * What an action broke in the document's root, which the passes after the
 * overlays read without checking: `openapi` a 3.1.x string, the maps and
 * lists of the root of their kind.
 * @param {Record<string, unknown>} document
 */
function rootProblem(document) {
  const version = document.openapi;
  if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) return `makes \`openapi\` ${shown(version)}: the document must stay OpenAPI 3.1.x`;
  for (const key of ['info', 'paths', 'components', 'webhooks']) {
    if (document[key] !== undefined && !isObject(document[key])) return `makes \`${key}\` ${shown(document[key])}: expected an object`;
  }
  for (const key of ['servers', 'tags', 'security']) {
    if (document[key] !== undefined && !Array.isArray(document[key])) return `makes \`${key}\` ${shown(document[key])}: expected a list`;
  }
  for (const [group, entries] of Object.entries(isObject(document.components) ? document.components : {})) {
    if (!isObject(entries)) return `makes \`components.${group}\` ${shown(entries)}: expected an object`;
  }
  if (depth(document) > MAX_DEPTH) return `nests the document more than ${MAX_DEPTH} levels deep`;
  return undefined;
}

/**
 * Sources are at most 128 levels deep (src/ingest/yaml.ts); updates placed
 * inside each other may not go past twice that, which every later pass, the
 * YAML writer and the code generators can still recurse through.
 */
const MAX_DEPTH = 256;

/** Nesting depth of a JSON value, without recursion. @param {unknown} root */
function depth(root) {
  let deepest = 0;
  /** @type {Array<[unknown, number]>} */
  const stack = [[root, 1]];
  while (stack.length > 0) {
    const [value, level] = /** @type {[unknown, number]} */ (stack.pop());
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, level);
    for (const inner of Object.values(value)) stack.push([inner, level + 1]);
  }
  return deepest;
}

/**
 * @param {Record<string, unknown>} document
 * @param {Record<string, unknown>} overlay
 * @param {{ maxMatches: number, maxAddedValues: number }} limits
 */
async function apply(document, overlay, limits) {
  const actions = /** @type {Array<Record<string, unknown>>} */ (overlay.actions);
  for (const [index, action] of actions.entries()) {
    current = index;
    const fail = (/** @type {string} */ pointer, /** @type {string} */ reason) => ({ failure: { pointer: `/actions/${index}${pointer}`, reason } });
    parentPort?.postMessage({ action: index });
    const target = String(action.target);
    const matches = target === '$' ? 1 : paths(document, target).length;
    if (matches === 0) return fail('/target', `overlay action target "${target}" matches nothing in the document`);
    if (matches > limits.maxMatches) {
      return fail('/target', `overlay action target "${target}" matches ${matches.toLocaleString('en-US')} nodes: one action may change at most ${limits.maxMatches.toLocaleString('en-US')} (narrow the target)`);
    }
    if ('update' in action) {
      const added = matches * countValues(action.update);
      if (added > limits.maxAddedValues) {
        return fail('/update', `overlay action would copy its update to ${matches.toLocaleString('en-US')} nodes (${added.toLocaleString('en-US')} values, more than ${limits.maxAddedValues.toLocaleString('en-US')}): narrow the target`);
      }
    }
    logged.length = 0;
    const result = await openapiOverlay(document, { overlaySet: { ...overlay, actions: [action] } });
    if (logged.length > 0) return fail('', `overlay action failed: ${logged[0]}`);
    if (!isObject(result.data)) return fail('', 'overlay action leaves a document that is not an object');
    document = result.data;
    const broken = rootProblem(document);
    if (broken) return fail('', `overlay action ${broken}`);
  }
  return { document };
}

if (!parentPort) throw new Error('overlay-worker.mjs runs as a worker thread');
const port = parentPort;
port.once('message', (/** @type {{ document: Record<string, unknown>, overlay: Record<string, unknown>, limits: { maxMatches: number, maxAddedValues: number } }} */ { document, overlay, limits }) => {
  apply(document, overlay, limits).then(
    (reply) => port.postMessage(reply),
    (error) => port.postMessage({ failure: { pointer: `/actions/${current}`, reason: `overlay action failed: ${String(error?.message ?? error).split('\n')[0]}` } }),
  );
});
