import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { SpecError, type SourceLocation } from '../errors.js';
import { readMarkdownPage } from './markdown.js';
import { parseYaml } from './yaml.js';

export type JsonObject = Record<string, unknown>;

/** One raw input, parsed, with enough context to point errors at its lines. */
export interface SourceDocument {
  /** Path as given to the toolchain (relative to the working directory). */
  file: string;
  value: JsonObject;
  page: { title?: string; lead?: string };
  locate(pointer: string): SourceLocation;
}

/**
 * Reads a spec as published: a Markdown page with one fenced spec block,
 * a YAML file, or a JSON file. JSON goes through the YAML 1.2 parser too
 * (JSON is YAML 1.2), which gives the same line/column errors and pointer
 * locations for every format.
 */
/**
 * Larger sources are refused before they are read: parsing keeps positions
 * for every node, so time and memory grow with size. GitHub's whole REST
 * API description is about 11 MB of JSON.
 */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024;

export function loadSource(file: string): SourceDocument {
  let text: string;
  try {
    const { size } = statSync(file);
    if (size > MAX_SOURCE_BYTES) {
      throw new SpecError(file, { line: 1 }, `file is ${(size / 2 ** 20).toFixed(1)} MB: sources over ${MAX_SOURCE_BYTES / 2 ** 20} MB are refused (split the document, or raise MAX_SOURCE_BYTES in src/ingest/source.ts)`);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError(file, {}, `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseSource(text, file);
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
