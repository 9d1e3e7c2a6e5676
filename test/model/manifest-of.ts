/**
 * An inline manifest for model and codegen tests: every field the model
 * reads, with defaults, and `locate` answering with the pointer alone (no
 * file was parsed), so an error names the manifest field.
 */
import type { ErrorShapeSpec, Manifest, PaginationSpec, WaiterSpec } from '../../src/manifest.js';

export interface ManifestFields {
  /** The manifest's auth; default none (the document's own schemes). */
  auth?: Manifest['auth'];
  /** client.errors as written: one shape or a list; default none (derived from the document). */
  errors?: ErrorShapeSpec | ErrorShapeSpec[];
  waiters?: Record<string, Partial<WaiterSpec> & Pick<WaiterSpec, 'operationId' | 'idParameter' | 'items' | 'status'>>;
  /** client.pagination; default none (as recognised by shape). */
  pagination?: Record<string, PaginationSpec | false>;
}

export function manifestOf({ auth = { schemes: [] }, errors, waiters = {}, pagination = {} }: ManifestFields = {}): Manifest {
  return {
    name: 'pets',
    dir: '/specs/pets',
    file: 'specs/pets/manifest.yaml',
    title: 'Pet Store API',
    baseUrl: 'https://pets.example.com',
    auth,
    sources: [{ file: 'raw/pets.yaml' }],
    references: [],
    overlays: [],
    tags: [],
    renames: {},
    lint: {},
    acceptedWarnings: [],
    client: {
      name: 'PetStore',
      package: '@openapi-clients/pets',
      version: '1.2.3',
      baseUrlEnvVar: 'PETS_BASE_URL',
      ...(errors === undefined ? {} : { errorShapes: { listed: Array.isArray(errors), shapes: [errors].flat() } }),
      errors: [errors ?? {}].flat()[0] ?? {},
      waiters: Object.fromEntries(Object.entries(waiters).map(([name, waiter]) => [name, { query: {}, filters: [], terminal: ['done'], ...waiter }])),
      pagination,
    },
    locate: (pointer) => ({ pointer }),
  };
}
