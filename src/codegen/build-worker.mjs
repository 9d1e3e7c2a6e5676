// @ts-check (type-checked by `npm run typecheck`: tsconfig has allowJs)
/**
 * Compiles generated packages' `src/` to `dist/` (ES2022 JavaScript and
 * `.d.ts`) with the TypeScript compiler API, in a worker thread: what
 * `tsc -p` would do, minus a process per package, and on the second core
 * while the main thread generates the next package. Plain JavaScript because
 * Node starts a worker from a file it can run as is (under tsx, vitest or
 * the bundle of scripts/openapi-clients.mjs alike).
 *
 * On start it loads the compiler and compiles a few lines in memory, so the
 * library files (lib.dom is most of a small package's build) are parsed and
 * the compiler warmed before the first package arrives.
 * Messages in: `{ id, packageDir, rootFiles }`; out: `{ id, diagnostics }`,
 * the formatted errors or `''` when `dist/` was written.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
/** @type {typeof import('typescript')} */
const ts = require('typescript');
const openapiFetchTypes = join(dirname(require.resolve('openapi-fetch')), 'index.d.mts');

/**
 * Options a consumer's strict NodeNext project can import from.
 * @param {string} packageDir
 * @returns {import('typescript').CompilerOptions}
 */
function compilerOptions(packageDir) {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    // Fields set in constructors only: no `field;` declarations in every consumer's bundle.
    useDefineForClassFields: false,
    declaration: true,
    rootDir: join(packageDir, 'src'),
    outDir: join(packageDir, 'dist'),
    newLine: ts.NewLineKind.LineFeed,
    removeComments: false,
    skipLibCheck: true,
    // The package may be written outside this repository (`--out`): resolve
    // its one dependency from the toolchain's own node_modules.
    paths: { 'openapi-fetch': [openapiFetchTypes] },
  };
}

/** Files outside the package (libraries, openapi-fetch's types), parsed once per run. @type {Map<string, import('typescript').SourceFile | undefined>} */
const shared = new Map();

/**
 * A compiler host that reads the package's own files afresh and everything
 * else from `shared`.
 * @param {import('typescript').CompilerOptions} options
 * @param {string} packageDir
 */
function createHost(options, packageDir) {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (fileName.startsWith(packageDir)) return read(fileName, languageVersion, onError, shouldCreate);
    if (!shared.has(fileName)) shared.set(fileName, read(fileName, languageVersion, onError, shouldCreate));
    return shared.get(fileName);
  };
  return host;
}

/**
 * @typedef {{ code: string, syscall?: string, path?: string, message: string }} WriteFailure
 * A file-system error while writing `dist/` (a full disk, a read-only
 * folder): the compiler would report it as diagnostic TS5033, which reads as
 * "does not compile"; it is passed on as the errno error it is.
 */

/**
 * @param {string} packageDir
 * @param {string[]} rootFiles
 * @returns {{ diagnostics: string, located?: LocatedDiagnostic[], writeFailure?: WriteFailure }} the diagnostics, formatted (empty when it compiled) and located, or the first write failure
 */
function build(packageDir, rootFiles) {
  const options = compilerOptions(packageDir);
  const host = createHost(options, packageDir);
  /** @type {WriteFailure | undefined} */
  let writeFailure;
  host.writeFile = (fileName, text) => {
    if (writeFailure) return;
    try {
      mkdirSync(dirname(fileName), { recursive: true });
      writeFileSync(fileName, text);
    } catch (error) {
      const { code, syscall, path, message } = /** @type {NodeJS.ErrnoException} */ (error);
      writeFailure = { code: code ?? 'EIO', syscall, path: path ?? fileName, message };
    }
  };
  const program = ts.createProgram({ rootNames: rootFiles.map((file) => join(packageDir, file)), options, host });
  const emitted = program.emit();
  if (writeFailure) return { diagnostics: '', writeFailure };
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length === 0) return { diagnostics: '' };
  return {
    diagnostics: ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => packageDir, getNewLine: () => '\n' }),
    located: diagnostics.map(locate),
  };
}

/**
 * A diagnostic's place and text, its file relative to the package (the
 * folder is a temporary one): the main thread maps the line back to the
 * document's pointer.
 * @param {import('typescript').Diagnostic} diagnostic
 * @returns {LocatedDiagnostic}
 */
function locate(diagnostic) {
  const text = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  if (!diagnostic.file || diagnostic.start === undefined) return { text };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { text, file: diagnostic.file.fileName, line: line + 1, column: character + 1 };
}

/** @typedef {{ text: string, file?: string, line?: number, column?: number }} LocatedDiagnostic */

/**
 * Compiles a few lines that touch what the runtime uses (fetch, Response,
 * AbortController, classes, generics), in memory: the library files get
 * parsed and bound, and the parser, checker and emitter compiled by V8,
 * while the main thread is still generating the first package.
 */
function warmUp() {
  const root = '/warm-up/src/index.ts';
  const text = [
    'export interface Page<T> { items: T[]; next?: string }',
    'export class Failure extends Error { constructor(readonly status: number) { super(String(status)); } }',
    'export async function first<T>(url: URL, signal: AbortSignal): Promise<Page<T>> {',
    '  const response: Response = await fetch(new Request(url, { signal, headers: new Headers({ a: "b" }) }));',
    '  if (!response.ok) throw new Failure(response.status);',
    '  return (await response.json()) as Page<T>;',
    '}',
    'export const controller = new AbortController();',
  ].join('\n');
  const options = compilerOptions('/warm-up');
  const host = createHost(options, '/warm-up');
  const read = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, ...rest) => (fileName === root ? ts.createSourceFile(fileName, text, languageVersion) : read(fileName, languageVersion, ...rest));
  host.fileExists = (fileName) => fileName === root || ts.sys.fileExists(fileName);
  host.writeFile = () => undefined;
  const program = ts.createProgram({ rootNames: [root], options, host });
  ts.getPreEmitDiagnostics(program);
  program.emit();
}

if (!parentPort) throw new Error('build-worker.mjs runs as a worker thread');
const port = parentPort;
port.on('message', (/** @type {{ id: number, packageDir: string, rootFiles: string[] }} */ { id, packageDir, rootFiles }) => {
  port.postMessage({ id, ...build(packageDir, rootFiles) });
});
warmUp();
