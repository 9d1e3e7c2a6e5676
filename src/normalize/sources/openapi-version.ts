/**
 * A source may be Swagger 2.0, OpenAPI 3.0.x or 3.1.x (a converted Mintlify
 * page is 3.1); every later pass reads 3.1. Swagger 2.0 is restructured to
 * 3.0 by swagger2openapi (parameters `in: body`/`formData` become request
 * bodies, `consumes`/`produces` become media types, `definitions` become
 * components); what then differs between 3.0 and 3.1 is the schema and
 * example keywords, which the shape passes listed after this one rewrite by
 * shape, as they also appear in documents that say 3.1 (SOURCE_PASSES).
 * So this pass only converts the structure and says `openapi: 3.1.0`.
 * Any other version is refused: its fields would be read with a meaning
 * they do not have, without an error.
 */
import swagger2openapi from 'swagger2openapi';
import { SpecError, firstLine } from '../../errors.js';
import type { JsonObject } from '../../openapi/types.js';
import type { Pass, SourceContext } from '../pass.js';

/** The version every source leaves this pass with. */
export const OPENAPI_VERSION = '3.1.0';

export const openApiVersion: Pass<SourceContext> = {
  name: 'openapi-version',
  async run(document, { locate, report, source }) {
    const fail = (pointer: string, reason: string): never => {
      const { file, location } = locate(pointer);
      throw new SpecError(file, location, reason);
    };
    let upgraded = document;
    const before = isSwagger2(document) ? '2.0' : document.openapi;
    if (document.swagger !== undefined) {
      if (!isSwagger2(document)) fail('/swagger', `Swagger ${String(document.swagger)} is not supported: expected swagger: "2.0", openapi: 3.0.x or openapi: 3.1.x`);
      upgraded = await swagger2ToOpenApi3(document, (reason) => fail('/swagger', reason));
    } else if (typeof document.openapi !== 'string') {
      const { file, location } = locate('');
      throw new SpecError(file, { line: location.line, pointer: '' }, 'not an OpenAPI document: expected `openapi: 3.1.x` (or 3.0.x, or `swagger: "2.0"`) or a Mintlify page with `paths.path` and `paths.method`');
    } else if (!/^3\.[01]\.\d+$/.test(document.openapi)) {
      fail('/openapi', `OpenAPI ${document.openapi} is not supported: expected 3.0.x or 3.1.x (or swagger: "2.0")`);
    }
    if (before === OPENAPI_VERSION || /^3\.1\.\d+$/.test(String(before))) return upgraded;
    upgraded.openapi = OPENAPI_VERSION;
    report.record({
      kind: before === '2.0' ? 'swagger-2-to-openapi-3.1' : 'openapi-3.0-to-3.1',
      source: source.file,
      pointer: '/openapi',
      before: String(before),
      after: OPENAPI_VERSION,
      reason: before === '2.0'
        ? 'Swagger 2.0 restructured by swagger2openapi (body/formData parameters to request bodies, consumes/produces to media types, definitions to components); its 3.0 keywords are rewritten by the shape passes'
        : 'OpenAPI 3.0 and 3.1 differ in schema and example keywords, which the shape passes rewrite; the version follows',
    });
    return upgraded;
  },
};

export function isSwagger2(document: JsonObject): boolean {
  return document.swagger === '2.0' || document.swagger === 2;
}

/**
 * swagger2openapi in memory: nothing is resolved (`resolve: false`, so no
 * file is read and no URL fetched; external `$ref`s are kept and refused by
 * the refs pass), `$ref` siblings are preserved for the ref-siblings and
 * nullable passes (the default drops them, and docker's `description` and
 * `x-nullable` beside `$ref` with them), and what it cannot convert fails
 * instead of being written into the document as `x-s2o-warning`.
 */
async function swagger2ToOpenApi3(document: JsonObject, fail: (reason: string) => never): Promise<JsonObject> {
  try {
    const options = { patch: true, warnOnly: false, resolve: false, resolveInternal: false, refSiblings: 'preserve', direct: true, text: '{}' };
    // `direct: true` makes the promise resolve to the document itself (the types say options).
    return (await swagger2openapi.convertObj(document as never, options as never)) as unknown as JsonObject;
  } catch (error) {
    if (error instanceof SpecError) throw error;
    return fail(`Swagger 2.0 could not be converted to OpenAPI 3: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
}

/**
 * Where a pointer of the converted document was in the Swagger 2.0 source,
 * as near as the restructuring allows (errors then name the published
 * file's line): components were top-level maps, response schemas had no
 * media type, request bodies were parameters (whose indices shift once
 * they are removed, so the operation's list is named).
 */
export function swagger2Pointer(pointer: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^\/components\/schemas(?=\/|$)/, '/definitions'],
    [/^\/components\/securitySchemes(?=\/|$)/, '/securityDefinitions'],
    [/^\/components\/(parameters|responses)(?=\/|$)/, '/$1'],
    [/^(\/paths\/[^/]+\/[^/]+)\/(requestBody|parameters)(\/.*)?$/, '$1/parameters'],
    [/\/content\/[^/]+\/schema(?=\/|$)/, '/schema'],
    [/^\/servers(?=\/|$).*/, '/host'],
  ];
  return rules.reduce((mapped, [pattern, replacement]) => mapped.replace(pattern, replacement), pointer);
}
