/**
 * The APIs the generic tests run on, found by listing the specs folder: every
 * folder with a manifest, its output in the generated folder, and what is
 * expected of it in particular (`test/apis/<api>/expectations.ts`, when that
 * file exists). Generic tests name no API: they loop over `apisUnderTest()`.
 *
 * The folders are this repository's `specs/` and `generated/`, unless
 * OPENAPI_CLIENTS_TEST_SPECS_DIR and OPENAPI_CLIENTS_TEST_GENERATED_DIR point
 * at another pair: test/apis/new-api.test.ts runs the generic suites that way
 * on a copied API, and test/contract/spec-driven.test.ts on an added operation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { JsonObject } from '../../src/openapi/types.js';
import { discoverManifests, type Manifest } from '../../src/manifest.js';
import { buildApiModel } from '../../src/model/build.js';
import type { ApiModel } from '../../src/model/types.js';
import { REPO_ROOT } from '../helpers.js';
import type { ApiExpectations } from './expectations.js';

export type { ApiExpectations } from './expectations.js';

export const SPECS_DIR_VARIABLE = 'OPENAPI_CLIENTS_TEST_SPECS_DIR';
export const GENERATED_DIR_VARIABLE = 'OPENAPI_CLIENTS_TEST_GENERATED_DIR';

/** The specs and generated folders under test. */
export function testDirs(): { specs: string; generated: string } {
  return {
    specs: process.env[SPECS_DIR_VARIABLE] ?? join(REPO_ROOT, 'specs'),
    generated: process.env[GENERATED_DIR_VARIABLE] ?? join(REPO_ROOT, 'generated'),
  };
}

/** True when the tests run on this repository's own specs/ and generated/. */
export function testingTheRepository(): boolean {
  return process.env[SPECS_DIR_VARIABLE] === undefined && process.env[GENERATED_DIR_VARIABLE] === undefined;
}

/** The folder of an API's own tests and expectations: `test/apis/<api>/`. */
export function apiTestDir(name: string): string {
  return join(REPO_ROOT, 'test', 'apis', name);
}

export interface ApiUnderTest {
  /** The API folder's name: output folder, default package name. */
  name: string;
  manifest: Manifest;
  /** `generated/<api>/`. */
  generatedDir: string;
  /** The committed normalized document, as text and parsed. */
  documentText: string;
  document: JsonObject;
  /** The committed normalization-report.json. */
  report: NormalizationReportFile;
  /** The operation model built from the manifest and the committed document, as `npm run generate` builds it. */
  model: ApiModel;
  /** `create<Name>Client`, derived here from the manifest: the tests' own statement of the naming rule. */
  factory: string;
  /** What `test/apis/<api>/expectations.ts` says of this API in particular; undefined when it has no such file. */
  expected: ApiExpectations | undefined;
}

export interface ReportedTransformation {
  kind: string;
  pointer: string;
  reason: string;
  before?: unknown;
  after?: unknown;
}

export interface NormalizationReportFile {
  sources: string[];
  overlays: string[];
  fixes: Record<string, number>;
  lossless: { checked: number; missing: number };
  transformations: ReportedTransformation[];
  warnings: Array<{ kind: string; pointer: string; message: string; count?: number; pointers?: string[] }>;
}

/** Loads `test/apis/<name>/expectations.ts` if there is one. */
export async function expectationsOf(name: string): Promise<ApiExpectations | undefined> {
  const file = join(apiTestDir(name), 'expectations.ts');
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as { expectations?: ApiExpectations };
  if (!module.expectations) throw new Error(`${file} does not export \`expectations\``);
  return module.expectations;
}

async function load(): Promise<ApiUnderTest[]> {
  const { specs, generated } = testDirs();
  return Promise.all(
    discoverManifests(specs).map(async (manifest) => {
      const generatedDir = join(generated, manifest.name);
      const documentText = readFileSync(join(generatedDir, 'openapi.yaml'), 'utf8');
      const document = parse(documentText) as JsonObject;
      return {
        name: manifest.name,
        manifest,
        generatedDir,
        documentText,
        document,
        model: buildApiModel(manifest, document),
        report: JSON.parse(readFileSync(join(generatedDir, 'normalization-report.json'), 'utf8')) as NormalizationReportFile,
        factory: `create${manifest.client.name}Client`,
        expected: await expectationsOf(manifest.name),
      };
    }),
  );
}

let loaded: Promise<ApiUnderTest[]> | undefined;

/** Every API of the specs folder under test, sorted by folder name (read once per test file). */
export function apisUnderTest(): Promise<ApiUnderTest[]> {
  loaded ??= load();
  return loaded;
}

/** One API under test by folder name: for an API's own tests in test/apis/<api>/. */
export async function apiUnderTest(name: string): Promise<ApiUnderTest> {
  const api = (await apisUnderTest()).find((candidate) => candidate.name === name);
  if (!api) throw new Error(`no API "${name}" in ${testDirs().specs}`);
  return api;
}
