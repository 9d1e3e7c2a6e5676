/**
 * Edits of a generated file, computed against one parse of it and applied
 * together. ts-morph re-parses the whole file after every manipulation: on
 * GitHub's 7 MB schema.ts that is ~2 s per edit, and one JSDoc per operation
 * made the types step O(operations × size). Passes that read the file as
 * openapi-typescript printed it return edits instead of manipulating it.
 */
import type { Project, SourceFile } from 'ts-morph';

export interface TextEdit {
  /** Offsets in the file as parsed (`end === start` inserts). */
  start: number;
  end: number;
  text: string;
  /** The pass that made it, named when two edits collide. */
  pass: string;
}

export function insertEdit(at: number, text: string, pass: string): TextEdit {
  return { start: at, end: at, text, pass };
}

/** One manipulation for all `edits`; insertions at one offset keep their order. */
export function applyEdits(file: SourceFile, edits: TextEdit[]): void {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index).map(({ edit }) => edit);
  for (let index = 1; index < sorted.length; index++) {
    const [before, after] = [sorted[index - 1]!, sorted[index]!];
    if (after.start < before.end) throw new Error(`overlapping edits of ${file.getBaseName()}: ${before.pass} [${before.start}, ${before.end}) and ${after.pass} [${after.start}, ${after.end})`);
  }
  file.applyTextChanges(sorted.map((edit) => ({ span: { start: edit.start, length: edit.end - edit.start }, newText: edit.text })));
}

/**
 * Runs `use` on an empty throwaway file of `project`: ts-morph's structure
 * printer, for text that is then inserted as an edit.
 */
export function inScratchFile<T>(project: Project, use: (scratch: SourceFile) => T): T {
  const scratch = project.createSourceFile('__scratch__.ts', '', { overwrite: true });
  try {
    return use(scratch);
  } finally {
    project.removeSourceFile(scratch);
  }
}
