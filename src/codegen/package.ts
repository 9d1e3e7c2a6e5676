/**
 * The npm package around the generated sources: `package.json`, the
 * `src/index.ts` entry, a README for npm, and the runtime copied in from
 * `src/runtime/`.
 *
 * Why the runtime is copied rather than depended on: the issue allows
 * openapi-fetch as the only runtime dependency, the runtime is a few KB,
 * and a copy pinned to the generator that wrote the client can never drift
 * from it. The copy is byte-for-byte the original below a banner, which the
 * generated-files test checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Project, SourceFile } from 'ts-morph';
import { memberAccess, type ClientModel } from './client-model.js';
import { docText, markdownCode, markdownText, stringLiteral } from './escape.js';
import { addBanner, type BannerInfo } from './passes/banner.js';
import { sha256 } from '../sha256.js';
import { generatorVersions } from './types.js';

export const RUNTIME_SOURCE_DIR = new URL('../runtime/', import.meta.url);

/** What the package entry re-exports from the runtime; schema names must avoid these. */
const RUNTIME_VALUE_EXPORTS = ['ApiError', 'ClientOptionsError', 'ConnectionError', 'TimeoutError', 'unwrap'];
const RUNTIME_TYPE_EXPORTS = ['ApiResult', 'ClientOptions', 'PlainRequest', 'WaitOptions'];
export const RUNTIME_EXPORTS: readonly string[] = [...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS];

/** Names the client file exports; schema names must avoid these too. */
export function clientExports(model: ClientModel): string[] {
  return [model.factory, `${model.name}Client`, `${model.name}ClientOptions`, `${model.name}Operations`, `${model.name}Waiters`];
}

export function packageJson(model: ClientModel, description: string): string {
  const manifest = {
    name: model.packageName,
    version: model.version,
    description,
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      './openapi.yaml': './openapi.yaml',
      './package.json': './package.json',
    },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'openapi.yaml'],
    engines: { node: '>=20.19' },
    dependencies: { 'openapi-fetch': toolchainDependencyRange('openapi-fetch') },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The range this toolchain itself depends on, so the package gets the version it was tested with. */
function toolchainDependencyRange(name: string): string {
  const require = createRequire(import.meta.url);
  const toolchain = require('../../package.json') as { dependencies: Record<string, string> };
  const range = toolchain.dependencies[name];
  if (!range) throw new Error(`the toolchain does not depend on ${name}`);
  return range;
}

export function addIndex(file: SourceFile, model: ClientModel): void {
  file.addExportDeclarations([
    { moduleSpecifier: './client.js' },
    { moduleSpecifier: './enums.js' },
    { moduleSpecifier: './schema.js' },
    {
      moduleSpecifier: './runtime/index.js',
      namedExports: [...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS.map((name) => ({ name, isTypeOnly: true }))],
    },
  ]);
  file.insertStatements(0, `/** ${docText(`${model.packageName}: the ${model.name} client, its types, enums and errors.`)} */`);
}

/** `src/runtime/*.ts`, each below a banner naming the original and its hash. */
export function runtimeFiles(project: Project): Array<{ name: string; text: string }> {
  return readdirSync(RUNTIME_SOURCE_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => {
      const original = readFileSync(new URL(name, RUNTIME_SOURCE_DIR), 'utf8');
      const info: BannerInfo = { source: `the toolchain's src/runtime/${name}, copied verbatim`, sha256: sha256(original), versions: generatorVersions() };
      const file = project.createSourceFile(`runtime/${name}`, original, { overwrite: true });
      addBanner(file, info);
      return { name, text: file.getFullText() };
    });
}

/**
 * The package's README for npm. Spec and manifest text is Markdown-escaped;
 * the code sample holds only validated names (package, factory, env var)
 * and the first method, written as a property access.
 */
export function packageReadme(model: ClientModel, title: string): string {
  const first = model.operations[0];
  return [
    `# ${markdownText(model.packageName)}`,
    '',
    `Typed client for the ${markdownText(title)}, generated from \`openapi.yaml\` (shipped in this package) by the openapi-clients toolchain. Do not edit: regenerate.`,
    '',
    '```ts',
    `import { ${model.factory}, unwrap } from ${stringLiteral(model.packageName)};`,
    '',
    `const client = ${model.factory}(); // apiKey from $${model.definition.apiKeyEnv}`,
    ...(first ? [`const data = unwrap(await client${memberAccess(first.methodName)}(/* params, body */));`] : []),
    '```',
    '',
    `Operations: ${model.operations.map((operation) => markdownCode(operation.methodName)).join(', ')}.`,
    '',
  ].join('\n');
}
