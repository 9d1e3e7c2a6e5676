/**
 * `npm run bench -- corpus`: every real-world spec of ../shared (see
 * test/corpus/corpus.ts) through the real CLI, one at a time so the times
 * do not share the cores, and a table per spec: operations, seconds,
 * seconds per 100 operations, fixes applied and warnings (by rule), or the
 * one-line error a run ended with. Operations of a failed run are counted
 * in the raw document, so its time per operation still compares.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { listCorpus, prepareApi, type CorpusSpec } from '../test/corpus/corpus.js';
import { median } from './stats.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface CorpusRow {
  id: string;
  operations: number;
  seconds: number[];
  fixes: number;
  warnings: Record<string, number>;
  error?: string;
}

interface JsonOutput {
  ok: boolean;
  error?: string;
  apis?: Array<{ operations: number; fixes: Record<string, number>; warnings: Array<{ kind: string; count?: number; pointers?: string[] }> }>;
}

/** Operations under `paths` of the raw document (a `$ref`'d path item counts as one unknown: 0). */
function rawOperations(spec: CorpusSpec): number {
  const document = parse(readFileSync(join(spec.folder, spec.file), 'utf8'), { maxAliasCount: 1000 }) as { paths?: Record<string, Record<string, unknown>> };
  return Object.values(document.paths ?? {}).reduce((total, item) => total + Object.keys(item ?? {}).filter((key) => HTTP_METHODS.includes(key)).length, 0);
}

export async function benchCorpus(work: string, runs: number, cli: string[]): Promise<CorpusRow[]> {
  const { specs, missing } = listCorpus();
  for (const what of missing) console.error(`corpus: skipped ${what}`);
  const rows: CorpusRow[] = [];
  for (const spec of specs) {
    const dir = join(work, 'corpus', spec.api);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    prepareApi(spec, join(dir, 'specs'));
    const row: CorpusRow = { id: spec.id, operations: rawOperations(spec), seconds: [], fixes: 0, warnings: {} };
    for (let run = 0; run < runs && row.error === undefined; run++) {
      const started = performance.now();
      const output = await promisify(execFile)(process.execPath, ['--max-old-space-size=4096', ...cli, '--json', '--specs', join(dir, 'specs'), '--out', join(dir, 'out')], { maxBuffer: 256 * 2 ** 20 })
        .then(({ stdout }) => stdout, (error: { stdout?: string }) => error.stdout ?? '');
      row.seconds.push((performance.now() - started) / 1000);
      const result = (() => {
        try {
          return JSON.parse(output) as JsonOutput;
        } catch {
          return { ok: false, error: `no JSON on stdout: ${output.split('\n')[0] ?? ''}` };
        }
      })();
      const api = result.apis?.[0];
      if (!result.ok || !api) {
        row.error = result.error ?? 'failed';
        continue;
      }
      row.operations = api.operations;
      row.fixes = Object.values(api.fixes).reduce((total, count) => total + count, 0);
      row.warnings = {};
      for (const warning of api.warnings) row.warnings[warning.kind] = (row.warnings[warning.kind] ?? 0) + (warning.count ?? 1);
    }
    console.error(`corpus: ${spec.id} ${row.error ? `failed: ${row.error}` : 'ok'} (${median(row.seconds).toFixed(1)} s)`);
    rows.push(row);
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function corpusTable(rows: CorpusRow[]): string {
  const lines = ['| spec | operations | seconds (median) | s per 100 ops | fixes applied | warnings | result |', '|---|---|---|---|---|---|---|'];
  for (const row of rows) {
    const seconds = median(row.seconds);
    const warnings = Object.entries(row.warnings).sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => `${kind} ${count}`).join(', ');
    const result = row.error ? `fails: ${row.error.replace(/\|/g, '\\|').slice(0, 160)}` : 'generates';
    lines.push(`| ${row.id} | ${row.operations} | ${seconds.toFixed(1)} | ${row.operations > 0 ? ((seconds / row.operations) * 100).toFixed(2) : '–'} | ${row.fixes} | ${warnings || '–'} | ${result} |`);
  }
  return lines.join('\n');
}
