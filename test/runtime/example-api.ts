/** The API definition the runtime tests build clients from, with what each test changes. */
import type { ApiDefinition } from '../../src/runtime/client.js';

export function exampleApi(changes: Partial<ApiDefinition> = {}): ApiDefinition {
  return {
    name: 'Example',
    defaultBaseUrl: 'https://api.example.test',
    apiKeyEnv: 'EXAMPLE_API_KEY',
    baseUrlEnv: 'EXAMPLE_BASE_URL',
    auth: { type: 'apiKey', name: 'x-api-key' },
    operations: { createThing: 'POST /v1/things' },
    errors: {},
    ...changes,
  };
}
