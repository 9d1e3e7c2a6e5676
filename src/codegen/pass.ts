/**
 * The one interface of every codegen pass. A pass reads a generated file as
 * it was parsed (openapi-typescript's output, a runtime source, or nothing
 * yet) and the API's context, and returns its edits; no pass manipulates
 * the file. Each generated file declares its list of passes
 * (generated-files.ts), and their edits are applied together in one
 * manipulation (text-edits.ts: ts-morph re-parses the whole file after
 * each one).
 */
import type { Project, SourceFile } from 'ts-morph';
import type { ApiModel } from '../model/types.js';
import { applyEdits, type TextEdit } from './text-edits.js';

/** What a generated file's banner names: the normalized document it came from and the generators' versions. */
export interface BannerInfo {
  /** The normalized document the file was generated from. */
  source: string;
  sha256: string;
  versions: Record<string, string>;
}

export interface PassContext {
  model: ApiModel;
  /** The run's ts-morph project: passes print structures in its scratch files. */
  project: Project;
  /** What the file is generated from, for its banner. */
  banner: BannerInfo;
  /** Names other files of the package export, which schema names must avoid. */
  reserved: ReadonlySet<string>;
}

export interface CodegenPass {
  /** Names the pass in an overlapping-edits error. */
  name: string;
  edits(file: SourceFile, context: PassContext): TextEdit[];
}

/** The file's text after every pass of `passes`, whose edits are applied in one manipulation. */
export function runPasses(file: SourceFile, passes: readonly CodegenPass[], context: PassContext): string {
  applyEdits(file, passes.flatMap((pass) => pass.edits(file, context)));
  return file.getFullText();
}
