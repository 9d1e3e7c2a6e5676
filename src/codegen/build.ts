/**
 * Compiles a generated package's `src/` to `dist/` (ES2022 JavaScript and
 * `.d.ts`) with the TypeScript compiler API: what `tsc -p` would do, minus
 * a process start per package. Library files are parsed once per run and
 * shared between packages.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CompilerOptions, SourceFile } from 'typescript';
import { typescript as ts } from './generators.js';

const require = createRequire(import.meta.url);

/** Options a consumer's strict NodeNext project can import from. */
function compilerOptions(packageDir: string): CompilerOptions {
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
    paths: { 'openapi-fetch': [join(dirname(require.resolve('openapi-fetch')), 'index.d.mts')] },
  };
}

export class PackageBuilder {
  private readonly cache = new Map<string, SourceFile | undefined>();

  /** Emits `dist/`; throws with every diagnostic when the package does not compile. */
  build(packageDir: string, rootFiles: string[]): void {
    const options = compilerOptions(packageDir);
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      if (fileName.startsWith(packageDir)) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (!this.cache.has(fileName)) this.cache.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
      return this.cache.get(fileName);
    };
    const program = ts.createProgram({ rootNames: rootFiles.map((file) => join(packageDir, file)), options, host });
    const emitted = program.emit();
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
    if (diagnostics.length > 0) {
      const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => packageDir, getNewLine: () => '\n' });
      throw new Error(`the generated package in ${packageDir} does not compile:\n${text}`);
    }
  }
}
