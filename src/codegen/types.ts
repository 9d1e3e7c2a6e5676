/**
 * TypeScript types for a normalized document with openapi-typescript's Node
 * API: the text `src/schema.ts` starts from, before its passes
 * (generated-files.ts).
 */
import { createRequire } from 'node:module';
import { openapiTypescript, typescript } from './generators.js';
import type { JsonObject } from '../openapi/types.js';
import { sha256 } from '../sha256.js';
import type { BannerInfo } from './pass.js';
import { createConfig, type Config } from '@redocly/openapi-core';
import { guardRedoclyTypes } from '../redocly-types.js';

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

/** The normalized document as written to disk, for the banner. */
export interface DocumentFile {
  /** Its exact text. */
  text: string;
  /** Where it lives, relative to the generated package. */
  path: string;
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

export function bannerInfo(document: DocumentFile): BannerInfo {
  return { source: document.path, sha256: sha256(document.text), versions: generatorVersions() };
}

/**
 * Binary data (`format: binary`, or a `contentMediaType` without
 * `contentEncoding`), where openapi-typescript prints `string`: a file part
 * of a request body is typed `Blob | Uint8Array`, what the client sends as a
 * file part (src/runtime/client.ts `toFormData`); a response body that is
 * not JSON is typed `Blob`, what the client reads it as (the route's `blob`).
 * Nowhere else: inside JSON a `binary` string is a string, and a component
 * is typed once for every use.
 */
function binaryData(schema: unknown, metadata: { path?: string }): import('typescript').TypeNode | undefined {
  if (typeof schema !== 'object' || schema === null || metadata.path === undefined) return undefined;
  const { format, contentMediaType, contentEncoding } = schema as Record<string, unknown>;
  if (format !== 'binary' && (typeof contentMediaType !== 'string' || contentEncoding !== undefined)) return undefined;
  const { factory } = typescript;
  const blob = factory.createTypeReferenceNode('Blob');
  if (metadata.path.includes('/requestBody/')) return factory.createUnionTypeNode([blob, factory.createTypeReferenceNode('Uint8Array')]);
  const media = /\/responses\/[^/]+\/content\/([^/]+)$/.exec(metadata.path)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
  return media !== undefined && !/json/i.test(media) ? blob : undefined;
}

/** openapi-typescript's `paths`, `components`, `operations` for the document, printed. */
export async function printTypes(document: JsonObject): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as never, { ...OPENAPI_TYPESCRIPT_OPTIONS, transform: binaryData as never, redocly: await redoclyConfig() });
  return astToString(ast);
}
