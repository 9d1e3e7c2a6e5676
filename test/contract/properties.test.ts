/**
 * Property tests against Prism, derived from each operation's request body
 * schema: random valid bodies are all accepted, random one-place breakages
 * are all rejected. Seeded and bounded, so a failure replays exactly. (A
 * regression guard tied to one API's published schema is that API's own,
 * in test/apis/<api>/.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { successStatus } from '../../src/contract/apis.js';
import { invalidBodies, validBodies } from '../../src/contract/bodies.js';
import { exampleRequest, validationStatus } from '../../src/contract/requests.js';
import { DocumentValidator } from '../../src/schema-validator.js';
import { contractApisUnderTest, loadClient, PROPERTY_RUNS as RUNS, PROPERTY_SEED as SEED, type LoadedClient } from './client.js';

const apis = contractApisUnderTest();

describe.each(apis)('$name request bodies', (api) => {
  const validator = new DocumentValidator(api.document);
  let loaded: LoadedClient;
  beforeAll(async () => {
    loaded = await loadClient(api, inject('prism')[api.name]!);
  });

  const withBodies = api.model.operations.filter((operation) => operation.requestBody?.json);
  describe.each(withBodies)('$id', (operation) => {
    const pointer = operation.requestBody!.json!.schemaPointer;
    const example = exampleRequest(api.document, operation);

    it(`accepts ${RUNS} random bodies valid against the schema`, async () => {
      await fc.assert(
        fc.asyncProperty(validBodies(api.document, pointer, validator), async (body) => {
          const result = await loaded.client[operation.id]!({ ...example, body });
          expect(result.response.status, JSON.stringify({ body, error: result.error, violations: result.response.headers.get('sl-violations') })).toBe(successStatus(operation));
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
