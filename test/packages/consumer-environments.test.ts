/**
 * Every generated package compiles, strict, in the two projects
 * docs/consumers.md tells a consumer to write: a Node project without the
 * DOM lib (lib ES2022, types node) and a browser project without
 * @types/node (lib ES2022 + DOM, types []). Each package is packed and its
 * tarball installed into a fresh project per environment, as a consumer
 * would, and `tsc --strict --noEmit` checks the package's `.d.ts` (no
 * skipLibCheck) with a program that makes real calls
 * (test/apis/<api>/consumer.ts), the doc's examples, the package
 * README's and the repository's examples/ that import it: a DOM-only
 * name in the types (`BodyInit`) fails the Node project, a Node-only one
 * (`Buffer`, `NodeJS.Timeout`) the browser project.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers.js';

const run = promisify(execFile);
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const DOC = join(REPO_ROOT, 'docs', 'consumers.md');
/** Each API's consumer program: test/apis/<api>/consumer.ts. */
const consumerProgram = (api: string) => join(REPO_ROOT, 'test', 'apis', api, 'consumer.ts');
/** The @types/node the toolchain itself is checked with: installed from the npm cache, and a Node 20 one. */
const TYPES_NODE = `@types/node@${(JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', '@types', 'node', 'package.json'), 'utf8')) as { version: string }).version}`;

interface Environment {
  name: 'node' | 'browser';
  /** The tsconfig.json of the project, exactly as docs/consumers.md shows it. */
  tsconfig: string;
  /** Installed beside the package, as the doc says. */
  devDependencies: string[];
}

const environments: Environment[] = [
  { name: 'node', tsconfig: join(REPO_ROOT, 'docs', 'tsconfig.node.json'), devDependencies: [TYPES_NODE] },
  { name: 'browser', tsconfig: join(REPO_ROOT, 'docs', 'tsconfig.browser.json'), devDependencies: [] },
];

interface Package {
  api: string;
  name: string;
  generatedDir: string;
}

/** Every committed package: a new API gets a consumer program of its own (test/apis/<api>/consumer.ts). */
const packages: Package[] = readdirSync(join(REPO_ROOT, 'generated'))
  .filter((api) => existsSync(join(REPO_ROOT, 'generated', api, 'package.json')))
  .sort()
  .map((api) => {
    const generatedDir = join(REPO_ROOT, 'generated', api);
    return { api, generatedDir, name: (JSON.parse(readFileSync(join(generatedDir, 'package.json'), 'utf8')) as { name: string }).name };
  });

/** The TypeScript code blocks of a Markdown file. */
const codeBlocks = (markdown: string) => [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** The doc's examples: each is compiled in the projects of the package it imports. */
const docExamples = codeBlocks(readFileSync(DOC, 'utf8'));

/** The repository's example programs (the README's), compiled beside the consumer program of the package they import. */
const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
const examples = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.ts')).sort();

interface Project {
  dir: string;
  environment: Environment;
  pkg: Package;
}

const projects: Project[] = packages.flatMap((pkg) => environments.map((environment) => ({ pkg, environment, dir: '' })));

/** A fresh project of one environment with one package installed from its tarball, its programs in src/. */
async function createProject(project: Project, root: string, tarball: string): Promise<void> {
  const { pkg, environment } = project;
  project.dir = join(root, `${environment.name}-${pkg.api}`);
  mkdirSync(join(project.dir, 'src'), { recursive: true });
  writeFileSync(join(project.dir, 'package.json'), JSON.stringify({ name: `consumer-${environment.name}-${pkg.api}`, private: true, type: 'module' }));
  copyFileSync(environment.tsconfig, join(project.dir, 'tsconfig.json'));
  copyFileSync(consumerProgram(pkg.api), join(project.dir, 'src', 'consumer.ts'));
  const imports = (source: string) => source.includes(`from '${pkg.name}'`) || source.includes(`from "${pkg.name}"`);
  docExamples.forEach((example, index) => {
    if (imports(example)) writeFileSync(join(project.dir, 'src', `doc-example-${index + 1}.ts`), example);
  });
  for (const file of examples) {
    if (imports(readFileSync(join(EXAMPLES_DIR, file), 'utf8'))) copyFileSync(join(EXAMPLES_DIR, file), join(project.dir, 'src', `example-${file}`));
  }
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...environment.devDependencies], { cwd: project.dir });
  // The installed package's own README, the first thing a consumer copies (its top-level await included).
  codeBlocks(readFileSync(join(project.dir, 'node_modules', ...pkg.name.split('/'), 'README.md'), 'utf8')).forEach((example, index) => {
    writeFileSync(join(project.dir, 'src', `readme-example-${index + 1}.ts`), example);
  });
}

