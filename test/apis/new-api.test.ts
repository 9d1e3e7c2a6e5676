/**
 * Adding an API is adding a folder, for the tests too: a copy of the
 * smallest API of the specs folder under another name (its title, client
 * name and environment variables changed, as two APIs cannot share a title),
 * with no test/apis/<api>/ of its own, is regenerated into a scratch folder
 * and every generic suite (test/apis/child-run.ts: the files that list the
 * specs folder) runs on it in a child vitest, with no test code change.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generate } from '../../src/generate.js';
import { REPO_ROOT, tempDir } from '../helpers.js';
import { genericSuites, runTestsOn, smallestApi } from './child-run.js';
import { apisUnderTest, expectationsOf } from './under-test.js';

// Inside node_modules so that the generated package resolves openapi-fetch like the real one.
const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-new-api', String(process.pid));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The files that start a child run of their own (a child must not start another). */
const CHILD_RUNNERS = ['test/contract/spec-driven.test.ts', 'test/contract/message-only-errors.test.ts'];

describe('a new API folder', () => {
  it('runs through every generic test with no test code change', async () => {
    const original = smallestApi(await apisUnderTest());
    const name = `${original.name}-copy`;
    expect(await expectationsOf(name)).toBeUndefined();

    const specs = join(tempDir(), 'specs');
    cpSync(original.manifest.dir, join(specs, name), { recursive: true });
    const file = join(specs, name, 'manifest.yaml');
    const manifest = parseDocument(readFileSync(file, 'utf8'));
    const { title, auth, client } = original.manifest;
    const copyVariable = (variable: string) => variable.replace(/^([A-Z0-9]+?)(?=_)/, '$1_COPY');
    manifest.setIn(['title'], `${title} Copy`);
    for (const scheme of auth.schemes) {
      const at = scheme.pointer === '/auth' ? ['auth'] : ['auth', 'schemes', scheme.name];
      if (scheme.envVar) manifest.setIn([...at, 'envVar'], copyVariable(scheme.envVar));
      if (scheme.passwordEnvVar) manifest.setIn([...at, 'passwordEnvVar'], copyVariable(scheme.passwordEnvVar));
    }
    manifest.setIn(['client', 'name'], `${client.name}Copy`);
    manifest.setIn(['client', 'baseUrlEnvVar'], copyVariable(client.baseUrlEnvVar));
    if (manifest.hasIn(['client', 'package'])) manifest.setIn(['client', 'package'], `${client.package}-copy`);
    writeFileSync(file, manifest.toString());

    mkdirSync(scratch, { recursive: true });
    const generated = join(scratch, 'generated');
    await generate({ specsDir: specs, outDir: generated });

    const suites = genericSuites(CHILD_RUNNERS);
    expect(suites).toEqual(expect.arrayContaining(['test/cli.test.ts', 'test/contract/operations.test.ts', 'test/packages.test.ts', 'test/pipeline.test.ts', 'test/specs.test.ts']));
    const { results, output } = await runTestsOn(suites, { specs, generated }, join(scratch, 'report.json'));
    console.info(`${name}: ${results.filter((result) => result.status === 'passed').length} tests passed in ${suites.join(', ')}`);
    const failed = results.filter((result) => result.status === 'failed');
    expect(failed.map((result) => `${result.file} > ${result.fullName}: ${result.failureMessages.join('\n')}`), output).toEqual([]);
    // Only the checks of the recorded originals against ../shared/seeds and ../shared/upstream may be skipped, and only where ../shared is absent.
    expect(results.filter((result) => result.status !== 'passed').map((result) => result.fullName).every((test) => /\.\.\/shared\/(seeds|upstream)/.test(test))).toBe(true);
    for (const suite of suites) expect(results.filter((result) => result.file === suite && result.status === 'passed').length, `${suite} ran no test`).toBeGreaterThan(0);
    // The per-API suites ran on the copy, by its name.
    for (const suite of ['test/contract/operations.test.ts', 'test/packages.test.ts']) {
      expect(results.some((result) => result.file === suite && result.fullName.includes(name)), `${suite} on ${name}`).toBe(true);
    }
  }, 300_000);
});
