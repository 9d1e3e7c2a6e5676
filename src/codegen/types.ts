/**
 * TypeScript types for a normalized document with openapi-typescript's Node
 * API, then post-processed by ts-morph passes: each finds its nodes in the
 * AST and prints its additions with ts-morph's structure printer; the edits
 * are applied to the file together (text-edits.ts).
 */
import { createRequire } from 'node:module';
import type { SourceFile } from 'ts-morph';
import { openapiTypescript, tsMorph } from './generators.js';
import type { JsonObject } from '../openapi/types.js';
import { sha256 } from '../sha256.js';
import { addBanner, bannerEdit, type BannerInfo } from './passes/banner.js';
import { addEnumRuntime } from './passes/enums.js';
import { conditionalPropertyEdits } from './passes/conditional-properties.js';
import { namedExportEdits } from './passes/named-exports.js';
import { operationDocEdits } from './passes/operation-docs.js';
import { applyEdits } from './text-edits.js';
import { createConfig, type Config } from '@redocly/openapi-core';
import { guardRedoclyTypes } from '../redocly-types.js';

const { Project } = tsMorph;
const { default: openapiTS, astToString } = openapiTypescript;

/**
 * Options chosen deliberately (see README, "Generated types"):
 * - defaultNonNullable: false — a field with a `default` (cleanup_sessions)
 *   stays optional in request bodies; the server fills the default.
 * - alphabetize: false — keep the document's (already canonical) order.
 * - additionalProperties: false — only what the schema allows.
 * - enum: false — string-literal unions, no runtime enums (runtime arrays
 *   are added separately so tree-shaking stays possible).
 * - exportType: false — interfaces, as openapi-typescript recommends.
 */
export const OPENAPI_TYPESCRIPT_OPTIONS = {
  defaultNonNullable: false,
  alphabetize: false,
  additionalProperties: false,
  enum: false,
  exportType: false,
} as const;

export interface TypesInput {
  document: JsonObject;
  /** The normalized document's text, exactly as written to disk. */
  documentText: string;
  /** Where the document lives, relative to the generated package, for the banner. */
  documentPath: string;
}

let redocly: Promise<Config> | undefined;

/**
 * openapi-typescript's own Redocly config (`minimal`, duplicate operationIds
 * an error), except that example values are data and not walked: Redocly
 * falls over keys such as `hasOwnProperty` in them (see
 * normalize/redocly-types.ts, which guards the type tables too).
 */
function redoclyConfig(): Promise<Config> {
  guardRedoclyTypes();
  redocly ??= createConfig(
    { rules: { 'operation-operationId-unique': { severity: 'error' } }, resolve: { doNotResolveExamples: true } } as never,
    { extends: ['minimal'] } as never,
  );
  return redocly;
}

let versions: Record<string, string> | undefined;

/** Versions of the generators, read once per process. */
export function generatorVersions(): Record<string, string> {
  if (!versions) {
    const require = createRequire(import.meta.url);
    const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
    versions = { 'openapi-typescript': version('openapi-typescript'), 'ts-morph': version('ts-morph') };
  }
  return versions;
}

export function bannerInfo(input: TypesInput): BannerInfo {
  return { source: input.documentPath, sha256: sha256(input.documentText), versions: generatorVersions() };
}


/**
 * `src/schema.ts`. `reserved` are names other files of the package export;
 * a component with such a name is exported as `<Name>Schema`.
 */
export async function generateTypes(
  input: TypesInput,
  project = new Project({ useInMemoryFileSystem: true }),
  reserved: ReadonlySet<string> = new Set(),
): Promise<string> {
  const ast = await openapiTS(structuredClone(input.document) as never, { ...OPENAPI_TYPESCRIPT_OPTIONS, redocly: await redoclyConfig() });
  const file: SourceFile = project.createSourceFile('schema.ts', astToString(ast), { overwrite: true });
  // Every pass reads the file as openapi-typescript printed it; their edits
  // are applied in one manipulation (see text-edits.ts).
  applyEdits(file, [
    ...conditionalPropertyEdits(file, input.document),
    ...operationDocEdits(file, input.document, project),
    ...namedExportEdits(file, input.document, project, reserved),
    bannerEdit(bannerInfo(input)),
  ]);
  return file.getFullText();
}

/** `src/enums.ts`: runtime arrays and type guards for every enum. */
export function generateEnums(input: TypesInput, project = new Project({ useInMemoryFileSystem: true })): string {
  const file = project.createSourceFile('enums.ts', '', { overwrite: true });
  addEnumRuntime(file, input.document, './schema.js');
  addBanner(file, bannerInfo(input));
  return file.getFullText();
}
