/**
 * `npm run generate`: normalize every API under the specs folder and write
 * `<out>/<api>/`: the normalized `openapi.yaml`, its normalization report
 * and the client package built from it (sources and `dist/`). The output
 * folder is replaced as a whole, or left untouched when anything fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { PackageBuilder } from './codegen/build.js';
import { writeClientPackage } from './codegen/write-package.js';
import { discoverManifests } from './manifest.js';
import { normalizeApi, type NormalizedApi } from './normalize/pipeline.js';
import { operations } from './normalize/schema-walk.js';
import { replaceDirectory } from './output/atomic-dir.js';
import { toYaml } from './output/yaml-writer.js';

export interface GenerateOptions {
  specsDir: string;
  outDir: string;
  log?: (line: string) => void;
}

export const NORMALIZED_FILE = 'openapi.yaml';
export const REPORT_FILE = 'normalization-report.json';
export { CLIENT_FILE, ENUMS_FILE, INDEX_FILE, PACKAGE_FILE, RUNTIME_DIR, TYPES_FILE } from './codegen/write-package.js';

export async function generate(options: GenerateOptions): Promise<NormalizedApi[]> {
  const log = options.log ?? (() => {});
  const manifests = discoverManifests(options.specsDir);
  const results: NormalizedApi[] = [];
  // One in-memory ts-morph project for every API: creating it is the costly part.
  const context = { project: new Project({ useInMemoryFileSystem: true }), builder: new PackageBuilder() };
  await replaceDirectory(options.outDir, async (tempDir) => {
    for (const manifest of manifests) {
      const result = await normalizeApi(manifest);
      results.push(result);
      const apiDir = join(tempDir, manifest.name);
      mkdirSync(apiDir, { recursive: true });
      const documentText = toYaml(result.document);
      writeFileSync(join(apiDir, NORMALIZED_FILE), documentText);
      writeFileSync(join(apiDir, REPORT_FILE), `${JSON.stringify(result.report, null, 2)}\n`);
      const typesInput = { document: result.document, documentText, documentPath: NORMALIZED_FILE };
      await writeClientPackage(apiDir, result, typesInput, context);
      for (const line of summarize(result)) log(line);
    }
  });
  return results;
}

/** What a maintainer wants to see per API: sources, fixes with counts, warnings. */
export function summarize({ manifest, report, document }: NormalizedApi): string[] {
  const operationCount = [...operations(document)].length;
  const lines = [`${manifest.name}: ${operationCount} operations → ${manifest.name}/${NORMALIZED_FILE}`];
  lines.push(`  sources: ${report.sources.join(', ')}`);
  if (report.overlays.length > 0) lines.push(`  overlays: ${report.overlays.join(', ')}`);
  lines.push(`  lossless: ${report.lossless.checked} facts of the sources found in the result`);
  const waiters = Object.keys(manifest.client.waiters);
  lines.push(`  package: ${manifest.client.package}@${manifest.client.version}, create${manifest.client.name}Client with ${operationCount} operation methods${waiters.length > 0 ? ` and ${waiters.join(', ')}` : ''} → ${manifest.name}/dist`);
  for (const [kind, count] of report.fixCounts()) lines.push(`  fix ${kind}: ${count}`);
  for (const warning of report.warnings) lines.push(`  warning ${warning.kind} at #${warning.pointer}: ${warning.message}`);
  return lines;
}
