import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/source.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { fixEnumOneOfs, warnAmbiguousOneOfs } from '../../src/normalize/enums.js';
import { convertMintlifyPage } from '../../src/normalize/mintlify.js';
import { NormalizationReport } from '../../src/normalize/report.js';
import { DocumentValidator } from '../../src/schema-validator.js';
import { REPO_ROOT } from '../helpers.js';

/** The published Anchor components (from the create-task page), as OpenAPI. */
function anchorComponents(): JsonObject {
  const file = 'specs/anchorbrowser/raw/v1-create-task.md';
  return convertMintlifyPage(parseSource(readFileSync(join(REPO_ROOT, file), 'utf8'), file), new NormalizationReport());
}

const schemas = (document: JsonObject) => (document.components as JsonObject).schemas as Record<string, JsonObject>;
const COUNTRY_LISTS = ['AnchorProxyCountryCode', 'ResidentialCountryCode', 'MobileCountryCode', 'GovCountryCode'];
const PROXY_TYPES = ['anchor_proxy', 'anchor_residential', 'anchor_mobile', 'anchor_gov'];
const TYPE_POINTER = '/components/schemas/AnchorProxy/properties/type';
const COUNTRY_POINTER = '/components/schemas/AnchorProxy/properties/country_code';

describe('fixEnumOneOfs (a): oneOf over identical enums', () => {
  it('as published, every proxy type fails validation', () => {
    const validator = new DocumentValidator(anchorComponents());
    for (const type of PROXY_TYPES) expect(validator.validate(TYPE_POINTER, type)).not.toEqual([]);
  });

  it('becomes const branches that keep each title and description; each value matches once', () => {
    const document = anchorComponents();
    const before = structuredClone((schemas(document).AnchorProxy!.properties as JsonObject).type as JsonObject);
    const report = new NormalizationReport();
    fixEnumOneOfs(document, report);
    const type = (schemas(document).AnchorProxy!.properties as JsonObject).type as JsonObject;
    expect(type.oneOf).toEqual(
      (before.oneOf as JsonObject[]).map((branch) => ({ const: branch.title, title: branch.title, description: branch.description })),
    );
    expect(type.description).toBe(before.description);
    const validator = new DocumentValidator(document);
    for (const value of PROXY_TYPES) expect(validator.validate(TYPE_POINTER, value)).toEqual([]);
    expect(validator.validate(TYPE_POINTER, 'bogus')).not.toEqual([]);
    expect(report.transformations.map((t) => t.kind)).toContain('enum-identical-oneof-to-const');
  });

  it('keeps branches whose titles do not name one value each, as anyOf', () => {
    const document: JsonObject = {
      components: { schemas: { T: { oneOf: [{ enum: ['a', 'b'], title: 'x' }, { enum: ['a', 'b'], title: 'y' }] } } },
    };
    fixEnumOneOfs(document, new NormalizationReport());
    expect(schemas(document).T).toEqual({ anyOf: [{ enum: ['a', 'b'], title: 'x' }, { enum: ['a', 'b'], title: 'y' }] });
  });
});

describe('fixEnumOneOfs (b): oneOf over overlapping enums', () => {
  const document = anchorComponents();
  const raw = new DocumentValidator(structuredClone(document));
  fixEnumOneOfs(document, new NormalizationReport());
  const fixed = new DocumentValidator(document);
  const lists = COUNTRY_LISTS.map((name) => schemas(document)[name]!.enum as string[]);
  const allCodes = [...new Set(lists.flat())];

  it('as published, a code shared by the lists (us) fails', () => {
    expect(raw.validate(COUNTRY_POINTER, 'us')).not.toEqual([]);
  });

  it('accepts every code of every list, and no stays the string "no"', () => {
    expect(allCodes).toContain('no');
    for (const code of allCodes) expect(fixed.validate(COUNTRY_POINTER, code), code).toEqual([]);
  });

  it('rejects a code in no list, and a boolean false', () => {
    expect(fixed.validate(COUNTRY_POINTER, 'zz')).not.toEqual([]);
    expect(fixed.validate(COUNTRY_POINTER, false)).not.toEqual([]);
  });

  it('keeps the four named lists as components', () => {
    const countryCode = (schemas(document).AnchorProxy!.properties as JsonObject).country_code as JsonObject;
    expect(countryCode.anyOf).toEqual(COUNTRY_LISTS.map((name) => ({ $ref: `#/components/schemas/${name}` })));
  });
});

describe('warnAmbiguousOneOfs (c)', () => {
  it('warns with the pointer when two branches can match one instance', () => {
    const document: JsonObject = {
      components: {
        schemas: {
          Shape: { oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'string' } } }] },
        },
      },
    };
    const report = new NormalizationReport();
    warnAmbiguousOneOfs(document, report);
    expect(report.warnings).toEqual([
      { kind: 'oneof-may-overlap', pointer: '/components/schemas/Shape/oneOf', message: 'oneOf branches 0 and 1 may both match one instance (oneOf then rejects it)' },
    ]);
  });

  it('stays quiet on ProxyConfig once the proxy type is fixed (a required type tells the branches apart)', () => {
    const document = anchorComponents();
    const report = new NormalizationReport();
    fixEnumOneOfs(document, report);
    warnAmbiguousOneOfs(document, report);
    expect(report.warnings).toEqual([]);
  });

  it('stays quiet on disjoint types and disjoint consts', () => {
    const document: JsonObject = {
      components: { schemas: { A: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, B: { oneOf: [{ const: 1 }, { const: 2 }] } } },
    };
    const report = new NormalizationReport();
    warnAmbiguousOneOfs(document, report);
    expect(report.warnings).toEqual([]);
  });
});
