/**
 * Components that a superseded definition leaves behind. A page that the
 * complete document overrides may bring components used only by the
 * definitions it loses (Anchor's pages define four country lists for their
 * four proxy types; the document has one proxy type, one list). Once those
 * definitions yield, nothing refers to such a component, and keeping it
 * would ship types and guards (`isResidentialCountryCode`) of an API that
 * does not exist. It goes with the definition that used it, recorded the
 * same way (so the lossless proof explains its facts, and the drift report
 * lists it). A component its page defined without using it is the page's
 * own statement and stays.
 */
import { parsePointer, toPointer } from '../../openapi/pointer.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import type { NormalizationReport } from '../report.js';

/** Keys whose values are data, not schema: a `$ref` key inside them is not a reference. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/** Every local component pointer (`/components/<type>/<name>`) `node` refers to. */
function componentRefs(node: unknown, found = new Set<string>(), parentKey?: string): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) componentRefs(item, found);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
        found.add(toPointer(parsePointer(value.slice(1)).slice(0, 3)));
      } else if (parentKey === 'properties' || !DATA_KEYS.has(key)) {
        componentRefs(value, found, key);
      }
    }
  }
  return found;
}

function componentAt(document: JsonObject, pointer: string): unknown {
  const [, type, name] = parsePointer(pointer);
  const group = isObject(document.components) ? document.components[type!] : undefined;
  return isObject(group) && Object.hasOwn(group, name!) ? group[name!] : undefined;
}

/**
 * Removes from `merged` the components that `owners` says a losing source
 * added, that its own document refers to, and that nothing left in `merged`
 * refers to (a chain of them goes whole). `sources` gives each losing
 * source's document; `winner` names the winning file for the report.
 */
export function dropOrphansOfSuperseded(
  merged: JsonObject,
  owners: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, JsonObject>,
  winner: string,
  report: NormalizationReport,
): void {
  const usedInOwnSource = new Map([...sources].map(([file, document]) => [file, componentRefs(document)]));
  const candidates = new Set([...owners].filter(([pointer, file]) => usedInOwnSource.get(file)?.has(pointer)).map(([pointer]) => pointer));
  if (candidates.size === 0) return;
  // What the rest of the document uses is alive, and so is what the living use, until nothing changes.
  const rest: JsonObject = { ...merged, components: {} };
  const alive = componentRefs(rest);
  for (const [type, group] of Object.entries(isObject(merged.components) ? merged.components : {})) {
    if (!isObject(group)) continue;
    for (const [name, definition] of Object.entries(group)) {
      if (!candidates.has(toPointer(['components', type, name]))) for (const pointer of componentRefs(definition)) alive.add(pointer);
    }
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const pointer of candidates) {
      if (!alive.has(pointer)) continue;
      candidates.delete(pointer);
      for (const inner of componentRefs(componentAt(merged, pointer))) if (!alive.has(inner)) alive.add(inner);
      grew = true;
    }
  }
  for (const pointer of [...candidates].sort()) {
    const [, type, name] = parsePointer(pointer);
    const group = (merged.components as JsonObject)[type!] as JsonObject;
    const before = group[name!];
    delete group[name!];
    report.record({
      kind: 'source-definition-superseded',
      source: owners.get(pointer)!,
      winner,
      pointer,
      reason: `${winner} wins (manifest: wins: true): used only by definitions it superseded, so it goes with them`,
      before: structuredClone(before),
      count: 0,
      disagreements: [],
    });
  }
}
