/** The API definition the runtime tests build clients from, with what each test changes. */
import { headerKey, senderOf, type AuthScheme } from '../../src/runtime/auth.js';
import type { ApiDefinition } from '../../src/runtime/client.js';

export function exampleApi(changes: Partial<ApiDefinition> = {}): ApiDefinition {
  return {
    name: 'Example',
    defaultBaseUrl: 'https://api.example.test',
    baseUrlEnv: 'EXAMPLE_BASE_URL',
    credentials: { apiKeyAuth: { send: headerKey('x-api-key'), options: ['apiKey'], env: ['EXAMPLE_API_KEY'] } },
    security: [['apiKeyAuth']],
    operations: { createThing: 'POST /v1/things' },
    operationSecurity: {},
    errors: [],
    ...changes,
  };
}

/** The example API's one scheme sent another way, still as option `apiKey` from EXAMPLE_API_KEY. */
export function sentAs(send: AuthScheme): Pick<ApiDefinition, 'credentials'> {
  return { credentials: { apiKeyAuth: { send: senderOf(send), options: ['apiKey'], env: ['EXAMPLE_API_KEY'] } } };
}
