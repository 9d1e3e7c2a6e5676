/** Where a generated package keeps its files (a module of its own: the CLI needs the names without loading the generators). */
export const TYPES_FILE = 'src/schema.ts';
export const ENUMS_FILE = 'src/enums.ts';
export const CLIENT_FILE = 'src/client.ts';
export const ROUTES_FILE = 'src/routes.ts';
export const PAGES_FILE = 'src/pages.ts';
export const INDEX_FILE = 'src/index.ts';
export const RUNTIME_DIR = 'src/runtime';
export const PACKAGE_FILE = 'package.json';
export const PACKAGE_README = 'README.md';
export const PACKAGE_API_REFERENCE = 'API.md';
