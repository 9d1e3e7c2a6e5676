/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/auth.ts, copied verbatim
 * Source sha256: a4f43b9b1aae9e37d22abea43005a4535d718bd2472733491d6fe16a60b4033a
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Credentials and base URL, from options or the environment. The key is
 * only ever placed in the auth header; nothing here logs or stores it.
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

export function resolveApiKey(clientName: string, explicit: string | undefined, envVar: string): string {
  const key = explicit ?? readEnv(envVar);
  if (!key) throw new ClientOptionsError(`${clientName}: no API key; pass { apiKey } to create${clientName}Client() or set ${envVar}`);
  return key;
}

export function resolveBaseUrl(explicit: string | undefined, envVar: string, fallback: string): string {
  const url = explicit ?? readEnv(envVar) ?? fallback;
  if (!URL.canParse(url)) throw new ClientOptionsError(`baseUrl "${url}" (option or ${envVar}) is not an absolute URL`);
  // openapi-fetch removes a trailing slash itself.
  return url;
}

export function authHeaders(scheme: AuthScheme, key: string): Record<string, string> {
  return scheme.type === 'apiKey' ? { [scheme.name]: key } : { Authorization: `Bearer ${key}` };
}
