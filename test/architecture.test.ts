/**
 * The dependency rules of src/ and scripts/, read from the code's own
 * imports: data flows one way, from the document model at the bottom
 * (src/openapi/) through ingest and normalize to the code generators, and no
 * stage reaches back into an earlier one. Every static import, `export …
 * from`, `import()` and `require()` with a literal specifier counts, type-only
 * ones included (TypeScript's own pre-processor reads them).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

const SOURCE = /\.(ts|mts|mjs|js)$/;
const ROOTS = ['src', 'scripts'];

interface Edge {
  from: string;
  to: string;
}

/** Repository-relative paths (`src/codegen/client.ts`) of every source file under the roots. */
function sourceFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
    }
  };
  ROOTS.forEach(walk);
  return found.sort();
}

/** The file a relative specifier names: `./x.js` is `x.ts` in source, or the file itself (`x.mjs`, `package.json`). */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const target = join(dirname(from), specifier);
  return [target.replace(/\.js$/, '.ts'), target].find((candidate) => existsSync(join(REPO_ROOT, candidate)));
}

/** Every import between source files of the repository; packages (`yaml`, `node:fs`) and data (`package.json`) are not edges. */
function importGraph(): { edges: Edge[]; unresolved: string[] } {
  const edges: Edge[] = [];
  const unresolved: string[] = [];
  for (const from of sourceFiles()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(REPO_ROOT, from), 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const to = resolveSpecifier(from, specifier);
      if (to === undefined) unresolved.push(`${from} → ${specifier}`);
      else if (SOURCE.test(to)) edges.push({ from, to });
    }
  }
  return { edges, unresolved };
}

/** The top-level part a file belongs to: its folder under src/ (`src/codegen/`), a file directly under src/, or `scripts/`. */
function partOf(file: string): string {
  const [root, second, ...rest] = file.split('/');
  if (root !== 'src') return `${root}/`;
  return rest.length > 0 ? `src/${second}/` : file;
}

const under = (...prefixes: string[]) => (file: string) => prefixes.some((prefix) => file === prefix || file.startsWith(prefix));

const RULES: Array<{ rule: string; from: (file: string) => boolean; mayNotImport: (file: string) => boolean }> = [
  {
    rule: 'src/openapi/ is the bottom: it imports nothing else of the repository',
    from: under('src/openapi/'),
    mayNotImport: (file) => !under('src/openapi/')(file),
  },
  {
    rule: 'src/runtime/ imports only src/runtime/ (it is copied into every generated package)',
    from: under('src/runtime/'),
    mayNotImport: (file) => !under('src/runtime/')(file),
  },
  {
    rule: 'the operation model, codegen, contract, regenerate, output, ingest and the manifest reader never import normalize/',
    from: under('src/model/', 'src/codegen/', 'src/contract/', 'src/regenerate/', 'src/output/', 'src/ingest/', 'src/manifest.ts'),
    mayNotImport: under('src/normalize/'),
  },
  {
    rule: 'src/model/ is read by codegen and the contract harness, and reads neither',
    from: under('src/model/'),
    mayNotImport: under('src/codegen/', 'src/contract/'),
  },
  {
    rule: 'nothing under src/ imports scripts/ or test/',
    from: under('src/'),
    mayNotImport: under('scripts/', 'test/'),
  },
];

/** Strongly connected parts with more than one member (Tarjan): imports that go round in a loop. */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const [a, b] = [partOf(from), partOf(to)];
    if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const connect = (part: string) => {
    index.set(part, index.size);
    low.set(part, index.get(part)!);
    stack.push(part);
    for (const other of next.get(part) ?? []) {
      if (!index.has(other)) {
        connect(other);
        low.set(part, Math.min(low.get(part)!, low.get(other)!));
      } else if (stack.includes(other)) {
        low.set(part, Math.min(low.get(part)!, index.get(other)!));
      }
    }
    if (low.get(part) === index.get(part)) {
      const members = stack.splice(stack.indexOf(part));
      if (members.length > 1) found.push(members.sort());
    }
  };
  for (const part of next.keys()) if (!index.has(part)) connect(part);
  return found;
}

/** The file-system modules of Node, and the repository's functions that read a listed file. */
const FILE_SYSTEM_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
const FILE_READERS = new Set(['loadListedFile', 'readListedText', 'loadSource', 'loadText', 'loadManifest', 'discoverManifests', 'readRegularFile', 'bundleExternalRefs']);
/** The one module of normalize/ that reads files: every input is read before the first pass. */
const NORMALIZE_INPUTS = 'src/normalize/inputs.ts';

/** What a file imports as values (type-only imports read nothing): module specifiers and imported names. */
function valueImports(file: string): Array<{ specifier: string; names: string[] }> {
  const source = ts.createSourceFile(file, readFileSync(join(REPO_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ specifier: string; names: string[] }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.filter((element) => !element.isTypeOnly).map((element) => (element.propertyName ?? element.name).text) : [];
      found.push({ specifier: node.moduleSpecifier.text, names });
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push({ specifier: argument.text, names: [] });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('architecture: the import graph of src/ and scripts/', () => {
  const { edges, unresolved } = importGraph();

  it('is read whole: every relative import names a file, and the known ones are there', () => {
    expect(unresolved).toEqual([]);
    expect(edges).toContainEqual({ from: 'src/generate.ts', to: 'src/normalize/pipeline.ts' });
    // A type-only import and an `import()` expression are read too.
    expect(edges).toContainEqual({ from: 'src/codegen/client-model.ts', to: 'src/runtime/client.ts' });
    expect(edges).toContainEqual({ from: 'src/generate.ts', to: 'src/codegen/write-package.ts' });
  });

  it.each(RULES)('$rule', ({ from, mayNotImport }) => {
    const broken = edges.filter((edge) => from(edge.from) && mayNotImport(edge.to)).map((edge) => `${edge.from} → ${edge.to}`);
    expect(broken).toEqual([]);
  });

  it('normalize passes do no file I/O: only src/normalize/inputs.ts imports node:fs or a file reader', () => {
    const normalize = sourceFiles().filter(under('src/normalize/'));
    expect(normalize).toContain(NORMALIZE_INPUTS);
    const reading = normalize.flatMap((file) =>
      valueImports(file)
        .filter(({ specifier, names }) => FILE_SYSTEM_MODULES.has(specifier) || names.some((name) => FILE_READERS.has(name)))
        .map(({ specifier, names }) => `${file} → ${specifier} ${names.join(', ')}`.trim()),
    );
    expect(reading.filter((line) => !line.startsWith(`${NORMALIZE_INPUTS} `))).toEqual([]);
    expect(reading).toEqual([`${NORMALIZE_INPUTS} → ../ingest/bundle.js bundleExternalRefs`, `${NORMALIZE_INPUTS} → ../manifest.js displayPath, loadListedFile, readListedText`]);
  });

  it('has no import cycles between top-level folders (and files directly under src/)', () => {
    expect(cycles(edges)).toEqual([]);
  });
});
