/**
 * Writes one API's client package into its output folder: sources from
 * the normalized document, package files, then `dist/` compiled from them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from 'ts-morph';
import { tsMorph } from './generators.js';
import type { ApiModel } from '../model/types.js';
import type { PackageBuilder } from './build.js';
import { CLIENT_FILE, ENUMS_FILE, INDEX_FILE, PACKAGE_API_REFERENCE, PACKAGE_FILE, PACKAGE_README, PAGES_FILE, ROUTES_FILE, RUNTIME_DIR, TYPES_FILE } from './files.js';
import { clientFile, enumsFile, indexFile, pagesFile, routesFile, runtimeFiles, schemaFile } from './generated-files.js';
import { apiReference } from './api-reference.js';
import { clientExports, packageJson, RUNTIME_EXPORTS } from './package.js';
import { packageReadme } from './readme.js';
import type { PassContext } from './pass.js';
import { bannerInfo, type DocumentFile } from './types.js';

export interface PackageContext {
  project: Project;
  builder: PackageBuilder;
  /** Runs one named step (for progress, timings and failure tests). */
  step: <T>(name: PackageStep, run: () => T | Promise<T>) => Promise<T>;
}

export type PackageStep = 'types' | 'client' | 'build';

/** One ts-morph project for every API of a run: creating it is the costly part. */
export function createProject(): Project {
  return new tsMorph.Project({ useInMemoryFileSystem: true });
}

/**
 * Writes the package's sources and hands them to the builder; resolves as
 * soon as the next API may start, with `built` for when `dist/` is written.
 */
export async function writeClientPackage(apiDir: string, model: ApiModel, document: DocumentFile, context: PackageContext): Promise<{ built: Promise<void> }> {
  const { project, builder, step } = context;
  const passContext: PassContext = { model, project, banner: bannerInfo(document), reserved: new Set([...RUNTIME_EXPORTS, ...clientExports(model)]) };
  const sources: Record<string, string> = await step('types', async () => ({
    [TYPES_FILE]: await schemaFile(passContext),
    [ENUMS_FILE]: enumsFile(passContext),
  }));
  await step('client', () => {
    sources[ROUTES_FILE] = routesFile(passContext);
    sources[PAGES_FILE] = pagesFile(passContext);
    sources[CLIENT_FILE] = clientFile(passContext);
    sources[INDEX_FILE] = indexFile(passContext);
    for (const { name, text } of runtimeFiles(passContext)) sources[`${RUNTIME_DIR}/${name}`] = text;
    mkdirSync(join(apiDir, RUNTIME_DIR), { recursive: true });
    for (const [file, text] of Object.entries(sources)) writeFileSync(join(apiDir, file), text);
    const { title } = model.names;
    writeFileSync(join(apiDir, PACKAGE_FILE), packageJson(model, `Typed client for the ${title}, generated from its normalized OpenAPI document.`));
    writeFileSync(join(apiDir, PACKAGE_README), packageReadme(model));
    writeFileSync(join(apiDir, PACKAGE_API_REFERENCE), apiReference(model));
  });
  return { built: step('build', () => builder.build(apiDir, sources)) };
}