beforeAll(async () => {
  const root = tempDir('openapi-clients-environments-');
  const tarballs = new Map<Package, string>();
  await Promise.all(packages.map(async (pkg) => {
    const packed = await run('npm', ['pack', '--json', '--pack-destination', root], { cwd: pkg.generatedDir });
    tarballs.set(pkg, join(root, (JSON.parse(packed.stdout) as [{ filename: string }])[0].filename));
  }));
  await Promise.all(projects.map((project) => createProject(project, root, tarballs.get(project.pkg)!)));
}, 240_000);

describe('docs/consumers.md', () => {
  it.each(environments)('shows the $name tsconfig.json the test compiles with, verbatim', ({ tsconfig }) => {
    expect(readFileSync(DOC, 'utf8')).toContain(`\`\`\`json\n${readFileSync(tsconfig, 'utf8')}\`\`\``);
  });

  it.each(environments)('checks the packages\' own types in the $name project (no skipLibCheck)', ({ tsconfig }) => {
    const { compilerOptions } = JSON.parse(readFileSync(tsconfig, 'utf8')) as { compilerOptions: Record<string, unknown> };
    expect(compilerOptions.skipLibCheck).not.toBe(true);
    expect(compilerOptions.strict).toBe(true);
  });

  it('has a first call for every package that has a consumer program', () => {
    expect(packages.length).toBeGreaterThan(0);
    for (const { api } of packages) expect(existsSync(consumerProgram(api)), `test/apis/${api}/consumer.ts`).toBe(true);
    expect(docExamples.some((example) => packages.some(({ name }) => example.includes(`from '${name}'`)))).toBe(true);
  });
});

describe.each(projects)('$pkg.name in a $environment.name project', (project) => {
  it('compiles under tsc --strict --noEmit, with only its environment\'s globals', async () => {
    const { dir, environment, pkg } = project;
    // tsc prints its diagnostics on stdout: a failure says them, not only "Command failed".
    const compiled = await run(process.execPath, [TSC, '-p', dir, '--strict', '--noEmit', '--listFiles']).catch((error: Error & { stdout?: string }) => {
      throw new Error(`tsc failed on ${pkg.name} in the ${environment.name} project:\n${error.stdout ?? error.message}`);
    });
    const files = compiled.stdout.split('\n').map((line) => line.trim().replaceAll('\\', '/')).filter(Boolean);
    // What the project really compiled against, so that a passing compile proves the environment's point.
    const installed = `/node_modules/${pkg.name}/dist/`;
    for (const entry of ['index.d.ts', 'routes.d.ts', 'pages.d.ts']) expect(files.some((file) => file.endsWith(installed + entry)), entry).toBe(true);
    expect(files.some((file) => file.endsWith('/src/consumer.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('/src/readme-example-1.ts')), 'the package README\'s example').toBe(true);
    const hasDom = files.some((file) => file.endsWith('/lib.dom.d.ts'));
    const hasNodeTypes = files.some((file) => file.includes('/node_modules/@types/node/'));
    if (environment.name === 'node') {
      expect({ hasDom, hasNodeTypes }).toEqual({ hasDom: false, hasNodeTypes: true });
    } else {
      expect({ hasDom, hasNodeTypes }).toEqual({ hasDom: true, hasNodeTypes: false });
      // Not installed at all: a `/// <reference types="node" />` in the package could not find it either.
      expect(existsSync(join(dir, 'node_modules', '@types', 'node'))).toBe(false);
    }
  }, 120_000);
});
