import type { BannerInfo, CodegenPass } from '../pass.js';
import { insertEdit } from '../text-edits.js';

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

/** Every generated file starts with the banner (listed first, it goes before other insertions at the start). */
export const bannerPass: CodegenPass = {
  name: 'banner',
  edits: (_, { banner }) => [insertEdit(0, `${bannerText(banner)}\n`, 'banner')],
};
