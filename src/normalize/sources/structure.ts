/**
 * The structure of a source, checked as published, before any other pass
 * reads it: a keyword of the wrong type (`type: bool`, `required: title`,
 * `properties` a list, `enum` a string, `minimum: "5"`, `items` a list of
 * anything but schemas, `$ref` a number, a parameter `in: body` in 3.x or
 * `in: cookie` in 2.0) is one line naming the raw file, its line and the
 * pointer the user wrote, with what was expected and what was found.
 * Checked later, on the normalized document, such a problem was reported
 * with converted pointers (a Swagger 2.0 `#/definitions/…` as
 * `#/components/schemas/…`), or reached a pass that assumed the type first.
 *
 * The check is Redocly's `struct` rule with the types of the source's own
 * version (2.0 for Swagger; 3.1 for 3.0 and 3.1 alike, as every later pass
 * reads both by shape), keeping only problems of a value's type: a missing
 * or unknown field is the final validation's (it may be added or renamed by
 * a pass, and is reported there), and the earlier drafts' shapes the source
 * passes rewrite (a boolean `exclusiveMinimum`, a draft-3 boolean
 * `required`, a tuple as an `items` list of schemas) are not problems here.
 * Only local references are followed: ingest has bundled or refused every
 * other one, and this resolver reads no file and no URL.
 */
import { BaseResolver, createConfig, lintDocument, Oas3_1Types, Source } from '@redocly/openapi-core';
import { SpecError } from '../../errors.js';
import { parsePointer, resolvePointer } from '../../openapi/pointer.js';
import type { JsonObject } from '../../openapi/types.js';
import { guardRedoclyTypes } from '../../redocly-types.js';
import type { BundledSource } from '../../ingest/bundle.js';
import type { Located, Pass, SourceContext } from '../pass.js';
import { isMintlifyPage } from './mintlify.js';
import { isSwagger2 } from './openapi-version.js';
import { isTupleList } from './tuple-items.js';

export interface StructureProblem {
  pointer: string;
  /** What was expected and what was found, e.g. `expected an array, found the string "title"`. */
  reason: string;
}

export const structure: Pass<SourceContext> = {
  name: 'structure',
  async run(document, { source }) {
    const problem = await firstStructureProblem(document);
    if (problem) {
      const { file, location } = locateAsPublished(source.loaded as BundledSource, problem.pointer);
      // A component bundled from another file is named by its pointer in that file.
      throw new SpecError(file, { pointer: problem.pointer, ...location }, problem.reason);
    }
    return document;
  },
};

/** A pointer of the source as read, in the file that holds it (a bundled component: its own file). */
function locateAsPublished(loaded: BundledSource, pointer: string): Located {
  return loaded.locateFile?.(pointer) ?? { file: loaded.file, location: loaded.locate(pointer) };
}

/** What Redocly's resolver throws for `$ref: '#/components/schemas/A'` inside A itself. */
const SELF_REFERENCE = 'Self-referencing circular pointer';

/** Reads nothing: a reference that is not local resolves to nothing, and `struct` does not look at it. */
class LocalOnlyResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    throw new Error(`not read: ${absoluteRef}`);
  }
}

/**
 * The first structural problem of `document` in document order (Redocly's
 * walk), or undefined. A Mintlify page is not OpenAPI but for its
 * `components`, which are checked at the page's own pointers (its `paths` are
 * checked once converted, by the final validation); a document of a version
 * this toolchain refuses is the openapi-version pass's to name.
 */
