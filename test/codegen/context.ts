/** What a codegen pass is given, for a document alone: its model under a small inline manifest. */
import { Project } from 'ts-morph';
import { bannerInfo } from '../../src/codegen/types.js';
import type { PassContext } from '../../src/codegen/pass.js';
import { buildApiModel } from '../../src/model/build.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { manifestOf } from '../model/manifest-of.js';

export function passContext(document: JsonObject, options: { reserved?: Iterable<string>; documentText?: string; project?: Project } = {}): PassContext {
  return {
    model: buildApiModel(manifestOf(), document),
    project: options.project ?? new Project({ useInMemoryFileSystem: true }),
    banner: bannerInfo({ text: options.documentText ?? 'x', path: 'openapi.yaml' }),
    reserved: new Set(options.reserved),
  };
}
