/**
 * Applies OpenAPI Overlay 1.0.0 documents with openapi-format's
 * implementation (RFC 9535 JSONPath through jsonpathly). openapi-format only
 * logs problems, so this module checks each overlay first and turns every
 * problem, including an action whose target matches nothing, into a
 * SpecError naming the overlay file and the action.
 */
import { openapiOverlay } from 'openapi-format';
import { parse as parseJsonPath } from 'jsonpathly';
import { firstLine, SpecError } from '../errors.js';
import type { JsonObject, SourceDocument } from '../ingest/source.js';
import type { NormalizationReport } from './report.js';
import { isObject } from './schema-walk.js';

export async function applyOverlay(
  document: JsonObject,
  overlay: SourceDocument,
  report: NormalizationReport,
): Promise<JsonObject> {
  const actions = checkOverlay(overlay);
  const fail = (pointer: string, reason: string): never => {
    throw new SpecError(overlay.file, overlay.locate(pointer), reason);
  };
  const result = await openapiOverlay(structuredClone(document) as never, { overlaySet: overlay.value as never });
  const unused = result.resultData.unusedActions as unknown[];
  if (unused.length > 0) {
    const index = actions.indexOf(unused[0] as JsonObject);
    fail(`/actions/${index}/target`, `overlay action target "${String((unused[0] as JsonObject).target)}" matches nothing in the document`);
  }
  actions.forEach((action, index) => {
    report.record({
      kind: action.remove === true ? 'overlay-remove' : 'overlay-update',
      source: overlay.file,
      pointer: `/actions/${index}`,
      reason: typeof action.description === 'string' ? action.description : `overlay action on ${String(action.target)}`,
    });
  });
  return result.data as JsonObject;
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
