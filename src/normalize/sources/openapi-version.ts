/**
 * A source must be OpenAPI 3.1 (a converted Mintlify page is). Swagger 2.0
 * and OpenAPI 3.0 are refused with how to convert them: their schemas and
 * references mean other things, and reading them as 3.1 would be wrong
 * without an error. Anything else is not a spec.
 */
import { SpecError } from '../../errors.js';
import type { Pass, SourceContext } from '../pass.js';

export const openApiVersion: Pass<SourceContext> = {
  name: 'openapi-version',
  run(document, { locate }) {
    const fail = (pointer: string, reason: string): never => {
      const { file, location } = locate(pointer);
      throw new SpecError(file, location, reason);
    };
    if (typeof document.swagger === 'string') {
      fail('/swagger', `Swagger ${document.swagger} is not supported: convert it to OpenAPI 3.1 first (e.g. swagger2openapi, then set openapi: 3.1.0)`);
    }
    if (typeof document.openapi !== 'string') {
      const { file, location } = locate('');
      throw new SpecError(file, { line: location.line, pointer: '' }, 'not an OpenAPI document: expected `openapi: 3.1.x` or a Mintlify page with `paths.path` and `paths.method`');
    }
    if (!/^3\.1\.\d+$/.test(document.openapi)) fail('/openapi', `OpenAPI ${document.openapi} is not supported: expected 3.1.x`);
    return document;
  },
};
