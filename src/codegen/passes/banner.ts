import type { SourceFile } from 'ts-morph';

export interface BannerInfo {
  /** The normalized document the file was generated from. */
  source: string;
  sha256: string;
  versions: Record<string, string>;
}

/** Marks a file as generated: what from, which exact document, which generators. */
export function addBanner(file: SourceFile, info: BannerInfo): void {
  const versions = Object.entries(info.versions).map(([name, version]) => `${name} ${version}`).join(', ');
  file.insertStatements(0, [
    '/**',
    ' * This file was generated. Do not edit it by hand: run `npm run generate`.',
    ` * Source: ${info.source}`,
    ` * Source sha256: ${info.sha256}`,
    ` * Generators: ${versions}`,
    ' */',
  ].join('\n'));
}
