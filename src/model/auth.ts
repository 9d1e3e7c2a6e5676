/**
 * How a client authenticates, from the normalized document's security
 * schemes and requirements, with the manifest's option and variable names:
 * one credential per scheme the runtime can send, and for the document and
 * each operation the requirements to choose from.
 *
 * Names are derived so that a scheme's option reads as what it holds and
 * never changes with document order: `apiKey` (an apiKey), `bearerToken`
 * (http bearer), `accessToken` (oauth2, openIdConnect), `username` and
 * `password` (http basic), when the API has one scheme of that kind;
 * otherwise the scheme's name in camelCase (`tokenAuthentication`,
 * `basicAuthenticationUsername`). Variables are `<API>_<SCHEME>` (basic:
 * `_USERNAME`, `_PASSWORD`). The manifest may name either.
 */
import { envVarWord, RESERVED_OPTIONS, type Manifest, type ManifestScheme } from '../manifest.js';
import { camelCase } from '../openapi/names.js';
import { resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import type { Fail } from './fail.js';
import type { AuthModel, CredentialModel, SecurityModel } from './types.js';

type Send = CredentialModel['send'];

export function authModel(manifest: Manifest, document: JsonObject, fail: Fail): AuthModel {
  const published = isObject(document.components) && isObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  const sendable = Object.entries(published).flatMap(([name, written]) => {
    const scheme = resolveLocal(document, written);
    const send = sendAs(scheme);
    return send ? [{ name, send, kind: kindName(scheme as JsonObject), description: descriptionOf(scheme) }] : [];
  });
  const overrides = new Map(manifest.auth.schemes.map((scheme) => [scheme.name, scheme]));
  const kinds = new Map<string, number>();
  for (const { name, kind } of sendable) if (!overrides.get(name)?.option) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const taken = new Set<string>(RESERVED_OPTIONS);
  const variables = new Map<string, string>([[manifest.client.baseUrlEnvVar, 'the base URL']]);
  const credentials = sendable.map(({ name, send, kind, description }): CredentialModel => {
    const override = overrides.get(name);
    const base = override?.option ?? (kinds.get(kind) === 1 ? kind : camelCase(name));
    const options = send.type === 'http' && send.scheme === 'basic'
      ? (base === '' ? ['username', 'password'] : [`${base}Username`, `${base}Password`])
      : [base];
    const envVars = environmentVariables(manifest, name, send, override);
    for (const [index, option] of options.entries()) {
      if (taken.has(option)) fail(override?.pointer ?? '/auth', `scheme "${name}" would take client option "${option}", which is ${RESERVED_OPTIONS.has(option) ? "one of the client's own options" : 'taken by another scheme'}: name another under auth.schemes.${name}.option`);
      taken.add(option);
      const variable = envVars[index]!;
      const other = variables.get(variable);
      if (other) fail(override?.pointer ?? '/auth', `scheme "${name}" would read $${variable}, which is already ${other}'s: name another under auth.schemes.${name}.envVar`);
      variables.set(variable, `scheme "${name}"`);
    }
    return { scheme: name, send, options, envVars, ...(description ? { description } : {}) };
  });
  return { credentials, security: requirements(document.security) ?? [] };
}

/** The requirements of a `security` list as scheme names (scopes are the server's business); undefined when there is no list. */
export function requirements(security: unknown): SecurityModel | undefined {
  if (!Array.isArray(security)) return undefined;
  return security.filter(isObject).map((requirement) => Object.keys(requirement));
}

/** How the runtime sends a scheme's credential, or undefined for one it cannot send (mutualTLS, http digest…). */
export function sendAs(scheme: unknown): Send | undefined {
  if (!isObject(scheme)) return undefined;
  if (scheme.type === 'apiKey' && typeof scheme.name === 'string' && (scheme.in === 'header' || scheme.in === 'query' || scheme.in === 'cookie')) {
    return { type: 'apiKey', in: scheme.in, name: scheme.name };
  }
  const http = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
  if (scheme.type === 'http' && (http === 'bearer' || http === 'basic')) return { type: 'http', scheme: http };
  // An OAuth 2 or OpenID Connect access token is sent as a bearer token (RFC 6750); getting one is the caller's business.
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return { type: 'http', scheme: 'bearer' };
  return undefined;
}

/** The option a scheme of this kind gets when it is the API's only one ('' for basic: `username`, `password`). */
function kindName(scheme: JsonObject): string {
  if (scheme.type === 'apiKey') return 'apiKey';
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return 'accessToken';
  return String(scheme.scheme).toLowerCase() === 'basic' ? '' : 'bearerToken';
}

function environmentVariables(manifest: Manifest, scheme: string, send: Send, override: ManifestScheme | undefined): string[] {
  const derived = `${envVarWord(manifest.name)}_${envVarWord(scheme)}`;
  if (send.type === 'http' && send.scheme === 'basic') return [override?.envVar ?? `${derived}_USERNAME`, override?.passwordEnvVar ?? `${derived}_PASSWORD`];
  return [override?.envVar ?? derived];
}

function descriptionOf(scheme: unknown): string | undefined {
  return isObject(scheme) && typeof scheme.description === 'string' ? scheme.description : undefined;
}
