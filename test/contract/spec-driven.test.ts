/**
 * The contract suite follows the documents: a path added to a raw spec,
 * regenerated, is exercised by the unchanged operations.test.ts. This test
 * adds one to a copy of specs/, regenerates into a scratch folder, and runs
 * that suite on it in a child vitest, reading the outcome from its JSON report.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { REPO_ROOT, tempDir } from '../helpers.js';

const NEW_PATH = `  /v2/workflow/get-task-status:
    get:
      tags: [Tasks]
      summary: Get task status
      operationId: getTaskStatus
      parameters:
        - name: task_id
          in: query
          required: true
          schema:
            type: string
          example: task_123456789
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  status:
                    type: string
                    enum: [created, running, finished, canceled, pausing, paused, failed, unknown]
                required: [status]
        '404':
          description: Not Found
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ResponseData'
`;

// Inside node_modules so that the generated package resolves openapi-fetch like the real one.
const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-spec-driven', String(process.pid));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a new operation in a raw spec', () => {
  it('is contract-tested by the unchanged suite after npm run generate', async () => {
    const specs = join(tempDir(), 'specs');
    cpSync(join(REPO_ROOT, 'specs'), specs, { recursive: true });
    const page = join(specs, 'browseract', 'raw', 'v2-run-workflow-task.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('\npaths:\n', `\npaths:\n${NEW_PATH}`));
    mkdirSync(scratch, { recursive: true });
    const generated = join(scratch, 'generated');
    await generate({ specsDir: specs, outDir: generated });

    const report = join(scratch, 'report.json');
    const vitest = join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
    await promisify(execFile)(process.execPath, [vitest, 'run', 'test/contract/operations.test.ts', '--reporter=json', `--outputFile=${report}`], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTRACT_SPECS_DIR: specs, CONTRACT_GENERATED_DIR: generated },
    });
    const results = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }> })
      .testResults.flatMap((file) => file.assertionResults);
    const forNewOperation = results.filter((result) => result.fullName.includes('getTaskStatus'));
    expect(forNewOperation.map((result) => result.fullName).sort()).toEqual([
      expect.stringMatching(/getTaskStatus.*gets the documented success for the example request/),
      expect.stringMatching(/getTaskStatus.*refuses a request without credentials with 401/),
      expect.stringMatching(/getTaskStatus.*rejects 'missing required query parameter/),
      expect.stringMatching(/getTaskStatus.*serves the documented 404/),
    ]);
    expect(forNewOperation.every((result) => result.status === 'passed')).toBe(true);
    expect(results.find((result) => result.fullName.includes('every operation of every normalized document'))?.status).toBe('passed');
  }, 120_000);
});
