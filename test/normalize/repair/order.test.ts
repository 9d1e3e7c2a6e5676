/** Canonical key order: what the specification lists first, literal paths before templated ones, statuses ascending. */
import { describe, expect, it } from 'vitest';
import { comparePaths, compareStatus, order } from '../../../src/normalize/repair/order.js';
import { apiContext, yaml } from '../given.js';

const CASES: Array<[string, { given: string; want: string }]> = [
  [
    'root, info, operations and schemas in the specification order; components sorted',
    {
      given: "paths: {/b: {post: {responses: {}, operationId: b}}, /a: {}}\ninfo: {version: '1', title: t}\nopenapi: 3.1.0\ncomponents: {schemas: {Z: {required: [a], type: object, description: z}, A: {type: string}}}\n",
      want: '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/a":{},"/b":{"post":{"operationId":"b","responses":{}}}},"components":{"schemas":{"A":{"type":"string"},"Z":{"description":"z","type":"object","required":["a"]}}}}',
    },
  ],
  [
    'literal paths before the templated paths that would match them; statuses ascending (a range after its codes), default last',
    {
      given: "paths:\n  /v1/task/{taskId}/deploy: {}\n  /v1/task/run/{taskName}: {}\n  /v1/task/run: {}\n  /v1/task: {post: {responses: {default: {description: d}, '500': {description: e}, 4XX: {description: c}, '200': {description: a}}}}\n",
      want: '{"paths":{"/v1/task":{"post":{"responses":{"200":{"description":"a"},"500":{"description":"e"},"4XX":{"description":"c"},"default":{"description":"d"}}}},"/v1/task/run":{},"/v1/task/run/{taskName}":{},"/v1/task/{taskId}/deploy":{}}}',
    },
  ],
  [
    'property maps and example values keep their published order; x- extensions sort after known keys',
    {
      given: 'x-b: 1\nopenapi: 3.1.0\nx-a: 2\ncomponents: {schemas: {T: {example: {z: 1, a: 2}, properties: {z: {type: string}, a: {type: string}}}}}\n',
      want: '{"openapi":"3.1.0","components":{"schemas":{"T":{"properties":{"z":{"type":"string"},"a":{"type":"string"}},"example":{"z":1,"a":2}}}},"x-a":2,"x-b":1}',
    },
  ],
];

describe('order pass', () => {
  it.each(CASES)('%s, and a second run changes nothing', async (_name, { given, want }) => {
    const once = await order.run(yaml(given), apiContext());
    expect(JSON.stringify(once)).toBe(want);
    expect(JSON.stringify(await order.run(once, apiContext()))).toBe(want);
  });

  it('compares paths and statuses as the table says', () => {
    const paths = ['/v1/task/{taskId}/deploy', '/v1/task/run/{taskName}', '/v2/tasks/{taskId}/run', '/v1/task/run', '/v1/task', '/v1/task/{taskId}/executions'];
    expect([...paths].sort(comparePaths)).toEqual(['/v1/task', '/v1/task/run', '/v1/task/run/{taskName}', '/v1/task/{taskId}/deploy', '/v1/task/{taskId}/executions', '/v2/tasks/{taskId}/run']);
    expect(['default', '500', '4XX', '200', '404'].sort(compareStatus)).toEqual(['200', '404', '4XX', '500', 'default']);
  });
});
