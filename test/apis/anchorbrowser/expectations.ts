/** What the tests expect of Anchor Browser in particular (see test/apis/expectations.ts). */
import type { ApiExpectations } from '../expectations.js';

export const expectations: ApiExpectations = {
  securityScheme: { type: 'apiKey', in: 'header', name: 'anchor-api-key' },
  // Three sources and the tasks guide.
  seededFiles: 4,
  operationIds: {
    'POST /v1/task': 'createTask',
    'POST /v1/task/run': 'runTask',
    'POST /v1/task/run/{taskName}': 'runTaskByName',
    'POST /v1/task/{taskId}/deploy': 'deployTask',
    'GET /v1/task/{taskId}/executions': 'listTaskExecutions',
    'POST /v2/tasks/{taskId}/run': 'runTaskV2',
  },
  // The v1 task paths are ambiguous (/v1/task/run/{taskName} and /v1/task/{taskId}/deploy); document order resolves them.
  lintWarnings: ['no-ambiguous-paths'],
  // Mintlify's "<string>" placeholders that break their own schema: optional ones dropped, a required one replaced.
  exampleFixes: [
    {
      kind: 'example-invalid-value-dropped',
      pointer: '/paths/~1v1~1task~1run~1{taskName}/post/requestBody/content/application~1json/examples/example/value/overrideBrowserConfiguration/initial_url',
      before: '<string>',
    },
    {
      kind: 'example-invalid-value-replaced',
      pointer: '/paths/~1v1~1task/post/responses/200/content/application~1json/examples/example/value/data/name',
      before: '<string>',
      after: 'string',
    },
    {
      kind: 'example-invalid-value-dropped',
      pointer: '/paths/~1v1~1task/post/responses/200/content/application~1json/examples/example/value/data/browserConfiguration/initial_url',
      before: '<string>',
    },
  ],
  losslessFactsAtLeast: 1000,
  example: {
    file: 'examples/anchorbrowser.ts',
    stdout: { task: 'string', started: 'Task execution started', status: 'success' },
    stderr: /^422 deployTask deployTask \(POST http:\/\/127\.0\.0\.1:\d+\/v1\/task\/[^/]+\/deploy\) failed with 422: Unprocessable Entity\n$/,
  },
  // The budget is defined on this program: the same one on the official `anchorbrowser` SDK is bench/consumers/sdk-create-and-run.ts.
  sizeBudgetProgram: 'examples/create-and-run.ts',
};