export async function firstStructureProblem(document: JsonObject): Promise<StructureProblem | undefined> {
  if (isMintlifyPage(document)) {
    const { components } = document;
    return components === undefined ? undefined : firstStructureProblem({ openapi: '3.1.0', info: { title: 'page', version: '0' }, paths: {}, components });
  }
  const swagger2 = isSwagger2(document);
  if (!swagger2 && !/^3\.[01]\.\d+$/.test(String(document.openapi))) return undefined;
  guardRedoclyTypes();
  const config = await createConfig({ rules: { struct: 'error' }, resolve: { doNotResolveExamples: true } } as never);
  // A JSON copy: Redocly keys what it has seen by object identity (see verify/validate.ts).
  const text = JSON.stringify(document);
  let problems: Awaited<ReturnType<typeof lintDocument>>;
  try {
    problems = await lintDocument({
      document: { source: new Source('source.json', text), parsed: JSON.parse(text) as JsonObject },
      config: config.styleguide,
      externalRefResolver: new LocalOnlyResolver(),
      ...(swagger2 ? {} : { customTypes: Oas3_1Types }),
    });
  } catch (error) {
    // Redocly throws on a `$ref` that only leads back to itself; the ref-cycles pass names it, with its line.
    if (error instanceof Error && error.message === SELF_REFERENCE) return undefined;
    throw error;
  }
  for (const problem of problems) {
    const pointer = problem.location[0]?.pointer?.replace(/^#/, '') ?? '';
    const reason = typeProblem(problem.message, pointer, document);
    if (reason !== undefined) return { pointer, reason };
  }
  return undefined;
}

/** `struct`'s message as "expected …, found …" when it is about a value's type; undefined for any other problem. */
export function typeProblem(message: string, pointer: string, document: JsonObject): string | undefined {
  const value = resolvePointer(document, pointer);
  const key = parsePointer(pointer).at(-1);
  if (isRepairedShape(key, value)) return undefined;
  const found = describe(value);
  const container = /^Expected type `(\w+)` \((object|array)\) but got `\w+`/.exec(message);
  if (container) return `expected ${container[2] === 'object' ? 'an object' : 'a list'} (${objectName(container[1]!)}), found ${found}`;
  const scalar = /^Expected type `([\w,]+)` but got `\w+`/.exec(message);
  if (scalar) return `expected ${scalar[1]!.split(',').map(typeName).join(' or ')}, found ${found}`;
  const oneOf = /^`[^`]+` can be one of the following only: (.*?)\.?$/.exec(message);
  if (oneOf) return `expected one of ${oneOf[1]}, found ${found}`;
  const bound = /^The value of the \S+ field must be greater than or equal to (\S+)/.exec(message);
  if (bound) return `expected a number of at least ${bound[1]}, found ${found}`;
  // Redocly reads only a string `$ref` as a reference: any other is an unknown field to it.
  if (key === '$ref' && typeof value !== 'string') return `expected a string (a reference), found ${found}`;
  return undefined;
}

/** Earlier drafts' shapes the source passes rewrite into 3.1 (exclusive-bounds, schema-keywords, tuple-items). */
function isRepairedShape(key: string | undefined, value: unknown): boolean {
  if (key === 'items') return isTupleList(value);
  return typeof value === 'boolean' && (key === 'exclusiveMinimum' || key === 'exclusiveMaximum' || key === 'required');
}

/** Redocly's type names, as a reader of the specification knows them. */
function objectName(type: string): string {
  const names: Record<string, string> = {
    SchemaProperties: 'property names to schemas',
    Schema: 'a Schema Object',
    ParameterList: 'Parameter Objects',
    ParameterItems: 'the items of a list parameter',
    NamedSchemas: 'schema names to schemas',
    MediaTypesMap: 'media types to Media Type Objects',
    Responses: 'status codes to Response Objects',
    Paths: 'paths to Path Items',
  };
  return names[type] ?? `${type.replace(/([a-z])([A-Z])/g, '$1 $2')}`;
}

function typeName(type: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'an object', integer: 'an integer', number: 'a number', string: 'a string', boolean: 'a boolean', null: 'null' };
  return names[type] ?? type;
}

/** The value found, short enough for one line: its type, and a scalar's value (a string cut at 40 characters). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return `the ${typeof value} ${String(value)}`;
}
