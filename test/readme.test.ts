/**
 * The README shows the example programs the consumer test compiles and runs
 * (test/packages.test.ts): each API's example, named in its
 * test/apis/<api>/expectations.ts, verbatim.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apisUnderTest } from './apis/under-test.js';
import { REPO_ROOT } from './helpers.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const apis = await apisUnderTest();
const examples = apis.flatMap((api) => (api.expected?.example ? [{ api: api.name, file: api.expected.example.file }] : []));

describe('README', () => {
  for (const { api, file } of examples) {
    it(`shows ${file} verbatim (${api}: the program the consumer test compiles and runs)`, () => {
      expect(readme).toContain(`\`\`\`ts\n${readFileSync(join(REPO_ROOT, file), 'utf8')}\`\`\``);
    });
  }

  it('has no example program of an API under test that no test compiles and runs', () => {
    const named = new Set(apis.flatMap((api) => [api.expected?.example?.file, api.expected?.sizeBudgetProgram]).filter(Boolean));
    const packages = new Map(apis.map((api) => [api.manifest.client.package, api.name]));
    for (const file of readdirSync(join(REPO_ROOT, 'examples')).filter((name) => name.endsWith('.ts'))) {
      const imported = [...readFileSync(join(REPO_ROOT, 'examples', file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
      const api = imported.map((specifier) => packages.get(specifier)).find(Boolean);
      if (api) expect(named.has(`examples/${file}`), `examples/${file} uses ${api}'s package: name it in test/apis/${api}/expectations.ts`).toBe(true);
    }
  });

  it('keeps the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run generate');
    expect(readme).toMatch(/^npm test\s/m);
  });
});
