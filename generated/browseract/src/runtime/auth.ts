/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/auth.ts, copied verbatim
 * Source sha256: fc116245265622764c7d155a5cbd86528145e6869459b5dab333e62e700a16ea
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Credentials and base URL, from options or the environment, normalized and
 * checked once. The key is only ever placed in the auth header: nothing here
 * logs, stores or prints it, not even in the errors about it.
 */
import { ClientOptionsError } from './errors.js';

/** How an API wants its key, from the manifest's security scheme (an apiKey is always a header: the generator refuses others). */
export type AuthScheme =
  | { type: 'apiKey'; name: string }
  | { type: 'http'; scheme: 'bearer' };

/** Reads an environment variable where there is one (Node, Deno, Bun); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  // An empty variable counts as unset.
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
}

/**
 * The key, trimmed as Headers would trim it (a secret file ends with a
 * newline; trim() also drops a BOM) and checked: a header value cannot hold
 * control characters (NUL, CR, LF…), and Headers' own TypeError would quote
 * the whole key. Only visible ASCII and inner spaces pass.
 */
export function resolveApiKey(clientName: string, explicit: string | undefined, envVar: string): string {
  const raw = explicit ?? readEnv(envVar);
  if (raw === undefined) throw new ClientOptionsError(`${clientName}: no API key; pass { apiKey } to create${clientName}Client() or set ${envVar}`);
  const key = raw.trim();
  const problem = !key ? 'is blank' : /[^ -~]/.test(key) && 'has a control or non-ASCII character';
  if (problem) throw new ClientOptionsError(`${clientName}: ${explicit === undefined ? envVar : 'options.apiKey'} ${problem}`);
  return key;
}

/**
 * An absolute http(s) URL without whitespace, control characters,
 * credentials (no `@`), query or fragment: openapi-fetch appends paths to
 * it. The value is not printed: a key set in the wrong variable would be.
 */
export function resolveBaseUrl(explicit: string | undefined, envVar: string, fallback: string): string {
  const url = (explicit ?? readEnv(envVar) ?? fallback).trim();
  if (!/^https?:\/\/[^\s\0-\x1f\x7f?#@]+$/i.test(url) || !URL.canParse(url)) {
    throw new ClientOptionsError(`${explicit === undefined ? envVar : 'options.baseUrl'} is not an absolute http(s) URL without whitespace, credentials, query or fragment`);
  }
  // openapi-fetch removes a trailing slash itself.
  return url;
}

export function authHeaders(scheme: AuthScheme, key: string): Record<string, string> {
  return scheme.type === 'apiKey' ? { [scheme.name]: key } : { Authorization: `Bearer ${key}` };
}
