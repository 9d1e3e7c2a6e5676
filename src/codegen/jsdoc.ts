/**
 * JSDoc text from an OpenAPI summary, description and `deprecated` flag, in
 * the form ts-morph's `docs` structures take.
 */
import type { JSDocStructure, OptionalKind, Project } from 'ts-morph';
import { docText } from './escape.js';
import { inScratchFile } from './text-edits.js';

export interface DocSource {
  summary?: string;
  description?: string;
  deprecated?: boolean;
  /** Extra lines after the description, e.g. the HTTP route. */
  notes?: string[];
}

export function jsDoc(source: DocSource): OptionalKind<JSDocStructure> | undefined {
  const paragraphs = [source.summary, source.description, ...(source.notes ?? [])]
    .map((text) => text?.trim())
    .filter((text): text is string => Boolean(text))
    .filter((text, index, all) => all.indexOf(text) === index);
  if (paragraphs.length === 0 && !source.deprecated) return undefined;
  return {
    description: docText(paragraphs.join('\n\n')),
    tags: source.deprecated ? [{ tagName: 'deprecated' }] : [],
  };
}

/**
 * The comments ts-morph prints for `docs`, unindented, printed together
 * (for passes that insert text rather than manipulate a big file).
 */
export function printJsDocs(project: Project, docs: Array<OptionalKind<JSDocStructure>>): string[] {
  return inScratchFile(project, (scratch) => {
    scratch.addTypeAliases(docs.map((doc, index) => ({ name: `Doc${index}`, type: 'never', docs: [doc] })));
    return scratch.getTypeAliases().map((alias) => alias.getJsDocs()[0]!.getText());
  });
}
