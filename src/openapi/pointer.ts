/** RFC 6901 JSON pointers, used in every error and report entry. */

export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function toPointer(tokens: ReadonlyArray<string | number>): string {
  return tokens.map((token) => `/${escapePointerToken(token)}`).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (!body.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return body.slice(1).split('/').map(unescapePointerToken);
}

/** Resolves a pointer inside a value; `undefined` when any token is missing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of parsePointer(pointer)) {
    // Own properties only: `#/components/schemas/constructor` must not find Object's constructor.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
