/**
 * The smallest error shape the manifest accepts, `client.errors: {message}`
 * (no code, no trace id), is one the contract suite can test: the smallest
 * API of the specs folder is copied with its client.errors cut down to its
 * first shape's message pointer, regenerated into a scratch folder, and the
 * unchanged operations.test.ts runs on it in a child vitest. Every case
 * must pass, the documented error statuses among them. The other direction
 * (a shape the suite could not test is refused at the manifest line) is
 * test/model/error-examples.test.ts and the bad-specs fixture
 * manifest-error-shapes-example-unread.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generate } from '../../src/generate.js';
import { runTestsOn, smallestApi } from '../apis/child-run.js';
import { apisUnderTest } from '../apis/under-test.js';
import { REPO_ROOT, tempDir } from '../helpers.js';

// Inside node_modules so that the generated package resolves openapi-fetch like the real one.
const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-message-only', String(process.pid));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('client.errors with only a message pointer', () => {
  it('generates, and the unchanged contract suite passes on it, error statuses included', async () => {
    const api = smallestApi(await apisUnderTest());
    const message = api.model.errors.shapes[0]?.message;
    expect(message, `${api.name} has no error shape to take a message pointer from`).toBeDefined();
    const specs = join(tempDir(), 'specs');
    cpSync(api.manifest.dir, join(specs, api.name), { recursive: true });
    const manifestFile = join(specs, api.name, 'manifest.yaml');
    const manifest = parseDocument(readFileSync(manifestFile, 'utf8'));
    manifest.setIn(['client', 'errors'], { message });
    writeFileSync(manifestFile, manifest.toString());
    mkdirSync(scratch, { recursive: true });
    const generated = join(scratch, 'generated');
    await generate({ specsDir: specs, outDir: generated });

    const { results, output } = await runTestsOn(['test/contract/operations.test.ts'], { specs, generated }, join(scratch, 'report.json'));
    const errorCases = results.filter((result) => /serves the documented [45]\d\d/.test(result.fullName));
    expect(errorCases.length, output).toBeGreaterThan(0);
    expect(results.filter((result) => result.status !== 'passed'), output).toEqual([]);
  }, 300_000);
});
