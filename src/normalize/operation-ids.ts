/**
 * Every operation gets a stable operationId. Published ones (or ones set by
 * an overlay) are kept; missing ones are derived from method and path so the
 * name does not change between runs: `POST /v1/task/{taskId}/deploy` →
 * `postV1TaskByTaskIdDeploy`. Two operations with one id are an error.
 */
import { SpecError } from '../errors.js';
import type { JsonObject } from '../openapi/types.js';
import { toPointer } from '../openapi/pointer.js';
import type { NormalizationReport } from './report.js';
import { camelCase } from '../openapi/names.js';
import { operations } from '../openapi/operations.js';

export function deriveOperationId(method: string, path: string): string {
  // A template segment reads as "by": `/task/{taskId}` → `TaskByTaskId`.
  const segments = path.split('/').map((segment) => segment.replace(/^\{(.+)\}$/, 'by $1'));
  return camelCase([method.toLowerCase(), ...segments].join(' '));
}

export function assignOperationIds(document: JsonObject, file: string, report: NormalizationReport): void {
  const owners = new Map<string, string>();
  for (const { path, method, operation } of operations(document)) {
    const pointer = toPointer(['paths', path, method, 'operationId']);
    if (typeof operation.operationId !== 'string' || operation.operationId === '') {
      operation.operationId = deriveOperationId(method, path);
      report.record({ kind: 'operation-id-derived', pointer, reason: 'no operationId published; derived from method and path' });
    }
    const id = operation.operationId as string;
    const owner = owners.get(id);
    if (owner) throw new SpecError(file, { pointer }, `duplicate operationId "${id}" (also ${owner}): operationIds must be unique`);
    owners.set(id, `${method.toUpperCase()} ${path}`);
  }
}
