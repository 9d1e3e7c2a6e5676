import type { SourceFile } from 'ts-morph';
import { insertEdit, type TextEdit } from '../text-edits.js';

export interface BannerInfo {
  /** The normalized document the file was generated from. */
  source: string;
  sha256: string;
  versions: Record<string, string>;
}

/** Marks a file as generated: what from, which exact document, which generators. */
export function bannerText(info: BannerInfo): string {
  const versions = Object.entries(info.versions).map(([name, version]) => `${name} ${version}`).join(', ');
  return [
    '/**',
    ' * This file was generated. Do not edit it by hand: run `npm run generate`.',
    ` * Source: ${info.source}`,
    ` * Source sha256: ${info.sha256}`,
    ` * Generators: ${versions}`,
    ' */',
  ].join('\n');
}

export function addBanner(file: SourceFile, info: BannerInfo): void {
  file.insertStatements(0, bannerText(info));
}

/** The banner as an edit, for files whose passes are applied together. */
export function bannerEdit(info: BannerInfo): TextEdit {
  return insertEdit(0, `${bannerText(info)}\n`, 'banner');
}
