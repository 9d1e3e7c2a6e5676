/** The manifest's security scheme under its name, agreeing with a published one. */
import { describe, it } from 'vitest';
import { authScheme } from '../../../src/normalize/assemble/auth-scheme.js';
import type { Manifest } from '../../../src/manifest.js';
import { apiContext, expectPass, manifest, yaml, type Want } from '../given.js';

const BEARER: Manifest['auth'] = { schemeName: 'bearerAuth', envVar: 'X_API_KEY', securityScheme: { type: 'http', scheme: 'bearer' } };

const CASES: Array<[string, { given: string; auth?: Manifest['auth']; want: Want }]> = [
  ['none published: the manifest scheme is added', { given: 'openapi: 3.1.0\n', want: { document: 'openapi: 3.1.0\ncomponents: {securitySchemes: {api_key_header: {type: apiKey, in: header, name: x-api-key}}}\n' } }],
  [
    'a published scheme that agrees keeps its description',
    {
      given: 'components: {securitySchemes: {api_key_header: {type: apiKey, in: header, name: x-api-key, description: The key}}}\n',
      want: { document: 'components: {securitySchemes: {api_key_header: {type: apiKey, in: header, name: x-api-key, description: The key}}}\n' },
    },
  ],
  [
    'the HTTP scheme is compared case-insensitively, the manifest spelling wins',
    {
      given: 'components: {securitySchemes: {bearerAuth: {type: http, scheme: Bearer}}}\n',
      auth: BEARER,
      want: { document: 'components: {securitySchemes: {bearerAuth: {type: http, scheme: bearer}}}\n' },
    },
  ],
  [
    'a published scheme that disagrees fails naming the manifest field',
    {
      given: 'components: {securitySchemes: {api_key_header: {type: apiKey, in: query, name: key}}}\n',
      want: { error: 'manifest.yaml:#/auth/securityScheme: auth disagrees with the sources\' security scheme "api_key_header" ({"type":"apiKey","in":"query","name":"key"})' },
    },
  ],
  ['other schemes are left as published', { given: 'components: {securitySchemes: {other: {type: http, scheme: basic}}}\n', want: { document: 'components: {securitySchemes: {other: {type: http, scheme: basic}, api_key_header: {type: apiKey, in: header, name: x-api-key}}}\n' } }],
];

describe('auth-scheme pass', () => {
  it.each(CASES)('%s', async (_name, { given, auth, want }) => {
    const context = apiContext({ manifest: auth ? { ...manifest(), auth } : undefined });
    await expectPass(authScheme, yaml(given), context, want);
  });
});
