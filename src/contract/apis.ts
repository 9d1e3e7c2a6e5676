/**
 * The APIs a contract run covers: every manifest under `specs/` whose
 * normalized document is in `generated/`. Everything the tests do is derived
 * from these documents, so a new operation is tested without new test code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isObject, type JsonObject } from '../openapi/types.js';
import { discoverManifests, type Manifest } from '../manifest.js';
import { firstSuccessStatus, operations } from '../openapi/operations.js';

export interface ContractApi {
  name: string;
  manifest: Manifest;
  documentPath: string;
  document: JsonObject;
  /** The generated package's source entry, e.g. `generated/anchorbrowser/src/index.ts`. */
  packageEntry: string;
  factory: string;
  /** The header that carries the key, to remove it in the no-credentials contract. */
  authHeader: string;
}

export interface ContractOperation {
  id: string;
  method: string;
  path: string;
  operation: JsonObject;
  pathItem: JsonObject;
}

export function contractApis(specsDir: string, generatedDir: string): ContractApi[] {
  return discoverManifests(specsDir).map((manifest) => {
    const documentPath = join(generatedDir, manifest.name, 'openapi.yaml');
    const scheme = manifest.auth.securityScheme;
    return {
      name: manifest.name,
      manifest,
      documentPath,
      document: parse(readFileSync(documentPath, 'utf8')) as JsonObject,
      packageEntry: join(generatedDir, manifest.name, 'src', 'index.ts'),
      factory: `create${manifest.client.name}Client`,
      authHeader: scheme.type === 'apiKey' ? scheme.name! : 'Authorization',
    };
  });
}

export function contractOperations(document: JsonObject): ContractOperation[] {
  return [...operations(document)].map(({ path, method, operation, pathItem }) => ({ id: operation.operationId as string, method, path, operation, pathItem }));
}

/** Documented statuses of an operation, e.g. `["200", "400", "500"]`. */
export function documentedStatuses(operation: JsonObject): string[] {
  return isObject(operation.responses) ? Object.keys(operation.responses) : [];
}

export function successStatus(operation: JsonObject): number {
  const status = firstSuccessStatus(operation);
  if (!status) throw new Error(`operation ${String(operation.operationId)} documents no 2xx response`);
  return Number(status);
}
