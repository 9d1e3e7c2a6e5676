import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers.js';
import { portIsOpen, startPrism, type PrismServer } from '../../../src/contract/prism.js';

const VALID_TASK = {
  name: 'web-scraper',
  language: 'typescript',
  browserConfiguration: { proxy: { active: true, type: 'anchor_proxy', country_code: 'us' } },
};
const BOGUS_TASK = { ...VALID_TASK, browserConfiguration: { proxy: { ...VALID_TASK.browserConfiguration.proxy, type: 'bogus' } } };

describe('Prism 5.14.2 on the normalized Anchor document', () => {
  let prism: PrismServer;

  beforeAll(async () => {
    prism = await startPrism(join(REPO_ROOT, 'generated', 'anchorbrowser', 'openapi.yaml'));
  });

  afterAll(async () => {
    await prism.stop();
    expect(await portIsOpen(prism.port)).toBe(false);
  });

  const post = (path: string, body: unknown) =>
    fetch(`${prism.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'anchor-api-key': 'test-key' },
      body: JSON.stringify(body),
    });

  it('accepts the create-task body with an anchor_proxy in us', async () => {
    const response = await post('/v1/task', VALID_TASK);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { id: string } }).data.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects the same body with type "bogus", naming the field in its violations', async () => {
    const response = await post('/v1/task', BOGUS_TASK);
    // POST /v1/task documents 400 "Invalid request or validation failed", which
    // Prism serves for invalid requests in preference to its generic 422.
    expect(response.status).toBe(400);
    expect(response.headers.get('sl-violations')).toContain('browserConfiguration.proxy');
  });

  it('answers 422 for the same invalid proxy where no 400 is documented (run by name)', async () => {
    const response = await post('/v1/task/run/web-scraper', { overrideBrowserConfiguration: BOGUS_TASK.browserConfiguration });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain('overrideBrowserConfiguration.proxy');
  });

  it('applies the anchor_proxy country list, and rejects the pages’ older proxy types', async () => {
    const withProxy = (proxy: object) => ({ ...VALID_TASK, browserConfiguration: { proxy: { active: true, ...proxy } } });
    expect((await post('/v1/task', withProxy({ type: 'anchor_proxy', country_code: 'de' }))).status).toBe(200);
    expect((await post('/v1/task', withProxy({ country_code: 'no' }))).status).toBe(200);
    // Burundi is in no list of the complete document.
    expect((await post('/v1/task', withProxy({ type: 'anchor_proxy', country_code: 'bi' }))).status).toBe(400);
    expect((await post('/v1/task', withProxy({ type: 'anchor_residential', country_code: 'de' }))).status).toBe(400);
  });
});
