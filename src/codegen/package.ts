/**
 * The npm package around the generated sources: `package.json`, the
 * `src/index.ts` entry, and the runtime copied in from `src/runtime/`
 * (the README and API.md are readme.ts's and api-reference.ts's).
 *
 * Why the runtime is copied rather than depended on: the issue allows
 * openapi-fetch as the only runtime dependency, the runtime is a few KB,
 * and a copy pinned to the generator that wrote the client can never drift
 * from it. The copy is byte-for-byte the original below a banner, which the
 * generated-files test checks.
 */
import { createRequire } from 'node:module';
import type { SourceFile } from 'ts-morph';
import type { ApiModel } from '../model/types.js';
import { docText } from './escape.js';
import { PACKAGE_API_REFERENCE } from './files.js';
import type { CodegenPass } from './pass.js';
import { inScratchFile, insertEdit } from './text-edits.js';

/** What the package entry re-exports from the runtime; schema names must avoid these. */
const RUNTIME_VALUE_EXPORTS = [
  'ApiError', 'BadRequestError', 'AuthenticationError', 'PermissionDeniedError', 'NotFoundError', 'ConflictError', 'UnprocessableEntityError',
  'RateLimitError', 'InternalServerError', 'ClientOptionsError', 'ConnectionError', 'TimeoutError', 'unwrap', 'paginate',
];
const RUNTIME_TYPE_EXPORTS = ['ApiResult', 'ClientOptions', 'PaginateOptions', 'Pages', 'PlainRequest', 'ServerSentEvent', 'WaitOptions'];
export const RUNTIME_EXPORTS: readonly string[] = [...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS];

/** Names the client file exports; schema names must avoid these too. */
export function clientExports({ names }: ApiModel): string[] {
  return [names.factory, `${names.factory}With`, `${names.client}Client`, `${names.client}ClientOptions`, `${names.client}Operations`, `${names.client}Routes`, `${names.client}Waiters`];
}

export function packageJson({ names }: ApiModel, description: string): string {
  const manifest = {
    name: names.package,
    version: names.version,
    description,
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      // One constant per operation's route, for create<Name>ClientWith: a bundle carries only those imported.
      './routes': { types: './dist/routes.d.ts', import: './dist/routes.js', default: './dist/routes.js' },
      // How each list operation pages, for paginate().
      './pages': { types: './dist/pages.d.ts', import: './dist/pages.js', default: './dist/pages.js' },
      './openapi.yaml': './openapi.yaml',
      './package.json': './package.json',
    },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'openapi.yaml', PACKAGE_API_REFERENCE],
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

/** `src/index.ts`: everything the package exports. */
export const packageEntryPass: CodegenPass = {
  name: 'package entry',
  edits: (_, { model, project }) => [insertEdit(0, inScratchFile(project, (file) => {
    writeIndex(file, model);
    return file.getFullText();
  }), 'package entry')],
};

function writeIndex(file: SourceFile, { names }: ApiModel): void {
  file.addExportDeclarations([
    { moduleSpecifier: './client.js' },
    { moduleSpecifier: './enums.js' },
    { moduleSpecifier: './schema.js' },
    {
      moduleSpecifier: './runtime/index.js',
      namedExports: [...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS.map((name) => ({ name, isTypeOnly: true }))],
    },
  ]);
  file.insertStatements(0, `/** ${docText(`${names.package}: the ${names.client} client, its types, enums and errors.`)} */`);
}
