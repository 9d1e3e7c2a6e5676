/** What the tests expect of BrowserAct in particular (see test/apis/expectations.ts). */
import type { ApiExpectations } from '../expectations.js';

export const expectations: ApiExpectations = {
  securityScheme: { type: 'http', scheme: 'bearer' },
  seededFiles: 1,
  operationIds: { 'POST /v2/workflow/run-task': 'runTask' },
  lintWarnings: [],
  exampleFixes: [],
  example: {
    file: 'examples/browseract.ts',
    stdout: { taskId: 'task_123456789', profileId: 'profile_abc123' },
    stderr: /^failed with 400 \(code 123, traceId b4bb01c1b2b14f11a6a2d7c1c8b0e3a1\)\n$/,
  },
};
