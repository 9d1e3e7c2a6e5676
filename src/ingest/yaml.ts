import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';
import { firstLine, SpecError, type SourceLocation } from '../errors.js';
import { parsePointer, toPointer } from '../openapi/pointer.js';
import { setOwn } from '../openapi/own.js';

/**
 * More aliases than this in one document is treated as an alias bomb
 * ("billion laughs"). Real spec pages use a handful (`&ref_0` three times).
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Aliases are expanded into copies, so a few aliases of a large node can
 * still multiply the document (99 aliases of a 148 KB schema made 19 MB and
 * ran for minutes). The copies together may hold at most this many values
 * (objects, arrays and scalars; a 1 MB schema is roughly 40,000).
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * Deeper documents are refused: every later pass, the YAML writer and the
 * code generators recurse through the tree. GitHub's REST API is 22 deep.
 */
export const MAX_NESTING_DEPTH = 128;

export interface ParsedYaml {
  value: unknown;
  /** Line and column (1-based, in the original file) of the node at `pointer`. */
  locate(pointer: string): SourceLocation;
}

/**
 * Parses YAML 1.2 (core schema: `no` stays a string). `lineOffset` is the
 * number of lines before the YAML inside its file, so errors from a fenced
 * block in a Markdown page point at the page's own lines.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    // Checked below in linear time: yaml compares each key with every earlier one.
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter,
  });
  const firstError = document.errors[0];
  if (firstError) {
    const position = lineCounter.linePos(firstError.pos[0]);
    throw new SpecError(
      file,
      { line: position.line + lineOffset, column: position.col },
      /Maximum call stack/.test(firstError.message)
        ? `invalid YAML: nested too deeply to parse (documents deeper than ${MAX_NESTING_DEPTH} levels are refused)`
        : `invalid YAML: ${firstLine(firstError.message)}`,
    );
  }
  const duplicate = firstDuplicateKey(document);
  if (duplicate) {
    const position = lineCounter.linePos(duplicate.range?.[0] ?? 0);
    throw new SpecError(file, { line: position.line + lineOffset, column: position.col }, `invalid YAML: duplicate key ${JSON.stringify(String(duplicate.value))} (map keys must be unique)`);
  }
  let shared: unknown;
  try {
    // maxAliasCount stops alias bombs early; toJS returns one shared object
    // per anchor, so the tree is copied to make every `*ref_0` its own object.
    shared = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new SpecError(
      file,
      { line: 1 + lineOffset },
      `YAML aliases expand beyond the limit of ${MAX_ALIAS_COUNT} (possible alias bomb): ${firstLine(String((error as Error).message))}`,
    );
  }
  const value = unshare(shared, (pointer, reason, { withPointer }) => {
    const { pointer: _pointer, ...position } = locateInDocument(document, lineCounter, pointer, lineOffset);
    throw new SpecError(file, withPointer ? { ...position, pointer } : position, reason);
  });
  return {
    value,
    locate: (pointer) => locateInDocument(document, lineCounter, pointer, lineOffset),
  };
}

/**
 * A copy in which no object or array appears twice (aliases resolved to
 * fresh copies), within MAX_NESTING_DEPTH and MAX_ALIAS_EXPANSION. The
 * depth is checked before descending, so the recursion stays shallow.
 */
function unshare(root: unknown, fail: (pointer: string, reason: string, options: { withPointer: boolean }) => never): unknown {
  const seen = new Set<object>();
  let copied = 0;
  const path: string[] = [];
  const copy = (value: unknown, insideAlias: boolean): unknown => {
    if (insideAlias && ++copied > MAX_ALIAS_EXPANSION) {
      fail(toPointer(path), `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values: expand them in the source, or use $ref`, { withPointer: true });
    }
    if (value === null || typeof value !== 'object') return value;
    // Only the line: the pointer would be 128 tokens long.
    if (path.length >= MAX_NESTING_DEPTH) fail(toPointer(path), `nested more than ${MAX_NESTING_DEPTH} levels deep`, { withPointer: false });
    const repeated = insideAlias || seen.has(value);
    seen.add(value);
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    const result: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    for (const [key, inner] of entries) {
      path.push(String(key));
      setOwn(result, key, copy(inner, repeated));
      path.pop();
    }
    return result;
  };
  return copy(root, false);
}

/**
 * The first key that repeats an earlier key of its map, as the JavaScript
 * object will see it (`1` and `"1"` are one key there). One set per map:
 * yaml's own `uniqueKeys` compares every pair (40,000 keys took 30 s).
 */
function firstDuplicateKey(document: Document): Scalar | undefined {
  let duplicate: Scalar | undefined;
  visit(document, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const name = String(key.value);
        if (seen.has(name)) {
          duplicate = key;
          return visit.BREAK;
        }
        seen.add(name);
      }
      return undefined;
    },
  });
  return duplicate;
}

function locateInDocument(
  document: Document,
  lineCounter: LineCounter,
  pointer: string,
  lineOffset: number,
): SourceLocation {
  let node: unknown = document.contents;
  let lastPositioned: Node | undefined = isNode(node) ? node : undefined;
  for (const token of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === token);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      node = node.items[Number(token)];
    } else {
      break;
    }
    if (isNode(node) && node.range) lastPositioned = node;
  }
  const start = lastPositioned?.range?.[0];
  if (start === undefined) return { pointer };
  const position = lineCounter.linePos(start);
  return { line: position.line + lineOffset, column: position.col, pointer };
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}
