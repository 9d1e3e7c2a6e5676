/**
 * Paths a person typed are relative to where they typed them. `npm run`
 * moves to the package's folder first and says where the person was in
 * INIT_CWD, so `npm --prefix ../toolchain run generate -- --specs specs`
 * means the caller's specs, never the toolchain's own. Only the process npm
 * started for the script trusts INIT_CWD: a child of a test run inherits
 * the variable but not the folder.
 */
import { resolve } from 'node:path';

export function callerDirectory(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const startedByNpm = env.npm_lifecycle_script !== undefined && env.npm_config_local_prefix !== undefined && resolve(env.npm_config_local_prefix) === cwd;
  return startedByNpm && env.INIT_CWD ? resolve(env.INIT_CWD) : cwd;
}

/** A path option: what the person typed, against their folder; the default, against the working directory. */
export function optionPath(typed: string | undefined, fallback: string): string {
  return typed === undefined ? resolve(fallback) : resolve(callerDirectory(), typed);
}
