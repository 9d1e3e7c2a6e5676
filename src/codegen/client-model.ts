/**
 * What the client file derives from the API model (src/model/): the
 * runtime's definition object, and the TypeScript a waiter is typed and
 * read with. Spec names reach these strings only through escape.ts.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ApiModel, CredentialModel, WaiterModel } from '../model/types.js';
import type { ApiDefinition } from '../runtime/client.js';
import { indexKey, propertyAccess, propertyKey, RuntimeCall } from './escape.js';
import { hasEvents } from './routes.js';

/** The definition as `literal` prints it: each credential's sender is a call to the runtime kind it needs. */
type DefinitionLiteral = Omit<ApiDefinition, 'credentials' | 'events' | 'operations'> & { credentials: Record<string, { send: RuntimeCall; options: readonly string[]; env: readonly string[] }>; events?: RuntimeCall };

/**
 * What `createApiClient` is given, but the routes: names, defaults,
 * credentials and requirements, the error pointers, the event-stream
 * reader where the API streams. The routes are the routes module's, all of
 * them or those a consumer picks (client.ts).
 */
export function clientDefinition(model: ApiModel): DefinitionLiteral {
  return {
    name: model.names.client,
    defaultBaseUrl: model.baseUrl,
    baseUrlEnv: model.names.baseUrlEnv,
    credentials: Object.fromEntries(model.auth.credentials.map((credential) => [credential.scheme, { send: senderCall(credential.send), options: credential.options, env: credential.envVars }])),
    security: model.auth.security,
    // Only where an operation differs from the document: most operations inherit its requirements.
    operationSecurity: Object.fromEntries(model.operations.filter((operation) => !isDeepStrictEqual(operation.security, model.auth.security)).map((operation) => [operation.route, operation.security])),
    errors: model.errors.shapes,
    // The event-stream reader, only where an operation may stream: other clients do not bundle it.
    ...(hasEvents(model) ? { events: new RuntimeCall('readStreamed') } : {}),
  };
}

/** The runtime sender of a credential kind (src/runtime/auth.ts): only the kinds an API uses are imported, and bundled. */
export function senderCall(send: CredentialModel['send']): RuntimeCall {
  if (send.type === 'http') return new RuntimeCall(send.scheme);
  return new RuntimeCall(`${send.in}Key`, [send.name]);
}

/** The member as declared in an interface: `id` or `"meta/root"`. */
export function memberName(id: string): string {
  return propertyKey(id);
}

/** `.id` or `["id"]`, to follow an expression. */
export function memberAccess(id: string): string {
  return propertyAccess(id);
}

/** TypeScript type of the polled operation's success body. */
export function waiterBodyType(waiter: WaiterModel): string {
  return `operations${indexKey(waiter.operation.id)}["responses"][${waiter.success.status}]["content"]${indexKey(waiter.success.json.type)}`;
}

/** TypeScript type of one polled item: its component, or the list's element type. */
export function waiterItemType(waiter: WaiterModel): string {
  if (waiter.itemComponent !== undefined) return `components["schemas"]${indexKey(waiter.itemComponent)}`;
  return `${waiter.itemsPath.reduce((type, segment) => `NonNullable<${type}>${indexKey(segment)}`, waiterBodyType(waiter))}[number]`;
}

/** The newest item of `body`, as an optional-chained expression. */
export function waiterNewestExpression(waiter: WaiterModel): string {
  return `body${waiter.itemsPath.map((segment) => propertyAccess(segment, true)).join('')}?.[0]`;
}
