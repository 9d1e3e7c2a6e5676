/**
 * The source files of a generated package, each declared as what it starts
 * from and its list of passes, in order. The banner comes first: on a file
 * that starts empty, the passes' insertions at its start keep list order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { SourceFile } from 'ts-morph';
import { sha256 } from '../sha256.js';
import { clientPass } from './client.js';
import { routesPass } from './routes.js';
import { pagesPass } from './pages.js';
import { packageEntryPass } from './package.js';
import { runPasses, type CodegenPass, type PassContext } from './pass.js';
import { bannerPass } from './passes/banner.js';
import { conditionalPropertiesPass } from './passes/conditional-properties.js';
import { enumRuntimePass } from './passes/enums.js';
import { longUnionsPass } from './passes/long-unions.js';
import { namedExportsPass } from './passes/named-exports.js';
import { operationDocsPass } from './passes/operation-docs.js';
import { documentForTypes } from './schema-docs.js';
import { generatorVersions, printTypes } from './types.js';

/** The toolchain's runtime, copied into every package (see package.ts for why). */
const RUNTIME_SOURCE_DIR = new URL('../runtime/', import.meta.url);

/** `src/schema.ts`: openapi-typescript's output, narrowed, long unions wrapped, documented and given named exports. */
export const SCHEMA_PASSES: readonly CodegenPass[] = [bannerPass, conditionalPropertiesPass, longUnionsPass, operationDocsPass, namedExportsPass];
/** `src/enums.ts`: from nothing. */
export const ENUMS_PASSES: readonly CodegenPass[] = [bannerPass, enumRuntimePass];
/** `src/client.ts`: from nothing. */
export const CLIENT_PASSES: readonly CodegenPass[] = [bannerPass, clientPass];
/** `src/routes.ts`: from nothing. */
export const ROUTES_PASSES: readonly CodegenPass[] = [bannerPass, routesPass];
/** `src/pages.ts`: from nothing. */
export const PAGES_PASSES: readonly CodegenPass[] = [bannerPass, pagesPass];
/** `src/index.ts`: from nothing. */
export const INDEX_PASSES: readonly CodegenPass[] = [bannerPass, packageEntryPass];
/** `src/runtime/*.ts`: the toolchain's runtime sources, copied verbatim below the banner. */
export const RUNTIME_PASSES: readonly CodegenPass[] = [bannerPass];

export async function schemaFile(context: PassContext): Promise<string> {
  return runPasses(scratchFile(context, 'schema.ts', await printTypes(documentForTypes(context.model.document))), SCHEMA_PASSES, context);
}

export function enumsFile(context: PassContext): string {
  return runPasses(scratchFile(context, 'enums.ts', ''), ENUMS_PASSES, context);
}

export function clientFile(context: PassContext): string {
  return runPasses(scratchFile(context, 'client.ts', ''), CLIENT_PASSES, context);
}

export function routesFile(context: PassContext): string {
  return runPasses(scratchFile(context, 'routes.ts', ''), ROUTES_PASSES, context);
}

export function pagesFile(context: PassContext): string {
  return runPasses(scratchFile(context, 'pages.ts', ''), PAGES_PASSES, context);
}

export function indexFile(context: PassContext): string {
  return runPasses(scratchFile(context, 'index.ts', ''), INDEX_PASSES, context);
}

/** Each runtime file, its banner naming the original and that file's own hash. */
export function runtimeFiles(context: PassContext): Array<{ name: string; text: string }> {
  return readdirSync(RUNTIME_SOURCE_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => {
      const original = readFileSync(new URL(name, RUNTIME_SOURCE_DIR), 'utf8');
      const banner = { source: `the toolchain's src/runtime/${name}, copied verbatim`, sha256: sha256(original), versions: generatorVersions() };
      return { name, text: runPasses(scratchFile(context, `runtime/${name}`, original), RUNTIME_PASSES, { ...context, banner }) };
    });
}

/** The file in the run's in-memory project, replacing an earlier API's. */
function scratchFile({ project }: PassContext, name: string, text: string): SourceFile {
  return project.createSourceFile(name, text, { overwrite: true });
}
