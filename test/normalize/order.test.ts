import { describe, expect, it } from 'vitest';
import { comparePaths, compareStatus, orderDocument } from '../../src/normalize/order.js';

describe('ordering', () => {
  it('puts literal paths before templated paths that overlap them', () => {
    const paths = ['/v1/task/{taskId}/deploy', '/v1/task/run/{taskName}', '/v2/tasks/{taskId}/run', '/v1/task/run', '/v1/task', '/v1/task/{taskId}/executions'];
    expect([...paths].sort(comparePaths)).toEqual([
      '/v1/task',
      '/v1/task/run',
      '/v1/task/run/{taskName}',
      '/v1/task/{taskId}/deploy',
      '/v1/task/{taskId}/executions',
      '/v2/tasks/{taskId}/run',
    ]);
  });

  it('sorts statuses numerically with default last', () => {
    expect(['default', '500', '4XX', '200', '404'].sort(compareStatus)).toEqual(['200', '404', '4XX', '500', 'default']);
  });

  it('orders keys canonically and is idempotent', () => {
    const once = orderDocument({
      paths: { '/b': { post: { responses: {}, operationId: 'b' } }, '/a': {} },
      info: { version: '1', title: 't' },
      openapi: '3.1.0',
      components: { schemas: { Z: { required: ['a'], type: 'object', description: 'z' }, A: { type: 'string' } } },
    });
    expect(JSON.stringify(once)).toBe(
      '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/a":{},"/b":{"post":{"operationId":"b","responses":{}}}},"components":{"schemas":{"A":{"type":"string"},"Z":{"description":"z","type":"object","required":["a"]}}}}',
    );
    expect(JSON.stringify(orderDocument(once))).toBe(JSON.stringify(once));
  });
});
