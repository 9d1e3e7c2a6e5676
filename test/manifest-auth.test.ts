/**
 * The manifest's `auth`: optional, the single-scheme shape every manifest
 * had, or `schemes` (option and variable names, a definition the document
 * lacks) with an optional document requirement; each mistake one line
 * naming the field.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../src/manifest.js';
import { writeTree } from './helpers.js';

/** An API folder whose manifest has `auth` as given (YAML lines under `auth:`, or none). */
function load(auth: string | undefined, baseUrl = 'https://api.example.test') {
  const manifest = ['title: Test API', `baseUrl: ${baseUrl}`, ...(auth === undefined ? [] : ['auth:', auth]), 'sources:', '  - file: raw/a.yaml', ''].join('\n');
  return loadManifest(join(writeTree({ 'my-api/manifest.yaml': manifest, 'my-api/raw/a.yaml': 'openapi: 3.1.0\n' }), 'my-api'));
}

describe('manifest auth', () => {
  it('is optional: the document decides, and the base URL variable is <API>_BASE_URL', () => {
    const manifest = load(undefined);
    expect(manifest.auth).toEqual({ schemes: [] });
    expect(manifest.client.baseUrlEnvVar).toBe('MY_API_BASE_URL');
  });

  it('reads the single-scheme shape as one scheme sent as apiKey that is the document requirement', () => {
    const manifest = load('  schemeName: bearerAuth\n  envVar: MY_API_KEY\n  securityScheme: {type: http, scheme: bearer}');
    expect(manifest.auth).toEqual({
      schemes: [{ name: 'bearerAuth', pointer: '/auth', option: 'apiKey', envVar: 'MY_API_KEY', securityScheme: { type: 'http', scheme: 'bearer' } }],
      security: [{ bearerAuth: [] }],
    });
    expect(manifest.client.baseUrlEnvVar).toBe('MY_BASE_URL');
  });

  it('reads schemes: a definition the document lacks, option and variable names, and a requirement', () => {
    const manifest = load(
      [
        '  schemes:',
        '    bearer: {securityScheme: {type: http, scheme: bearer}, option: accessToken, envVar: SUPABASE_ACCESS_TOKEN}',
        '    basicAuth: {envVar: LOB_API_KEY, passwordEnvVar: LOB_PASSWORD}',
        '    oauth: {securityScheme: {type: oauth2, flows: {clientCredentials: {tokenUrl: "https://id.example/token", scopes: {}}}}}',
        '  security: [{bearer: []}, {}]',
      ].join('\n'),
    );
    expect(manifest.auth).toEqual({
      schemes: [
        { name: 'bearer', pointer: '/auth/schemes/bearer', securityScheme: { type: 'http', scheme: 'bearer' }, option: 'accessToken', envVar: 'SUPABASE_ACCESS_TOKEN' },
        { name: 'basicAuth', pointer: '/auth/schemes/basicAuth', envVar: 'LOB_API_KEY', passwordEnvVar: 'LOB_PASSWORD' },
        { name: 'oauth', pointer: '/auth/schemes/oauth', securityScheme: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://id.example/token', scopes: {} } } } },
      ],
      security: [{ bearer: [] }, {}],
    });
  });

  it.each([
    ['a field it does not know', '  scheme: {}', /#\/auth\/scheme: unknown field "scheme": expected schemes or security$/],
    ['schemes that are not a map', '  schemes: [bearer]', /#\/auth\/schemes: expected a map of security scheme name to/],
    ['a scheme name that is not a component name', '  schemes: {"a b": {}}', /#\/auth\/schemes\/a b: expected a component name/],
    ['an unknown scheme field', '  schemes: {a: {env: X}}', /#\/auth\/schemes\/a\/env: unknown field "env"/],
    ['an option that is not a camelCase name', '  schemes: {a: {option: "x-y"}}', /#\/auth\/schemes\/a\/option: expected a camelCase option name such as "accessToken", got "x-y"$/],
    ['an option the client has', '  schemes: {a: {option: baseUrl}}', /#\/auth\/schemes\/a\/option: "baseUrl" is one of the client's own options$/],
    ['two schemes with one option', '  schemes: {a: {option: key}, b: {option: key}}', /#\/auth\/schemes\/b\/option: option "key" is also the option of scheme "a"$/],
    ['a variable that closes a comment', '  schemes: {a: {envVar: "X */ y"}}', /#\/auth\/schemes\/a\/envVar: expected an environment variable name/],
    ['an apiKey name with CRLF', '  schemes: {a: {securityScheme: {type: apiKey, in: query, name: "k\\r\\nx"}}}', /#\/auth\/schemes\/a\/securityScheme\/name: expected an HTTP header name/],
    ['mutualTLS, which no client sends', '  schemes: {a: {securityScheme: {type: mutualTLS}}}', /#\/auth\/schemes\/a\/securityScheme\/type: unknown auth kind "mutualTLS": expected apiKey, http, oauth2 or openIdConnect$/],
    ['oauth2 without flows', '  schemes: {a: {securityScheme: {type: oauth2}}}', /#\/auth\/schemes\/a\/securityScheme\/flows: oauth2 auth needs `flows`/],
    ['http digest', '  schemes: {a: {securityScheme: {type: http, scheme: digest}}}', /#\/auth\/schemes\/a\/securityScheme\/scheme: http auth needs `scheme: bearer \| basic`$/],
    ['a requirement list of another shape', '  security: {bearer: []}', /#\/auth\/security: expected a list of security requirements such as \[\{bearer: \[\]\}\]$/],
    ['basic in the single-scheme shape (one key cannot be a username and a password)', '  schemeName: b\n  envVar: K\n  securityScheme: {type: http, scheme: basic}', /#\/auth\/securityScheme\/scheme: basic auth needs a username and a password: declare it under auth.schemes$/],
  ])('refuses %s, naming the field', (_, auth, message) => {
    expect(() => load(auth)).toThrow(message);
  });
});
