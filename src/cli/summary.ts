/**
 * What a run says about each API when nobody asked for detail: one summary
 * line, the warnings the manifest has not accepted (a maintainer has not
 * read them yet), and what changed. `--verbose` prints `summarize()`'s
 * detail instead; the report file and `--json` always hold everything.
 */
import { count } from '../count.js';
import { printable } from '../errors.js';
import { changeLines, REPORT_FILE, warningLines, type ApiOutcome } from '../generate.js';
import { acceptsWarning } from '../manifest.js';
import type { Warning } from '../normalize/report.js';

export function briefSummary(outcome: ApiOutcome, outLabel: string): string[] {
  const { report, model, manifest } = outcome;
  const { names, operations } = model;
  const fixes = report.fixCounts().reduce((sum, [, n]) => sum + n, 0);
  const open = report.warnings.filter((warning) => !acceptsWarning(manifest, warning.kind));
  // A warning of many places counts each place, as the verbose lines do.
  const places = (warnings: readonly Warning[]) => warnings.reduce((sum, warning) => sum + ('pointers' in warning ? warning.pointers.length : 1), 0);
  const total = places(report.warnings);
  const accepted = total - places(open);
  const warnings = total === 0 ? 'no warnings' : `${count(total, 'warning')}${accepted > 0 ? ` (${open.length === 0 ? 'all' : accepted} accepted by the manifest)` : ''}`;
  const drift = report.documentationDrift().disagreements;
  const parts = [
    count(operations.length, 'operation'),
    `${names.package}@${names.version}`,
    count(fixes, 'fix', 'fixes'),
    warnings,
    ...(drift > 0 ? [count(drift, 'drift entry', 'drift entries')] : []),
    `lossless (${count(report.lossless.checked, 'fact')} checked)`,
  ];
  const lines = [printable(`${names.api}: ${parts.join(', ')} → ${outLabel}/${names.api}`)];
  lines.push(...warningLines(open));
  if (open.length > 0) lines.push(`  (each warning stays in ${names.api}/${REPORT_FILE}; list a kind you have read under acceptedWarnings in ${manifest.file} to count it here instead)`);
  lines.push(...changeLines(outcome));
  return lines.map(printable);
}
