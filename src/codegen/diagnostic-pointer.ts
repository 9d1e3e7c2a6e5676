/**
 * What a line of a generated file was written for, so that a package that
 * does not compile names the place in the document behind the failing line,
 * not a line of a temporary file. schema.ts is openapi-typescript's: its
 * top-level interfaces `paths`, `components` and `operations` hold one
 * member per path, component and operation, by name, at fixed indentation
 * (four spaces a level). Elsewhere (client.ts, enums.ts) the failing line
 * itself names what it types: `operations["…"]` or `components["…"]["…"]`.
 */
import { toPointer } from '../openapi/pointer.js';

export interface Behind {
  /** A JSON pointer into the normalized document, when the line says it. */
  pointer?: string;
  /** `operations["createTask"]`: the model maps an operationId to its pointer. */
  reference?: string;
}

const MEMBER = /^( *)("(?:[^"\\]|\\.)*"|[\w$]+)\??: /;
const INTERFACE = /^export (?:interface|type) (paths|components|operations|webhooks)\b/;

function keyOf(token: string): string {
  return token.startsWith('"') ? (JSON.parse(token) as string) : token;
}

/** The member of `paths`, `components` or `operations` that line `line` (1-based) of schema.ts is inside. */
export function behindSchemaLine(text: string, line: number): Behind | undefined {
  const lines = text.split('\n');
  const keys: Record<number, string> = {};
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const current = lines[index]!;
    const top = INTERFACE.exec(current);
    if (top) return fromKeys(top[1]!, keys[4], keys[8]);
    const member = MEMBER.exec(current);
    // The nearest member above at level 1 and, below it, at level 2 (the failing line's own included);
    // level-2 members above the level-1 one belong to an earlier sibling.
    if (member?.[1]!.length === 4) keys[4] ??= keyOf(member[2]!);
    else if (member?.[1]!.length === 8 && keys[4] === undefined) keys[8] ??= keyOf(member[2]!);
  }
  return undefined;
}

function fromKeys(top: string, level1: string | undefined, level2: string | undefined): Behind | undefined {
  if (level1 === undefined) return undefined;
  if (top === 'operations') return { reference: `operations[${JSON.stringify(level1)}]` };
  if (top === 'components') return { pointer: toPointer(level2 === undefined ? ['components', level1] : ['components', level1, level2]) };
  return { pointer: toPointer([top, level1]) };
}

/** What a failing line of another generated file names. */
export function behindLine(lineText: string): Behind | undefined {
  const operation = /operations\[("(?:[^"\\]|\\.)*")\]/.exec(lineText);
  if (operation) return { reference: `operations[${operation[1]}]` };
  const component = /components\[("(?:[^"\\]|\\.)*")\]\[("(?:[^"\\]|\\.)*")\]/.exec(lineText);
  if (component) return { pointer: toPointer(['components', JSON.parse(component[1]!) as string, JSON.parse(component[2]!) as string]) };
  return undefined;
}
