/**
 * A schema must not reach itself without descending into the instance:
 * `A: {allOf: [{$ref: B}]}` with `B: {allOf: [{$ref: A}]}`, or `A: {$ref: A}`,
 * would validate a value against A forever. JSON Schema leaves such schemas
 * undefined; Ajv, openapi-sampler and the code generators recurse until the
 * stack overflows. Recursion through `properties`, `items` and the like is
 * legal (each step goes one level into the value) and is left alone.
 *
 * Every cycle needs a `$ref` (without them the document is a tree), so the
 * search starts from each `$ref` and follows `$ref`s and the keywords that
 * apply a subschema to the same value. Each object is visited once.
 */
import { SpecError } from '../../errors.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { escapePointerToken, resolvePointer, toPointer } from '../../openapi/pointer.js';
import type { Pass, PassContext } from '../pass.js';

/** Keywords whose subschemas apply to the value itself, not to a part of it. */
const IN_PLACE_SINGLE = ['not', 'if', 'then', 'else'] as const;
const IN_PLACE_LIST = ['allOf', 'anyOf', 'oneOf'] as const;
/** Example values are data: a `$ref` key there is not a reference. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
const SHOWN_STEPS = 4;

interface Step {
  node: JsonObject;
  /** Pointer of `node` (for a `$ref` target, the reference itself). */
  pointer: string;
}

export const refCycles: Pass<PassContext> = {
  name: 'ref-cycles',
  run(document, { locate }) {
    checkRefCycles(document, locate);
    return document;
  },
};

export function checkRefCycles(document: JsonObject, locate: PassContext['locate']): void {
  const done = new Set<JsonObject>();
  for (const start of refHolders(document)) {
    if (done.has(start.node)) continue;
    const stack: Array<Step & { next: Step[]; index: number }> = [{ ...start, next: successors(document, start), index: 0 }];
    const open = new Set<JsonObject>([start.node]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next[top.index++];
      if (!child) {
        open.delete(top.node);
        done.add(top.node);
        stack.pop();
        continue;
      }
      if (open.has(child.node)) fail(stack, child, locate);
      if (done.has(child.node)) continue;
      open.add(child.node);
      stack.push({ ...child, next: successors(document, child), index: 0 });
    }
  }
}

function fail(stack: Step[], closing: Step, locate: PassContext['locate']): never {
  const cycle = [...stack.slice(stack.findIndex((step) => step.node === closing.node)), closing];
  // Located at the cycle's last `$ref` (every cycle has one).
  let where = closing.pointer;
  for (let index = 0; index < cycle.length - 1; index++) {
    if (cycle[index]!.node.$ref === `#${cycle[index + 1]!.pointer}`) where = `${cycle[index]!.pointer}/$ref`;
  }
  const steps = cycle.map((step) => `#${step.pointer}`);
  const shown = steps.length > SHOWN_STEPS + 1 ? [...steps.slice(0, SHOWN_STEPS), '…', steps[steps.length - 1]!] : steps;
  const { file, location } = locate(where);
  throw new SpecError(
    file,
    location,
    `schema cycle that never descends into the value: ${shown.join(' → ')} (no value can be validated against it; recurse through properties or items instead)`,
  );
}

/** The objects `node` applies to the same value: its `$ref` target and in-place subschemas. */
function successors(document: JsonObject, { node, pointer }: Step): Step[] {
  const next: Step[] = [];
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
    const target = resolvePointer(document, node.$ref);
    if (isObject(target)) next.push({ node: target, pointer: node.$ref.slice(1) });
  }
  for (const keyword of IN_PLACE_SINGLE) {
    const schema = node[keyword];
    if (isObject(schema)) next.push({ node: schema, pointer: `${pointer}/${keyword}` });
  }
  for (const keyword of IN_PLACE_LIST) {
    const members = node[keyword];
    if (!Array.isArray(members)) continue;
    members.forEach((member, index) => {
      if (isObject(member)) next.push({ node: member, pointer: `${pointer}/${keyword}/${index}` });
    });
  }
  if (isObject(node.dependentSchemas)) {
    for (const [name, schema] of Object.entries(node.dependentSchemas)) {
      if (isObject(schema)) next.push({ node: schema, pointer: `${pointer}/dependentSchemas/${escapePointerToken(name)}` });
    }
  }
  return next;
}

/** Every object of the document with a local `$ref`, with its pointer. */
function refHolders(document: JsonObject): Step[] {
  const found: Step[] = [];
  const tokens: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        tokens.push(String(index));
        visit(item);
        tokens.pop();
      });
      return;
    }
    if (!isObject(value)) return;
    if (typeof value.$ref === 'string' && value.$ref.startsWith('#')) found.push({ node: value, pointer: toPointer(tokens) });
    for (const [key, inner] of Object.entries(value)) {
      if (DATA_KEYS.has(key)) continue;
      tokens.push(key);
      visit(inner);
      tokens.pop();
    }
  };
  visit(document);
  return found;
}
