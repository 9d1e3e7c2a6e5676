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
import { buildProgram } from '../src/cli/program.js';
import { EXIT_CODES_HELP } from '../src/cli/exit-codes.js';
import { existsSync } from 'node:fs';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const apis = await apisUnderTest();
const examples = apis.flatMap((api) => (api.expected?.example ? [{ api: api.name, file: api.expected.example.file }] : []));
const featureExamples = apis.flatMap((api) => (api.expected?.featuresExample ? [{ api: api.name, file: api.expected.featuresExample.file }] : []));

describe('README', () => {
  for (const { api, file } of examples) {
    it(`shows ${file} verbatim (${api}: the program the consumer test compiles and runs)`, () => {
      expect(readme).toContain(`\`\`\`ts\n${readFileSync(join(REPO_ROOT, file), 'utf8')}\`\`\``);
    });
  }

  for (const { api, file } of featureExamples) {
    it(`shows ${file} verbatim (${api}: the features program the consumer test compiles and runs)`, () => {
      expect(readme).toContain(`\`\`\`ts\n${readFileSync(join(REPO_ROOT, file), 'utf8')}\`\`\``);
    });
  }

  it('has no example program of an API under test that no test compiles and runs', () => {
    const named = new Set(apis.flatMap((api) => [api.expected?.example?.file, api.expected?.featuresExample?.file, api.expected?.sizeBudgetProgram]).filter(Boolean));
    const packages = new Map(apis.map((api) => [api.manifest.client.package, api.name]));
    for (const file of readdirSync(join(REPO_ROOT, 'examples')).filter((name) => name.endsWith('.ts'))) {
      const imported = [...readFileSync(join(REPO_ROOT, 'examples', file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
      const api = imported.map((specifier) => packages.get(specifier)).find(Boolean);
      if (api) expect(named.has(`examples/${file}`), `examples/${file} uses ${api}'s package: name it in test/apis/${api}/expectations.ts`).toBe(true);
    }
  });

  it('lists every command of the CLI, and its exit codes as --help prints them', () => {
    const commands = buildProgram().commands.map((command) => command.name()).filter((name) => name !== 'help');
    expect(commands.length).toBeGreaterThan(0);
    for (const name of commands) expect(readme, name).toMatch(new RegExp(`^\\| \`openapi-clients ${name}\` \\|`, 'm'));
    expect(readme).toContain(`\`\`\`\n${EXIT_CODES_HELP}\n\`\`\``);
  });

  it('links only to documents that exist', () => {
    for (const file of ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+\.(?:md|json))\)/g)) {
        expect(existsSync(join(REPO_ROOT, file, '..', target!)), `${file} links ${target}`).toBe(true);
      }
    }
  });

  it('keeps the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run generate');
    expect(readme).toMatch(/^npm test\s/m);
  });
});
