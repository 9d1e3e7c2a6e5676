/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/auth.ts, copied verbatim
 * Source sha256: ffd6dcf315f856f689ae15faad335d3cb3f424bf7545da8fa029673647589fc3
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Credentials and base URL, from options or the environment, normalized and
 * checked once. A credential is only ever placed where its scheme says (a
 * header, the query, a cookie): nothing here logs, stores or prints it, not
 * even in the errors about it.
 */
import { ClientOptionsError } from './errors.js';

/**
 * How an API wants a credential, from its security scheme: an apiKey in a
 * header, the query or a cookie; a bearer token (oauth2 and openIdConnect
 * access tokens too); or HTTP basic (username and password).
 */
export type AuthScheme =
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { type: 'http'; scheme: 'bearer' | 'basic' };

/**
 * How one scheme's credential goes on a request. Each kind is an export of
 * its own and a generated client imports only the kinds its API uses, so a
 * bundler leaves the others out.
 */
export interface Sender {
  /** Puts the credential on the request; a header replaces one of the same name. */
  put(request: { url: string; headers: Headers }, values: readonly string[]): void;
  /** Why a trimmed value cannot be sent this way, beyond what every credential is checked for. */
  refuse?(value: string, index: number): string | false;
  /** What reveals the credential as sent besides its values: basic's encoded pair. */
  encoded?(values: readonly string[]): string[];
}

export const headerKey = (name: string): Sender => ({ put: ({ headers }, [value]) => headers.set(name, value!) });

export const queryKey = (name: string): Sender => ({
  put(request, [value]) {
    request.url += `${request.url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(value!)}`;
  },
});

export const cookieKey = (name: string): Sender => ({
  // Joins the cookies the request already has.
  put: ({ headers }, [value]) => headers.set('cookie', [headers.get('cookie'), `${name}=${value}`].filter(Boolean).join('; ')),
  refuse: (value) => /[\s;,"\\]/.test(value) && 'has a character a cookie value cannot hold',
});

export const bearer: Sender = { put: ({ headers }, [token]) => headers.set('Authorization', `Bearer ${token}`) };

const basicPair = ([username, password]: readonly string[]) => btoa(`${username}:${password}`);

export const basic: Sender = {
  put: ({ headers }, values) => headers.set('Authorization', `Basic ${basicPair(values)}`),
  refuse: (value, index) => index === 0 && value.includes(':') && 'has a colon, which a basic username cannot hold',
  encoded: (values) => [basicPair(values)],
};

/** The sender of a scheme described as data (tests, untyped callers); generated clients name their kinds directly. */
export function senderOf(scheme: AuthScheme): Sender {
  if (scheme.type === 'http') return scheme.scheme === 'bearer' ? bearer : basic;
  return (scheme.in === 'header' ? headerKey : scheme.in === 'query' ? queryKey : cookieKey)(scheme.name);
}

/** One scheme's credential: how it is sent, and the options (basic: username, password) and environment variables it is read from. */
export interface CredentialDefinition {
  send: Sender;
  options: readonly string[];
  env: readonly string[];
}

/**
 * Security requirements: alternatives (the first whose credentials are all
 * configured is sent), each the scheme names it needs together. `[]` as an
 * alternative sends nothing; an empty list needs no credentials.
 */
export type Requirements = ReadonlyArray<readonly string[]>;

/** Reads an environment variable where there is one (Node, Deno, Bun); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  // An empty variable counts as unset.
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
}

/**
 * Each scheme's credential that is configured (an option, else its
 * variable), trimmed as Headers would trim it (a secret file ends with a
 * newline; trim() also drops a BOM) and checked: only visible ASCII and
 * inner spaces pass (a header value cannot hold CR, LF or NUL, and Headers'
 * own TypeError would quote the whole value); a cookie value also no `;`,
 * `,`, `"`, `\` or space, and a basic username no `:`. A basic scheme is
 * configured by its username; its password defaults to empty (Lob sends its
 * key as the username). Schemes with nothing configured are left out.
 */
export function resolveCredentials(clientName: string, credentials: Readonly<Record<string, CredentialDefinition>>, options: object): Map<string, string[]> {
  const resolved = new Map<string, string[]>();
  for (const [scheme, { send, options: names, env }] of Object.entries(credentials)) {
    const values = names.map((option, index) => {
      const explicit = (options as Record<string, unknown>)[option];
      if (explicit !== undefined && typeof explicit !== 'string') throw new ClientOptionsError(`${clientName}: options.${option} must be a string`);
      const raw = explicit ?? readEnv(env[index]!);
      if (raw === undefined) return undefined;
      const value = raw.trim();
      const problem = !value ? index === 0 && 'is blank' : /[^ -~]/.test(value) ? 'has a control or non-ASCII character' : send.refuse?.(value, index);
      if (problem) throw new ClientOptionsError(`${clientName}: ${explicit === undefined ? env[index] : `options.${option}`} ${problem}`);
      return value;
    });
    if (values[0] !== undefined) resolved.set(scheme, values.map((value) => value ?? ''));
  }
  return resolved;
}

/** The first alternative whose schemes are all configured: what to send, or undefined when none is. */
export function chooseRequirement(requirements: Requirements, resolved: Map<string, string[]>): readonly string[] | undefined {
  if (requirements.length === 0) return [];
  return requirements.find((requirement) => requirement.every((scheme) => resolved.has(scheme)));
}

/** Every string that reveals a credential as sent: its values, and what its sender derives from them. */
export function secretsOf(credentials: Readonly<Record<string, CredentialDefinition>>, resolved: Map<string, string[]>): string[] {
  return [...resolved].flatMap(([scheme, values]) => [...values, ...(credentials[scheme]!.send.encoded?.(values) ?? [])]).filter(Boolean);
}

/** How a client can be given what `requirements` need, for errors: `pass { apiKey } to createXClient() or set X_API_KEY`. */
export function howToConfigure(clientName: string, requirements: Requirements, credentials: Readonly<Record<string, CredentialDefinition>>): string {
  return requirements.map((requirement) => {
    const known = requirement.map((scheme) => credentials[scheme]);
    if (known.some((definition) => !definition)) return `schemes ${requirement.join(' and ')} (which this client cannot send)`;
    const options = known.flatMap((definition) => definition!.options);
    const variables = known.flatMap((definition) => definition!.env);
    return `pass { ${options.join(', ')} } to create${clientName}Client() or set ${variables.join(' and ')}`;
  }).join('; or ');
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
