/**
 * The document's security schemes with the manifest's: a manifest scheme
 * added or agreeing with the published one, requirements naming a scheme
 * nothing defines dropped (recorded and warned), schemes no client can send
 * warned about.
 */
import { describe, it } from 'vitest';
import { authScheme } from '../../../src/normalize/assemble/auth-scheme.js';
import type { Manifest } from '../../../src/manifest.js';
import { apiContext, expectPass, manifest, yaml, type Want } from '../given.js';

const BEARER: Manifest['auth'] = { schemes: [{ name: 'bearerAuth', pointer: '/auth', option: 'apiKey', envVar: 'X_API_KEY', securityScheme: { type: 'http', scheme: 'bearer' } }], security: [{ bearerAuth: [] }] };
const NONE: Manifest['auth'] = { schemes: [] };
/** Supabase's repair: the manifest defines `bearer`, which the document requires without defining. */
const SUPPLIES_BEARER: Manifest['auth'] = { schemes: [{ name: 'bearer', pointer: '/auth/schemes/bearer', securityScheme: { type: 'http', scheme: 'bearer' } }] };
const NAMES_ONLY: Manifest['auth'] = { schemes: [{ name: 'token', pointer: '/auth/schemes/token', envVar: 'X_TOKEN' }] };

const SUPABASE_OPERATION = "paths: {/v1/projects: {get: {security: [{bearer: []}, {fga_permissions: [project_admin_read]}], responses: {'200': {description: OK}}}}}\n";

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
  [
    'without manifest auth, the document keeps its own schemes and requirements',
    {
      given: "security: [{basic: []}, {token: [], basic: []}]\ncomponents: {securitySchemes: {basic: {type: http, scheme: basic}, token: {type: apiKey, in: query, name: u}}}\npaths: {/a: {get: {security: [], responses: {'200': {description: OK}}}}}\n",
      auth: NONE,
      want: { document: "security: [{basic: []}, {token: [], basic: []}]\ncomponents: {securitySchemes: {basic: {type: http, scheme: basic}, token: {type: apiKey, in: query, name: u}}}\npaths: {/a: {get: {security: [], responses: {'200': {description: OK}}}}}\n" },
    },
  ],
  [
    'requirements naming undefined schemes are dropped, recorded and warned about, AND requirements whole (Supabase without a manifest)',
    {
      given: `security: [{oauth2: [read]}]\n${SUPABASE_OPERATION}`,
      auth: NONE,
      want: {
        document: "security: []\npaths: {/v1/projects: {get: {security: [], responses: {'200': {description: OK}}}}}\ncomponents: {}\n",
        transformations: [
          { kind: 'security-requirement-dropped', pointer: '/security/0', before: { oauth2: ['read'] } },
          { kind: 'security-requirement-dropped', pointer: '/paths/~1v1~1projects/get/security/0', before: { bearer: [] } },
          { kind: 'security-requirement-dropped', pointer: '/paths/~1v1~1projects/get/security/1', before: { fga_permissions: ['project_admin_read'] } },
        ],
        warnings: [
          { kind: 'security-scheme-undefined', pointer: '/security/0', message: 'requires "oauth2", which no security scheme (of the document or the manifest auth) defines: requirement dropped' },
          { kind: 'security-scheme-undefined', pointer: '/paths/~1v1~1projects/get/security/0' },
          { kind: 'security-scheme-undefined', pointer: '/paths/~1v1~1projects/get/security/1' },
        ],
      },
    },
  ],
  [
    'a scheme the manifest supplies repairs the requirements naming it',
    {
      given: SUPABASE_OPERATION,
      auth: SUPPLIES_BEARER,
      want: {
        document: "paths: {/v1/projects: {get: {security: [{bearer: []}], responses: {'200': {description: OK}}}}}\ncomponents: {securitySchemes: {bearer: {type: http, scheme: bearer}}}\n",
        transformations: [{ kind: 'security-requirement-dropped', pointer: '/paths/~1v1~1projects/get/security/1' }],
        warnings: [{ kind: 'security-scheme-undefined', pointer: '/paths/~1v1~1projects/get/security/1' }],
      },
    },
  ],
  [
    'an AND requirement with one undefined scheme goes whole',
    {
      given: "components: {securitySchemes: {k: {type: apiKey, in: header, name: k}}}\npaths: {/a: {get: {security: [{k: [], missing: []}, {k: []}], responses: {'200': {description: OK}}}}}\n",
      auth: NONE,
      want: {
        document: "components: {securitySchemes: {k: {type: apiKey, in: header, name: k}}}\npaths: {/a: {get: {security: [{k: []}], responses: {'200': {description: OK}}}}}\n",
        transformations: [{ kind: 'security-requirement-dropped', pointer: '/paths/~1a/get/security/0', before: { k: [], missing: [] } }],
        warnings: [{ kind: 'security-scheme-undefined', message: 'requires "missing", which no security scheme (of the document or the manifest auth) defines: requirement dropped' }],
      },
    },
  ],
  [
    'requirements of webhooks and callbacks are checked too',
    {
      given: "components: {securitySchemes: {}}\nwebhooks: {ping: {post: {security: [{gone: []}], responses: {'200': {description: OK}}}}}\n",
      auth: NONE,
      want: { document: "components: {}\nwebhooks: {ping: {post: {security: [], responses: {'200': {description: OK}}}}}\n", transformations: [{ pointer: '/webhooks/ping/post/security/0' }], warnings: [{ pointer: '/webhooks/ping/post/security/0' }] },
    },
  ],
  [
    'schemes no client can send are kept and warned about',
    {
      given: 'components: {securitySchemes: {mtls: {type: mutualTLS}, digest: {type: http, scheme: digest}}}\n',
      auth: NONE,
      want: {
        document: 'components: {securitySchemes: {mtls: {type: mutualTLS}, digest: {type: http, scheme: digest}}}\n',
        warnings: [
          { kind: 'security-scheme-unsupported', pointer: '/components/securitySchemes/mtls', message: 'mutualTLS (a TLS client certificate) is not sent by the generated client: an operation that requires only it cannot be called' },
          { kind: 'security-scheme-unsupported', pointer: '/components/securitySchemes/digest', message: 'http scheme "digest" is not sent by the generated client: an operation that requires only it cannot be called' },
        ],
      },
    },
  ],
  [
    'a manifest scheme that only names options needs the document to define it',
    { given: 'openapi: 3.1.0\n', auth: NAMES_ONLY, want: { error: 'manifest.yaml:#/auth/schemes/token: the document defines no security scheme "token": give its securityScheme' } },
  ],
  [
    'a manifest scheme that only names options, of a scheme the document defines',
    { given: 'components: {securitySchemes: {token: {type: http, scheme: bearer}}}\n', auth: NAMES_ONLY, want: { document: 'components: {securitySchemes: {token: {type: http, scheme: bearer}}}\n' } },
  ],
];

describe('auth-scheme pass', () => {
  it.each(CASES)('%s', async (_name, { given, auth, want }) => {
    const context = apiContext({ manifest: auth ? { ...manifest(), auth } : undefined });
    await expectPass(authScheme, yaml(given), context, want);
  });

  it('is idempotent: its result goes through unchanged, recording nothing', async () => {
    const context = apiContext({ manifest: { ...manifest(), auth: SUPPLIES_BEARER } });
    const once = await authScheme.run(yaml(SUPABASE_OPERATION), context);
    await expectPass(authScheme, structuredClone(once), apiContext({ manifest: { ...manifest(), auth: SUPPLIES_BEARER } }), { document: once });
  });
});
