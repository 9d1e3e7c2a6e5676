import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { firstLine, SpecError, type SourceLocation } from '../errors.js';
import { parsePointer } from '../json-pointer.js';

/**
 * More aliases than this in one document is treated as an alias bomb
 * ("billion laughs"). Real spec pages use a handful (`&ref_0` three times).
 */
export const MAX_ALIAS_COUNT = 100;

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
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  const firstError = document.errors[0];
  if (firstError) {
    const position = lineCounter.linePos(firstError.pos[0]);
    throw new SpecError(
      file,
      { line: position.line + lineOffset, column: position.col },
      `invalid YAML: ${firstLine(firstError.message)}`,
    );
  }
  let value: unknown;
  try {
    // maxAliasCount stops alias bombs early; toJS returns one shared object
    // per anchor, so the tree is copied to make every `*ref_0` its own object.
    value = unshare(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch (error) {
    throw new SpecError(
      file,
      { line: 1 + lineOffset },
      `YAML aliases expand beyond the limit of ${MAX_ALIAS_COUNT} (possible alias bomb): ${firstLine(String((error as Error).message))}`,
    );
  }
  return {
    value,
    locate: (pointer) => locateInDocument(document, lineCounter, pointer, lineOffset),
  };
}

/** A copy in which no object or array appears twice (aliases resolved to fresh copies). */
function unshare(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unshare);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unshare(inner)]));
  }
  return value;
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
