/**
 * The APIs a contract run covers: every manifest under `specs/` whose
 * normalized document is in `generated/`, with its operation model built
 * once from both (src/model/). Everything the tests do is derived from the
 * model, so a new operation is tested without new test code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { JsonObject } from '../openapi/types.js';
import { discoverManifests, type Manifest } from '../manifest.js';
import { buildApiModel } from '../model/build.js';
import type { ApiModel, OperationModel } from '../model/types.js';

export interface ContractApi {
  name: string;
  manifest: Manifest;
  /** The normalized document Prism serves, e.g. `generated/<api>/openapi.yaml`. */
  documentPath: string;
  document: JsonObject;
  model: ApiModel;
  /** The generated package's source entry, e.g. `generated/<api>/src/index.ts`. */
  packageEntry: string;
}

export function contractApis(specsDir: string, generatedDir: string): ContractApi[] {
  return discoverManifests(specsDir).map((manifest) => contractApi(manifest, generatedDir));
}

/** One API of a contract run, from its manifest and its normalized document under `generatedDir`. */
export function contractApi(manifest: Manifest, generatedDir: string): ContractApi {
  const documentPath = join(generatedDir, manifest.name, 'openapi.yaml');
  const document = parse(readFileSync(documentPath, 'utf8')) as JsonObject;
  return {
    name: manifest.name,
    manifest,
    documentPath,
    document,
    model: buildApiModel(manifest, document),
    packageEntry: join(generatedDir, manifest.name, 'src', 'index.ts'),
  };
}

/** The status of the operation's first documented 2xx response. */
export function successStatus(operation: OperationModel): number {
  if (!operation.success) throw new Error(`operation ${operation.id} documents no 2xx response`);
  return Number(operation.success.status);
}

/** Documented error statuses Prism can be asked for (`Prefer: code=404`): the concrete ones, not `4XX` or `default`. */
export function errorStatuses(operation: OperationModel): string[] {
  return operation.errorResponses.map((response) => response.status).filter((status) => /^[45]\d\d$/.test(status));
}
