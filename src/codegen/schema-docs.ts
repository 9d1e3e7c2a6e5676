/**
 * What the doc comment of a component schema says: its title and
 * description, except where the title only labels a case. Mintlify pages
 * title the members of a `oneOf` by the case each stands for (the country
 * codes of the `anchor_proxy` proxy type are titled `anchor_proxy`), and
 * the component made of such a member keeps that label as its title, which
 * says nothing of what the schema is. Where conditions select the component
 * (`if type = "anchor_proxy" then country_code: AnchorProxyCountryCode`)
 * and its title is the condition's value, the comment says what it is
 * instead: "What `AnchorProxy.country_code` allows when `type` is
 * `"anchor_proxy"`." The same words reach the schema's JSDoc in `schema.ts`,
 * its named export and its enum array.
 */
import { componentSchemas } from '../openapi/schemas.js';
import { referencedComponent } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { docText, literal } from './escape.js';
import { findConditionalSchemas } from './passes/conditional-properties.js';

export interface SchemaDoc {
  summary?: string;
  description?: string;
  deprecated: boolean;
}

/** Every component schema's doc, by component name. */
export function componentDocs(document: JsonObject): Map<string, SchemaDoc> {
  const selections = conditionalSelections(document);
  return new Map(Object.entries(componentSchemas(document)).map(([name, schema]) => {
    const text = (key: string) => (isObject(schema) && typeof schema[key] === 'string' ? (schema[key] as string) : undefined);
    const selected = selections.get(name) ?? [];
    const title = text('title');
    const labelsACase = title !== undefined && selected.some((selection) => String(selection.value) === title);
    const summary = labelsACase ? `What ${selected.map(describeSelection).join(', or ')}.` : title;
    return [name, { ...(summary === undefined ? {} : { summary }), ...(text('description') === undefined ? {} : { description: text('description') }), deprecated: isObject(schema) && schema.deprecated === true }];
  }));
}

/**
 * The document openapi-typescript prints `schema.ts` from: the same, but
 * with a case label's title replaced by what the component is, so that
 * the JSDoc it writes on the component says so too.
 */
export function documentForTypes(document: JsonObject): JsonObject {
  const docs = componentDocs(document);
  const relabelled = Object.entries(componentSchemas(document)).filter(([name, schema]) => isObject(schema) && typeof schema.title === 'string' && docs.get(name)?.summary !== schema.title);
  if (relabelled.length === 0) return document;
  const copy = structuredClone(document);
  const schemas = componentSchemas(copy);
  // openapi-typescript writes the title into a comment; it is spec text (names, values) all the same.
  for (const [name] of relabelled) schemas[name]!.title = docText(docs.get(name)!.summary!);
  return copy;
}

interface Selection {
  owner: string;
  property: string;
  discriminator: string;
  value: string | number | boolean;
}

/** Component → the conditions whose `then` gives a property that component. */
function conditionalSelections(document: JsonObject): Map<string, Selection[]> {
  const found = new Map<string, Selection[]>();
  for (const { component: owner, discriminator, conditions } of findConditionalSchemas(document)) {
    for (const { value, then } of conditions) {
      for (const [property, schema] of Object.entries(then)) {
        const component = referencedComponent(schema, 'schemas');
        if (component !== undefined) found.set(component, [...(found.get(component) ?? []), { owner, property, discriminator, value }]);
      }
    }
  }
  return found;
}

function describeSelection({ owner, property, discriminator, value }: Selection): string {
  return `\`${owner}.${property}\` allows when \`${discriminator}\` is \`${literal(value)}\``;
}
