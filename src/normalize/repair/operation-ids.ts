/**
 * Every operation gets a stable operationId, and no two share one: this is
 * the one place both are decided, on the whole document (the sources
 * merged, the overlays applied). Published ids (or ids set by an overlay)
 * are kept; missing ones are derived from method and path so the name does
 * not change between runs: `POST /v1/task/{taskId}/deploy` →
 * `postV1TaskByTaskIdDeploy`. A duplicate is an error naming the source
 * file and line of each id a source published.
 */
import { SpecError } from '../../errors.js';
import type { JsonObject } from '../../openapi/types.js';
import { resolvePointer, toPointer } from '../../openapi/pointer.js';
import { camelCase } from '../../openapi/names.js';
import { operations } from '../../openapi/operations.js';
import type { ApiContext, ConvertedSource, Pass } from '../pass.js';

export const operationIds: Pass = {
  name: 'operation-ids',
  run(document, context) {
    assignOperationIds(document, context);
    return document;
  },
};

function deriveOperationId(method: string, path: string): string {
  // A template segment reads as "by": `/task/{taskId}` → `TaskByTaskId`.
  const segments = path.split('/').map((segment) => segment.replace(/^\{(.+)\}$/, 'by $1'));
  return camelCase([method.toLowerCase(), ...segments].join(' '));
}

function assignOperationIds(document: JsonObject, { sources, report, locate }: ApiContext): void {
  const owners = new Map<string, string>();
  for (const { path, method, operation } of operations(document)) {
    const pointer = toPointer(['paths', path, method, 'operationId']);
    if (typeof operation.operationId !== 'string' || operation.operationId === '') {
      operation.operationId = deriveOperationId(method, path);
      report.record({ kind: 'operation-id-derived', pointer, reason: 'no operationId published; derived from method and path' });
    }
    const id = operation.operationId as string;
    const publisher = sourcePublishing(sources, pointer, id);
    const owner = owners.get(id);
    if (owner) {
      const { file, location } = publisher?.locate(pointer) ?? locate(pointer);
      throw new SpecError(file, location, `duplicate operationId "${id}" (also ${owner}): operationIds must be unique`);
    }
    const operationName = `${method.toUpperCase()} ${path}`;
    owners.set(id, publisher && sources.length > 1 ? `${operationName} in ${publisher.file}` : operationName);
  }
}

/** The source that published this id at this pointer (merging keeps one path and method to one source). */
function sourcePublishing(sources: readonly ConvertedSource[], pointer: string, id: string): ConvertedSource | undefined {
  return sources.find((source) => resolvePointer(source.document, pointer) === id);
}
