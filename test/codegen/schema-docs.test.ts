/**
 * What a component's doc comment says: its title and description, except a
 * title that only labels the case a condition selects the component for.
 */
import { describe, expect, it } from 'vitest';
import { componentDocs, documentForTypes } from '../../src/codegen/schema-docs.js';
import type { JsonObject } from '../../src/openapi/types.js';

/** A proxy whose `country_code` list depends on its `type`, as Anchor's does; the lists are titled by their case. */
const proxies: JsonObject = {
  components: {
    schemas: {
      Proxy: {
        title: 'Proxy settings',
        type: 'object',
        properties: { type: { enum: ['home', 'mobile'] }, country_code: { anyOf: [{ $ref: '#/components/schemas/HomeCodes' }, { $ref: '#/components/schemas/MobileCodes' }] } },
        allOf: [
          { if: { properties: { type: { const: 'home' } }, required: ['type'] }, then: { properties: { country_code: { $ref: '#/components/schemas/HomeCodes' } } } },
          { if: { properties: { type: { const: 'mobile' } }, required: ['type'] }, then: { properties: { country_code: { $ref: '#/components/schemas/MobileCodes' } } } },
        ],
      },
      HomeCodes: { title: 'home', description: 'ISO codes.', enum: ['de', 'fr'] },
      MobileCodes: { title: 'Mobile country codes', enum: ['de'], deprecated: true },
      Plain: { type: 'string' },
    },
  },
};

describe('component docs', () => {
  it.each<[string, unknown]>([
    ['HomeCodes', { summary: 'What `Proxy.country_code` allows when `type` is `"home"`.', description: 'ISO codes.', deprecated: false }],
    ['MobileCodes', { summary: 'Mobile country codes', deprecated: true }],
    ['Proxy', { summary: 'Proxy settings', deprecated: false }],
    ['Plain', { deprecated: false }],
  ])('%s', (name, want) => {
    expect(componentDocs(proxies).get(name)).toEqual(want);
  });

  it('reach openapi-typescript as the title, leaving the document itself alone', () => {
    const forTypes = documentForTypes(proxies);
    const schemas = (document: JsonObject) => (document.components as { schemas: Record<string, { title?: string }> }).schemas;
    expect(schemas(forTypes).HomeCodes!.title).toBe('What `Proxy.country_code` allows when `type` is `"home"`.');
    expect(schemas(forTypes).MobileCodes!.title).toBe('Mobile country codes');
    expect(schemas(proxies).HomeCodes!.title).toBe('home');
  });

  it('give openapi-typescript the document itself when no title is a case label', () => {
    const plain: JsonObject = { components: { schemas: { Plain: { title: 'A plain string', type: 'string' } } } };
    expect(documentForTypes(plain)).toBe(plain);
  });
});
