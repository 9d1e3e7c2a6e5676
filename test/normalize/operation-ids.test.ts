import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/openapi/types.js';
import { assignOperationIds, deriveOperationId } from '../../src/normalize/operation-ids.js';
import { NormalizationReport } from '../../src/normalize/report.js';

describe('operationIds', () => {
  it('derives a stable camelCase id from method and path', () => {
    expect(deriveOperationId('post', '/v1/task/{taskId}/deploy')).toBe('postV1TaskByTaskIdDeploy');
    expect(deriveOperationId('GET', '/v2/workflow/run-task')).toBe('getV2WorkflowRunTask');
  });

  it('keeps published ids and fills missing ones', () => {
    const document: JsonObject = { paths: { '/a': { get: { operationId: 'listA' }, post: {} } } };
    const report = new NormalizationReport();
    assignOperationIds(document, 'm.yaml', report);
    expect(document.paths).toEqual({ '/a': { get: { operationId: 'listA' }, post: { operationId: 'postA' } } });
    expect(report.transformations).toEqual([{ kind: 'operation-id-derived', pointer: '/paths/~1a/post/operationId', reason: 'no operationId published; derived from method and path' }]);
  });

  it('fails on a duplicate id with both operations named', () => {
    const document: JsonObject = { paths: { '/a': { get: { operationId: 'x' } }, '/b': { get: { operationId: 'x' } } } };
    expect(() => assignOperationIds(document, 'm.yaml', new NormalizationReport())).toThrow(
      'm.yaml:#/paths/~1b/get/operationId: duplicate operationId "x" (also GET /a): operationIds must be unique',
    );
  });
});
