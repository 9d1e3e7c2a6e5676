/**
 * Writes one API's client package into its output folder: sources from
 * the normalized document, package files, then `dist/` compiled from them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from 'ts-morph';
import { tsMorph } from './generators.js';
import type { Manifest } from '../manifest.js';
import type { JsonObject } from '../openapi/types.js';
import type { PackageBuilder } from './build.js';
import { addClient } from './client.js';
import { CLIENT_FILE, ENUMS_FILE, INDEX_FILE, PACKAGE_FILE, PACKAGE_README, RUNTIME_DIR, TYPES_FILE } from './files.js';
import { buildClientModel, type MethodRename } from './client-model.js';
import { addIndex, clientExports, packageJson, packageReadme, RUNTIME_EXPORTS, runtimeFiles } from './package.js';
import { addBanner } from './passes/banner.js';
import { bannerInfo, generateEnums, generateTypes, type TypesInput } from './types.js';


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
export async function writeClientPackage(apiDir: string, api: { manifest: Manifest; document: JsonObject }, typesInput: TypesInput, context: PackageContext): Promise<{ built: Promise<void>; renamedMethods: MethodRename[] }> {
  const { project, builder, step } = context;
  const model = buildClientModel(api.manifest, api.document);
  const reserved = new Set([...RUNTIME_EXPORTS, ...clientExports(model)]);
  const banner = bannerInfo(typesInput);
  const sources: Record<string, string> = await step('types', async () => ({
    [TYPES_FILE]: await generateTypes(typesInput, project, reserved),
    [ENUMS_FILE]: generateEnums(typesInput, project),
  }));
  await step('client', () => {
    const client = project.createSourceFile('client.ts', '', { overwrite: true });
    addClient(client, model);
    addBanner(client, banner);
    sources[CLIENT_FILE] = client.getFullText();
    const index = project.createSourceFile('index.ts', '', { overwrite: true });
    addIndex(index, model);
    addBanner(index, banner);
    sources[INDEX_FILE] = index.getFullText();
    for (const { name, text } of runtimeFiles(project)) sources[`${RUNTIME_DIR}/${name}`] = text;
    mkdirSync(join(apiDir, RUNTIME_DIR), { recursive: true });
    for (const [file, text] of Object.entries(sources)) writeFileSync(join(apiDir, file), text);
    const title = String((api.document.info as { title?: unknown }).title ?? api.manifest.title);
    writeFileSync(join(apiDir, PACKAGE_FILE), packageJson(model, `Typed client for the ${title}, generated from its normalized OpenAPI document.`));
    writeFileSync(join(apiDir, PACKAGE_README), packageReadme(model, title));
  });
  return { built: step('build', () => builder.build(apiDir, Object.keys(sources))), renamedMethods: model.renamedMethods };
}
