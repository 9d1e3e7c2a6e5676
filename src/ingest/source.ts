import { extname } from 'node:path';
import { SpecError, type SourceLocation } from '../errors.js';
import { containedRealPath, errnoMeaning, FileRefused, readRegularFile, realPath, type ReadableRoots } from './input-file.js';
import { readMarkdownPage } from './markdown.js';
import { parseYaml } from './yaml.js';
import type { JsonObject } from '../openapi/types.js';

/** One raw input, parsed, with enough context to point errors at its lines. */
export interface SourceDocument {
  /** Path as given to the toolchain (relative to the working directory). */
  file: string;
  value: JsonObject;
  page: { title?: string; lead?: string };
  locate(pointer: string): SourceLocation;
}

/**
 * Larger sources are refused: parsing keeps positions for every node, so
 * time and memory grow with size. GitHub's whole REST API description is
 * about 11 MB of JSON. A file whose size says more is not read at all; one
 * whose size lies (a growing file) is read no further than the limit.
 */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024;

/**
 * Reads a spec as published: a Markdown page with one fenced spec block,
 * a YAML file, or a JSON file. JSON goes through the YAML 1.2 parser too
 * (JSON is YAML 1.2), which gives the same line/column errors and pointer
 * locations for every format. With `within`, the file must resolve
 * (symlinks followed) inside those folders, checked before it is opened.
 */
export function loadSource(file: string, within?: ReadableRoots): SourceDocument {
  return parseSource(loadText(file, within), file);
}

/** A listed file's text, with the same containment, size bound and one-line errors as a source's. */
export function loadText(file: string, within?: ReadableRoots): string {
  return loadBytes(file, within).toString('utf8');
}

/** A listed file's bytes (what its sha256 is taken of), read as `loadText` reads them. */
export function loadBytes(file: string, within?: ReadableRoots): Buffer {
  try {
    return readRegularFile(within ? containedRealPath(file, within) : realPath(file), MAX_SOURCE_BYTES);
  } catch (error) {
    if (error instanceof FileRefused && error.tooLarge) {
      const { size } = error.tooLarge;
      const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
      throw new SpecError(file, { line: 1 }, `file is ${size === undefined ? `over ${mb(MAX_SOURCE_BYTES)}` : mb(size)} MB: sources over ${MAX_SOURCE_BYTES / 2 ** 20} MB are refused (split the document, or raise MAX_SOURCE_BYTES in src/ingest/source.ts)`);
    }
    throw new SpecError(file, {}, error instanceof FileRefused ? `file ${error.message}` : `cannot read file: ${errnoMeaning(error)}`);
  }
}

export function parseSource(text: string, file: string): SourceDocument {
  if (text.trim() === '') throw new SpecError(file, { line: 1 }, 'file is empty: expected an OpenAPI document');
  const extension = extname(file).toLowerCase();
  let page: SourceDocument['page'] = {};
  let body = text;
  let lineOffset = 0;
  if (extension === '.md' || extension === '.markdown' || extension === '.txt') {
    const markdown = readMarkdownPage(text, file);
    page = { title: markdown.title, lead: markdown.lead };
    body = markdown.spec.body;
    lineOffset = markdown.spec.lineOffset;
  } else if (extension === '.json') {
    try {
      JSON.parse(text);
    } catch (error) {
      throw new SpecError(file, jsonErrorLocation(text, error as Error), `invalid JSON: ${(error as Error).message}`);
    }
  } else if (extension !== '.yaml' && extension !== '.yml') {
    throw new SpecError(file, {}, `unsupported file type "${extension}": expected .md, .yaml, .yml or .json`);
  }
  const parsed = parseYaml(body, file, lineOffset);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    throw new SpecError(file, { line: lineOffset + 1 }, 'expected a mapping at the document root (an OpenAPI document)');
  }
  return { file, value: parsed.value as JsonObject, page, locate: parsed.locate };
}

function jsonErrorLocation(text: string, error: Error): SourceLocation {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return { line: 1 };
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
