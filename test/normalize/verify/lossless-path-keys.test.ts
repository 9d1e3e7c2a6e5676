/**
 * The lossless proof across path-key rewrites: an operation moved to
 * another key is found there (its renamed path parameters too), and one
 * merged into another is explained by the merge entry. Without the
 * recorded entries the same result loses those facts.
 */
import { describe, expect, it } from 'vitest';
import { operationIdCharacters } from '../../../src/normalize/repair/operation-id-characters.js';
import { pathKeys } from '../../../src/normalize/repair/path-keys.js';
import { checkLossless } from '../../../src/normalize/verify/lossless.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { apiContext, manifest, source, yaml } from '../given.js';

const RAW = `openapi: 3.1.0
paths:
  /Contacts/{ContactID}:
    get: {operationId: getContact, parameters: [{name: ContactID, in: path, required: true, schema: {type: string}}], responses: {'200': {description: A contact}}}
  /Contacts/{ContactNumber}:
    get:
      operationId: getContactByNumber
      description: Finds a contact by its number.
      parameters: [{name: ContactNumber, in: path, required: true, description: The contact number, schema: {type: string}}]
      responses: {'200': {description: The contact by number}}
  /Items/{ItemCode}:
    delete: {parameters: [{name: ItemCode, in: path, required: true, schema: {type: string}}], responses: {'204': {description: Deleted}}}
  /Items/{ItemID}:
    get: {parameters: [{name: ItemID, in: path, required: true, schema: {type: string}}], responses: {'200': {description: An item}}}
    put: {parameters: [{name: ItemID, in: path, required: true, schema: {type: string}}], responses: {'200': {description: Updated}}}
  '/conversations#stream':
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {stream: {const: true}}}}}}
      responses: {'200': {description: Events}}
  /conversations:
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {inputs: {type: string}}}}}}
      responses: {'200': {description: A conversation}}
`;

async function normalized() {
  const context = apiContext({ sources: [source('api.yaml', RAW)], manifest: manifest("pathKeys: {'/conversations#stream': merge}") });
  const document = await pathKeys.run(yaml(RAW), context);
  return { document, report: context.report };
}

describe('lossless proof after path-key rewrites', () => {
  it('finds moved operations under their new key and explains merged ones by their entry', async () => {
    const { document, report } = await normalized();
    expect(Object.keys(document.paths as object).sort()).toEqual(['/Contacts/{ContactID}', '/Items/{ItemID}', '/conversations']);
    expect(checkLossless([yaml(RAW)], document, report).missing).toEqual([]);
  });

  it('loses the moved and merged operations when the entries are not recorded', async () => {
    const { document } = await normalized();
    const missing = checkLossless([yaml(RAW)], document, new NormalizationReport()).missing.map(({ kind, key }) => `${kind} ${key}`);
    expect(missing).toEqual(
      expect.arrayContaining([
        'operation GET /Contacts/{ContactNumber}',
        'parameter GET /Contacts/{ContactNumber} path:ContactNumber',
        'description Finds a contact by its number.',
        'operation DELETE /Items/{ItemCode}',
        'parameter DELETE /Items/{ItemCode} path:ItemCode',
        'operation POST /conversations#stream',
        'property POST /conversations#stream body application/json.stream',
      ]),
    );
  });

  it('does not let a move explain a fact its new key lacks', async () => {
    const { document, report } = await normalized();
    // The moved DELETE loses its (renamed) path parameter after the rewrite.
    const paths = document.paths as Record<string, Record<string, { parameters?: unknown[] }>>;
    delete paths['/Items/{ItemID}']!.delete!.parameters;
    const missing = checkLossless([yaml(RAW)], document, report).missing.map(({ kind, key }) => `${kind} ${key}`);
    expect(missing).toEqual(['parameter DELETE /Items/{ItemCode} path:ItemCode']);
  });

  it('finds the form fields of both operations of a merge by shape (Box #refresh) in the merged anyOf body, and misses a field the merge would drop', async () => {
    const raw = `openapi: 3.1.0
paths:
  /oauth2/token: {post: {requestBody: {content: {application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Code'}}}}, responses: {'200': {description: A token}}}}
  '/oauth2/token#refresh': {post: {requestBody: {content: {application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Refresh'}}}}, responses: {'200': {description: A token}}}}
components:
  schemas:
    Code: {type: object, properties: {grant_type: {type: string}, code: {type: string}}}
    Refresh: {type: object, properties: {grant_type: {type: string}, refresh_token: {type: string}}}
`;
    const context = apiContext({ sources: [source('api.yaml', raw)] });
    const document = await pathKeys.run(yaml(raw), context);
    expect(context.report.transformations.map(({ kind }) => kind)).toEqual(['path-operations-merged']);
    expect(checkLossless([yaml(raw)], document, context.report).missing).toEqual([]);
    // The target's own form fields are found only through the anyOf: replace it by the other member and one is lost.
    const body = (document.paths as Record<string, Record<string, { requestBody: { content: Record<string, { schema: unknown }> } }>>)['/oauth2/token']!.post!.requestBody.content['application/x-www-form-urlencoded']!;
    body.schema = { $ref: '#/components/schemas/Refresh' };
    expect(checkLossless([yaml(raw)], document, context.report).missing.map(({ kind, key }) => `${kind} ${key}`)).toEqual(['parameter POST /oauth2/token formData:code']);
  });

  it("finds a published operationId with '#' (Box's put_…_schema#add) under its new route and rewritten id, and reports it missing without the rewrite's entry", async () => {
    const raw = `openapi: 3.1.0\npaths:\n  /schema: {get: {operationId: getSchema, responses: {'200': {description: OK}}}}\n  '/schema#add': {put: {operationId: 'put_schema#add', responses: {'200': {description: OK}}}}\n`;
    const context = apiContext({ sources: [source('api.yaml', raw)] });
    const document = await operationIdCharacters.run(await pathKeys.run(yaml(raw), context), context);
    expect(context.report.transformations.map(({ kind }) => kind)).toEqual(['path-operation-moved', 'operation-id-rewritten']);
    expect(checkLossless([yaml(raw)], document, context.report).missing).toEqual([]);
    const withoutRewrite = new NormalizationReport();
    for (const entry of context.report.transformations) if (entry.kind !== 'operation-id-rewritten') withoutRewrite.record(entry);
    expect(checkLossless([yaml(raw)], document, withoutRewrite).missing.map(({ kind, key }) => `${kind} ${key}`)).toEqual(['operation-id PUT /schema#add put_schema#add']);
  });
});
