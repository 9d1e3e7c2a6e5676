/**
 * A generated client for an API whose manifest says nothing about auth:
 * the document's schemes (basic, an apiKey in a header and one in the
 * query, oauth2) become one typed option each, with its variable (two
 * apiKey schemes are named after themselves); the
 * built package, called for real, sends per operation the first
 * requirement it has credentials for; and strict tsc accepts each option
 * and refuses one the API does not have.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { REPO_ROOT, runGenerate, tempDir, writeTree } from '../helpers.js';

const run = promisify(execFile);
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };

const DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'Vault API', version: '1.0.0' },
  servers: [{ url: 'https://vault.example.test/v1' }],
  // OR: an OAuth access token, or basic auth AND the query key together.
  security: [{ oauth: ['read'] }, { basic: [], queryKey: [] }],
  paths: {
    '/secrets': { get: { operationId: 'listSecrets', summary: 'List secrets', responses: ok } },
    '/health': { get: { operationId: 'health', summary: 'Health', security: [], responses: ok } },
    '/admin': { get: { operationId: 'admin', summary: 'Administer', security: [{ adminToken: [] }], responses: ok } },
  },
  components: {
    securitySchemes: {
      basic: { type: 'http', scheme: 'basic' },
      adminToken: { type: 'apiKey', in: 'header', name: 'X-Admin-Token', description: 'An admin token.' },
      queryKey: { type: 'apiKey', in: 'query', name: 'key' },
      oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://vault.example.test/token', scopes: { read: 'Read secrets' } } } },
      mtls: { type: 'mutualTLS' },
    },
  },
};

let root: string;
let generated: Awaited<ReturnType<typeof runGenerate>>;
const dir = () => join(root, 'generated', 'vault');

beforeAll(async () => {
  root = tempDir('openapi-clients-credentials-');
  // No baseUrl and no auth: both come from the document.
  writeTree({ 'specs/vault/manifest.yaml': 'title: Vault API\nsources:\n  - file: openapi.yaml\n', 'specs/vault/openapi.yaml': stringify(DOCUMENT) }, root);
  generated = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--quiet']);
  // The package imports openapi-fetch: resolve it from the toolchain, as an installed consumer would have it.
  if (generated.code === 0) symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a client from the document’s own security', () => {
  it('generates, warning about the scheme it cannot send', () => {
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir(), 'normalization-report.json'), 'utf8')) as { warnings: Array<{ kind: string; pointer: string }> };
    expect(report.warnings.filter((warning) => warning.kind.startsWith('security-'))).toEqual([expect.objectContaining({ kind: 'security-scheme-unsupported', pointer: '/components/securitySchemes/mtls' })]);
  });

  it('has one typed option per scheme, each with its variable', () => {
    const client = readFileSync(join(dir(), 'src', 'client.ts'), 'utf8');
    const options = client.slice(client.indexOf('export interface VaultClientOptions'), client.indexOf('const definition'));
    expect([...options.matchAll(/^ {4}(\w+)\?: string;$/gm)].map(([, name]) => name)).toEqual(['adminToken', 'username', 'password', 'accessToken', 'queryKey']);
    for (const variable of ['$VAULT_ADMIN_TOKEN', '$VAULT_BASIC_USERNAME', '$VAULT_BASIC_PASSWORD', '$VAULT_OAUTH', '$VAULT_QUERY_KEY']) expect(options).toContain(variable);
    expect(options).toContain('An admin token.');
  });

  it('sends, per operation, the first requirement it has credentials for, and refuses one it has none for', async () => {
    const program = `
      const { createVaultClient, ClientOptionsError } = await import(${JSON.stringify(join(dir(), 'dist', 'index.js'))});
      const seen = [];
      const fetch = async (url, init) => {
        const headers = new Headers(init.headers);
        seen.push({ url, authorization: headers.get('authorization'), admin: headers.get('x-admin-token') });
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      };
      const basic = createVaultClient({ fetch, username: 'ann', password: 'pw', queryKey: 'k1' });
      await basic.listSecrets();
      await basic.health();
      const refused = await basic.admin().then(() => 'sent', (error) => error instanceof ClientOptionsError ? error.message : String(error));
      const oauth = createVaultClient({ fetch, accessToken: 'tok', adminToken: 'adm' });
      await oauth.listSecrets();
      await oauth.admin();
      console.log(JSON.stringify({ seen, refused }));
    `;
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', program], { cwd: root, timeout: 30_000 });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      seen: [
        { url: 'https://vault.example.test/v1/secrets?key=k1', authorization: `Basic ${btoa('ann:pw')}`, admin: null },
        { url: 'https://vault.example.test/v1/health', authorization: null, admin: null },
        { url: 'https://vault.example.test/v1/secrets', authorization: 'Bearer tok', admin: null },
        { url: 'https://vault.example.test/v1/admin', authorization: null, admin: 'adm' },
      ],
      refused: 'Vault: GET /admin needs credentials; pass { adminToken } to createVaultClient() or set VAULT_ADMIN_TOKEN',
    });
  });

  it('type-checks each option, and refuses one the API does not have', async () => {
    writeFileSync(
      join(root, 'consumer.ts'),
      [
        `import { createVaultClient } from ${JSON.stringify(join(dir(), 'dist', 'index.js'))};`,
        "createVaultClient({ accessToken: 'a', adminToken: 'b', username: 'c', password: 'd', queryKey: 'e', timeoutMs: 1 });",
        '// @ts-expect-error apiKey is not an option of this API (two apiKey schemes are named after themselves)',
        "createVaultClient({ apiKey: 'a' });",
        '// @ts-expect-error a credential is a string',
        'createVaultClient({ accessToken: 1 });',
        '',
      ].join('\n'),
    );
    const result = await run(process.execPath, [TSC, '--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', join(root, 'consumer.ts')], { cwd: root }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  });
});
