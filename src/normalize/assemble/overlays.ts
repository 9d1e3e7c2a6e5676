/**
 * Applies OpenAPI Overlay 1.0.0 documents with openapi-format's
 * implementation (RFC 9535 JSONPath through jsonpathly). openapi-format only
 * logs problems, so this module checks each overlay first and turns every
 * problem, including an action whose target matches nothing, into a
 * SpecError naming the overlay file and the action.
 *
 * The actions run in a worker thread (overlay-worker.mjs) with a time and a
 * memory limit, because nothing bounds JSONPath evaluation: a `$..*` target
 * on a large document ran 101 s and then crashed. Each action may match at
 * most MAX_MATCHES nodes and copy at most MAX_ADDED_VALUES values, and must
 * leave `openapi` a 3.1.x string.
 */
import { Worker } from 'node:worker_threads';
import { parse as parseJsonPath } from 'jsonpathly';
import { firstLine, SpecError } from '../../errors.js';
import type { SourceDocument } from '../../ingest/source.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import type { Pass } from '../pass.js';
import type { NormalizationReport } from '../report.js';

export const OVERLAY_LIMITS = {
  /** Wall-clock time for one overlay file, all its actions. */
  timeMs: 10_000,
  /** Heap of the worker applying it. */
  memoryMb: 2048,
  /** Nodes one action's target may match. */
  maxMatches: 10_000,
  /** Values one update may add: its size times the nodes it is copied to. */
  maxAddedValues: 1_000_000,
};

type WorkerReply = { action: number } | { document: JsonObject } | { failure: { pointer: string; reason: string } };

/** The manifest's overlays, in order, each on the result of the one before. */
export const overlays: Pass = {
  name: 'overlays',
  async run(document, { overlays: listed, report }) {
    let result = document;
    for (const { loaded } of listed) result = await applyOverlay(result, loaded, report);
    return result;
  },
};

export async function applyOverlay(
  document: JsonObject,
  overlay: SourceDocument,
  report: NormalizationReport,
): Promise<JsonObject> {
  const actions = checkOverlay(overlay);
  const result = await runActions(document, overlay);
  actions.forEach((action, index) => {
    report.record({
      kind: action.remove === true ? 'overlay-remove' : 'overlay-update',
      source: overlay.file,
      pointer: `/actions/${index}`,
      reason: typeof action.description === 'string' ? action.description : `overlay action on ${String(action.target)}`,
    });
  });
  return result;
}

/** How long the worker may take to start and receive the document before the first action begins. */
const WORKER_START_MS = 30_000;

/** The overlay's actions applied to a copy of `document`, in the worker, within OVERLAY_LIMITS. */
function runActions(document: JsonObject, overlay: SourceDocument): Promise<JsonObject> {
  const { timeMs, memoryMb, maxMatches, maxAddedValues } = OVERLAY_LIMITS;
  const worker = new Worker(new URL('./overlay-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  let action = 0;
  return new Promise<JsonObject>((resolve, reject) => {
    // Settles once: the worker is stopped whatever the outcome (its exit then changes nothing).
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const fail = (pointer: string, reason: string) => settle(() => reject(new SpecError(overlay.file, overlay.locate(pointer), reason)));
    const outOfTime = () => fail(`/actions/${action}`, `overlay action did not finish within ${timeMs / 1000} s: narrow its target`);
    // The actions' time counts from the first action: starting the worker and copying the document in are not the overlay's work (and take long on a busy machine).
    let timer = setTimeout(outOfTime, WORKER_START_MS + timeMs);
    worker.on('message', (reply: WorkerReply) => {
      if ('action' in reply) {
        if (reply.action === 0) {
          clearTimeout(timer);
          timer = setTimeout(outOfTime, timeMs);
        }
        action = reply.action;
      }
      else if ('document' in reply) settle(() => resolve(reply.document));
      else fail(reply.failure.pointer, reply.failure.reason);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `overlay action needs more than ${memoryMb} MB: narrow its target` : `overlay action failed: ${firstLine(error.message)}`;
      fail(`/actions/${action}`, reason);
    });
    worker.on('exit', (code) => fail(`/actions/${action}`, `overlay action stopped the worker applying it (exit code ${code})`));
    worker.postMessage({ document, overlay: overlay.value, limits: { maxMatches, maxAddedValues } });
  });
}

function checkOverlay(overlay: SourceDocument): JsonObject[] {
  const fail = (pointer: string, reason: string): never => {
    throw new SpecError(overlay.file, overlay.locate(pointer), reason);
  };
  const value = overlay.value;
  if (typeof value.overlay !== 'string' || !/^1\.0\.\d+$/.test(value.overlay)) {
    fail('/overlay', 'expected `overlay: 1.0.0` (OpenAPI Overlay Specification 1.0.x)');
  }
  if (!isObject(value.info) || typeof value.info.title !== 'string' || typeof value.info.version !== 'string') {
    fail('/info', 'expected `info: {title, version}`');
  }
  if (!Array.isArray(value.actions) || value.actions.length === 0) fail('/actions', 'expected a non-empty `actions` list');
  const actions = value.actions as unknown[];
  actions.forEach((action, index) => {
    if (!isObject(action)) return fail(`/actions/${index}`, 'expected an action object');
    if (typeof action.target !== 'string') return fail(`/actions/${index}`, 'action has no `target` JSONPath');
    try {
      parseJsonPath(action.target);
    } catch (error) {
      fail(`/actions/${index}/target`, `invalid JSONPath "${action.target}": ${firstLine((error as Error).message)}`);
    }
    const hasUpdate = 'update' in action;
    const hasRemove = action.remove === true;
    if (!hasUpdate && !hasRemove) fail(`/actions/${index}`, 'action needs `update` or `remove: true`');
    if (hasUpdate && hasRemove) fail(`/actions/${index}`, 'action has both `update` and `remove`: split it in two');
    if (hasRemove && action.target === '$') fail(`/actions/${index}/target`, 'cannot remove the document root');
  });
  return actions as JsonObject[];
}
