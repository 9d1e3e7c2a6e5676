/**
 * Builds the operation model of one API (types.ts), once per run, from the
 * normalized document and the manifest. A manifest that names an
 * operation, parameter or error field the document does not have fails
 * here, naming the manifest line, rather than in a consumer's program.
 */
import type { Manifest } from '../manifest.js';
import { operations } from '../openapi/operations.js';
import type { JsonObject } from '../openapi/types.js';
import { authModel, requirements } from './auth.js';
import { errorsModel } from './error-shape.js';
import { failAt } from './fail.js';
import { pagedOperations } from './declared-pagination.js';
import { clientMethodNames } from './method-names.js';
import { operationModel } from './operations.js';
import type { ApiModel } from './types.js';
import { waiterModels } from './waiters.js';

export function buildApiModel(manifest: Manifest, document: JsonObject): ApiModel {
  const fail = failAt(manifest);
  const { client } = manifest;
  const found = operations(document);
  const methods = clientMethodNames(found.map(({ operation }) => operation.operationId as string), Object.keys(client.waiters));
  const documentSecurity = requirements(document.security) ?? [];
  const operationModels = found.map((operation, index) => operationModel(document, operation, methods.names[index]!, documentSecurity));
  const errors = errorsModel(client.errorShapes, operationModels, document, fail);
  const auth = authModel(manifest, document, fail);
  return {
    names: {
      api: manifest.name,
      title: manifest.title,
      client: client.name,
      factory: `create${client.name}Client`,
      package: client.package,
      version: client.version,
      baseUrlEnv: client.baseUrlEnvVar,
    },
    // The manifest's, else the document's first server, which normalization checked (assemble/manifest.ts).
    baseUrl: manifest.baseUrl ?? String((document.servers as Array<{ url: unknown }>)[0]!.url),
    auth,
    errors,
    errorShape: errors.shapes[0] ?? {},
    operations: operationModels,
    waiters: waiterModels(client.waiters, operationModels, document, fail),
    paged: pagedOperations(client.pagination, operationModels, document, fail),
    renamedMethods: methods.renamed,
    document,
  };
}
