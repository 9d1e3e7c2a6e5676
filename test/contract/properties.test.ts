/**
 * Property tests against Prism, derived from each operation's request body
 * schema: random valid bodies are all accepted, random one-place breakages
 * are all rejected. Seeded and bounded, so a failure replays exactly.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractOperations, successStatus, type ContractApi } from '../../src/contract/apis.js';
import { invalidBodies, validBodies } from '../../src/contract/bodies.js';
import { startPrism, type PrismServer } from '../../src/contract/prism.js';
import { exampleRequest, requestBodyMedia, requestBodyPointer, validationStatus } from '../../src/contract/requests.js';
import { loadSource, type JsonObject } from '../../src/ingest/source.js';
import { convertMintlifyPage } from '../../src/normalize/mintlify.js';
import { NormalizationReport } from '../../src/normalize/report.js';
import { DocumentValidator } from '../../src/normalize/schema-validator.js';
import { componentSchemas } from '../../src/normalize/schema-walk.js';
import { toYaml } from '../../src/output/yaml-writer.js';
import { REPO_ROOT, tempDir } from '../helpers.js';
import { contractApisUnderTest, loadClient, type LoadedClient } from './client.js';

const SEED = 20_261_123;
const RUNS = 50;
const apis = contractApisUnderTest();

describe.each(apis)('$name request bodies', (api) => {
  const validator = new DocumentValidator(api.document);
  let loaded: LoadedClient;
  beforeAll(async () => {
    loaded = await loadClient(api, inject('prism')[api.name]!);
  });

  const withBodies = contractOperations(api.document).filter((operation) => requestBodyMedia(api.document, operation));
  describe.each(withBodies)('$id', (operation) => {
    const pointer = requestBodyPointer(operation);
    const example = exampleRequest(api.document, operation);

    it(`accepts ${RUNS} random bodies valid against the schema`, async () => {
      await fc.assert(
        fc.asyncProperty(validBodies(api.document, pointer, validator), async (body) => {
          const result = await loaded.client[operation.id]!({ ...example, body });
          expect(result.response.status, JSON.stringify({ body, error: result.error, violations: result.response.headers.get('sl-violations') })).toBe(successStatus(operation.operation));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });

    it(`rejects ${RUNS} random one-place breakages of valid bodies`, async () => {
      await fc.assert(
        fc.asyncProperty(invalidBodies(api.document, pointer, validator), async (mutation) => {
          const result = await loaded.client[operation.id]!({ ...example, body: mutation.body });
          expect(result.response.status, `${mutation.kind} at ${mutation.at}: ${JSON.stringify(mutation.body)}`).toBe(validationStatus(operation));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  });
});

/**
 * The regression guard for the enum fix: the same property, against a Prism
 * serving the published AnchorProxy (a `oneOf` over four identical enums),
 * must fail: every proxy with a `type` matches four branches.
 */
describe('the raw, un-normalized proxy schema', () => {
  const anchor = apis.find((api) => api.name === 'anchorbrowser') as ContractApi;
  let prism: PrismServer;
  let loaded: LoadedClient;

  beforeAll(async () => {
    const raw = convertMintlifyPage(loadSource(join(REPO_ROOT, 'specs/anchorbrowser/raw/v1-create-task.md')), new NormalizationReport());
    const document = structuredClone(anchor.document);
    componentSchemas(document).AnchorProxy = componentSchemas(raw).AnchorProxy as JsonObject;
    const file = join(tempDir(), 'raw-proxy.yaml');
    writeFileSync(file, toYaml(document));
    prism = await startPrism(file);
    loaded = await loadClient(anchor, prism.url);
  });

  afterAll(async () => {
    await prism?.stop();
  });

  it('is caught by the property test: proxies valid under the normalized schema are rejected', async () => {
    const validator = new DocumentValidator(anchor.document);
    // Any valid Anchor proxy that names its type, sent the way the guide does, in a task's browser configuration.
    const proxies = validBodies(anchor.document, '/components/schemas/AnchorProxy', validator).filter((proxy) => typeof (proxy as { type?: unknown }).type === 'string');
    const property = (client: LoadedClient) =>
      fc.asyncProperty(proxies, async (proxy) => {
        const result = await client.client.createTask!({ body: { name: 'web-scraper', language: 'typescript', browserConfiguration: { proxy } } });
        return result.response.status === 200;
      });
    // The normalized document's Prism accepts them all…
    const normalized = await loadClient(anchor, inject('prism')[anchor.name]!);
    expect((await fc.check(property(normalized), { seed: SEED, numRuns: RUNS })).failed).toBe(false);
    // …the published schema's Prism rejects them, so the property test would catch a regression of the enum fix.
    const outcome = await fc.check(property(loaded), { seed: SEED, numRuns: RUNS });
    expect(outcome.failed).toBe(true);
    const [proxy] = outcome.counterexample as [{ type: string }];
    expect(['anchor_proxy', 'anchor_residential', 'anchor_mobile', 'anchor_gov']).toContain(proxy.type);
  });
});
