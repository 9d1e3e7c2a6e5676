/** A failing line of a generated file, mapped back to what it was written for in the document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clientPass } from '../../src/codegen/client.js';
import { behindLine, behindSchemaLine, type Behind } from '../../src/codegen/diagnostic-pointer.js';
import { bannerInfo } from '../../src/codegen/types.js';
import { loadManifest } from '../../src/manifest.js';
import { buildApiModel } from '../../src/model/build.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { FIXTURE_API } from '../helpers.js';

const SCHEMA = `export interface paths {
    "/v1/task/{taskId}": {
        get: operations["getTask"];
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Anchor Proxy */
        AnchorProxy: {
            active: boolean;
        };
        "Odd.Name-1": {
            region?: string;
        };
    };
    responses: never;
}
export interface operations {
    getTask: {
        parameters: {
            path: { taskId: string };
        };
    };
}
`;
const lineOf = (text: string) => SCHEMA.split('\n').indexOf(text) + 1;

const CASES: Array<[string, { line: number; want: Behind | undefined }]> = [
  ['a line inside a path item', { line: lineOf('        get: operations["getTask"];'), want: { pointer: '/paths/~1v1~1task~1{taskId}' } }],
  ['a property of a schema component', { line: lineOf('            active: boolean;'), want: { pointer: '/components/schemas/AnchorProxy' } }],
  ['a quoted component name', { line: lineOf('            region?: string;'), want: { pointer: '/components/schemas/Odd.Name-1' } }],
  ['the line naming the component itself', { line: lineOf('        AnchorProxy: {'), want: { pointer: '/components/schemas/AnchorProxy' } }],
  ['a components member with no name below it', { line: lineOf('    responses: never;'), want: { pointer: '/components/responses' } }],
  ['an operation, by its operationId', { line: lineOf('            path: { taskId: string };'), want: { reference: 'operations["getTask"]' } }],
  ['a line above every interface', { line: 0, want: undefined }],
];

describe('behindSchemaLine', () => {
  it.each(CASES)('%s', (_name, { line, want }) => expect(behindSchemaLine(SCHEMA, line)).toEqual(want));
});

describe('behindLine (client.ts, enums.ts)', () => {
  it.each([
    ['    listThings(options: operations["listThings"]["parameters"]) {', { reference: 'operations["listThings"]' }],
    ['export const x = [] as const satisfies components["schemas"]["Status"][];', { pointer: '/components/schemas/Status' }],
    ['const y = 1;', undefined],
  ] as Array<[string, Behind | undefined]>)('%s', (line, want) => expect(behindLine(line)).toEqual(want));
});

describe("the waiter's generated lines", () => {
  it('name the polled operation on every line the manifest gave values for', () => {
    const fixture = join(FIXTURE_API.specs, FIXTURE_API.name);
    const document = parse(readFileSync(join(fixture, 'openapi.yaml'), 'utf8')) as JsonObject;
    const model = buildApiModel(loadManifest(fixture), document);
    const [edit] = clientPass.edits(undefined as never, { model, project: new Project({ useInMemoryFileSystem: true }), banner: bannerInfo({ text: 'x', path: 'openapi.yaml' }), reserved: new Set() });
    const lines = edit!.text.split('\n').filter((line) => /\bquery: \{|=> body|\(id: /.test(line));
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.includes('page: 1, limit: 1, version: options.version'))).toBe(true);
    for (const line of lines) expect(behindLine(line)).toEqual({ reference: 'operations["listTaskExecutions"]' });
  });
});
