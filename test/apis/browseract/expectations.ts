/** What the tests expect of BrowserAct in particular (see test/apis/expectations.ts). */
import type { ApiExpectations } from '../expectations.js';

export const expectations: ApiExpectations = {
  securityScheme: { type: 'http', scheme: 'bearer' },
  seededFiles: 1,
  // The complete document publishes every operationId.
  operationIds: {
    'POST /v2/workflow/run-task': 'runTask',
    'POST /v2/workflow/run-task-by-template': 'runTemplateTask',
    'GET /v2/workflow/get-task-status': 'getTaskStatus',
    'GET /v2/workflow/get-task': 'getTask',
    'GET /v2/workflow/list-tasks': 'pageTasks',
    'PUT /v2/workflow/resume-task': 'resumeTask',
    'PUT /v2/workflow/stop-task': 'stopTask',
    'GET /v2/workflow/list-workflows': 'getWorkflowList',
    'GET /v2/workflow/get-workflow': 'getWorkflowConfig',
    'GET /v2/workflow/list-official-workflow-templates': 'getWorkflowTemplates',
    'GET /v2/workflow/get-official-workflow-template': 'getWorkflowTemplateConfig',
    'GET /v2/workflow/get-region-list': 'getRegionList',
  },
  lintWarnings: [],
  exampleFixes: [],
  example: {
    file: 'examples/browseract.ts',
    stdout: { taskId: 'task_123456789', profileId: 'profile_abc123' },
    stderr: /^failed with 400 \(code 123, traceId b4bb01c1b2b14f11a6a2d7c1c8b0e3a1\)\n$/,
  },
  // Two operations, through the client of just those: as Anchor's create-and-run.
  sizeBudgetProgram: 'examples/browseract-run.ts',
};
