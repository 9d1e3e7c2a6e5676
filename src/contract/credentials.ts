/**
 * Credentials as the contract tests handle them, read from the operation
 * model: the options that configure every scheme of an API, and a per-call
 * middleware that takes every credential off a request again (the 401 case:
 * the clients refuse to send a request without the credentials it needs, so
 * the test removes them after the client has put them on).
 */
import type { ApiModel, OperationModel } from '../model/types.js';

/** Every credential option of the API, each set to `value`. */
export function credentialOptions(model: ApiModel, value: string): Record<string, string> {
  return Object.fromEntries(model.auth.credentials.flatMap(({ options }) => options.map((option) => [option, value])));
}

/** The request as the middleware sees it (the clients' PlainRequest). */
interface MutableRequest {
  url: string;
  headers: Headers;
}

/** An openapi-fetch middleware (`{ middleware: [it] }` on one call) removing every header, cookie and query parameter a credential of the API travels in. */
export function withoutCredentials(model: ApiModel): { onRequest(context: { request: MutableRequest }): undefined } {
  return {
    onRequest({ request }) {
      for (const { send } of model.auth.credentials) {
        if (send.type === 'http') request.headers.delete('authorization');
        else if (send.in === 'header') request.headers.delete(send.name);
        else if (send.in === 'cookie') request.headers.delete('cookie');
        else {
          const url = new URL(request.url);
          url.searchParams.delete(send.name);
          request.url = url.href;
        }
      }
      return undefined;
    },
  };
}

/** Whether an operation can only be called with credentials (then Prism answers 401 without them): no alternative is "none". */
export function needsCredentials(operation: OperationModel): boolean {
  return operation.security.length > 0 && operation.security.every((requirement) => requirement.length > 0);
}

/** Every credential's environment variables, each set to `value`: a program's environment that configures every scheme. */
export function credentialVariables(model: ApiModel, value: string): Record<string, string> {
  return Object.fromEntries(model.auth.credentials.flatMap(({ envVars }) => envVars.map((variable) => [variable, value])));
}
