/**
 * The one layer between spec text and generated code. Every string that
 * comes from a spec, an overlay or a manifest and reaches a generated file
 * (a doc comment, a string literal, a property key, an identifier, the
 * package README) is written through one of these functions; nothing in
 * src/codegen/ splices such a string into code any other way.
 *
 * Text is escaped so that it stays inside the construct it was put in: a
 * comment cannot be closed, a string literal cannot be ended, a Markdown
 * code span cannot be left. Identifiers are never escaped: they are
 * validated, and a name that is not a plain identifier is either quoted as
 * a property key or replaced by a fixed one.
 *
 * openapi-typescript writes `schema.ts` through TypeScript's own printer
 * (string literals and property names are AST nodes) and escapes `*\/` in
 * its JSDoc; the hostile-spec test holds it to the same standard as this
 * file.
 */

/** Every ECMAScript line terminator: U+2028 and U+2029 end a `//` comment as `\n` does. */
const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * ECMAScript reserved words and the names strict mode reserves: not usable
 * as parameter or variable names even where the grammar would otherwise
 * allow them. (Property names may be anything; those are quoted instead.)
 */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new',
  'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public',
  'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A plain ASCII identifier that may name a variable, parameter or function in strict-mode TypeScript. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/**
 * `name` as a binding name (a variable, parameter or function), or
 * `fallback` when it is not a plain identifier. Never escaped: a name
 * either is an identifier or is not used as one.
 */
export function identifierOr(name: string, fallback: string): string {
  if (!isIdentifier(fallback)) throw new Error(`internal: fallback identifier ${JSON.stringify(fallback)} is not an identifier`);
  return isIdentifier(name) ? name : fallback;
}

/** `name`, or `name2`, `name3`… : the first not in `taken`, which it is added to. */
export function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let suffix = 2; taken.has(unique); suffix++) unique = `${name}${suffix}`;
  taken.add(unique);
  return unique;
}

/**
 * Text for the inside of a `/** … *\/` comment (ts-morph `docs`, or a
 * comment written by hand): it cannot close the comment, and every line
 * break is a `\n` (which ts-morph turns into ` * ` continuation lines).
 */
export function docText(text: string): string {
  return text.replace(LINE_TERMINATORS, '\n').replace(/\*\//g, '*\\/');
}

/**
 * A TypeScript string literal with the value `text`. JSON's escaping
 * covers quotes, backslashes and control characters; U+2028 and U+2029 are
 * escaped too, so the literal reads the same to any JavaScript parser.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A TypeScript expression for a JSON value (a spec's enum values, the
 * client's definition object): strings through `stringLiteral`, object
 * keys through `propertyKey`, so `__proto__` stays an own property.
 */
export function literal(value: unknown, indent = ''): string {
  if (value instanceof RuntimeCall) return value.args === undefined ? value.name : `${value.name}(${value.args.map((arg) => literal(arg, indent)).join(', ')})`;
  if (value instanceof GlobalConstruction) return `new ${value.name}(${value.args.map((arg) => literal(arg, indent)).join(', ')})`;
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`internal: ${value} has no JSON literal`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'string') return stringLiteral(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, indent)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, item]) => `${inner}${propertyKey(key)}: ${literal(item, inner)}`).join(',\n')}\n${indent}}`;
  }
  throw new Error(`internal: ${typeof value} has no JSON literal`);
}

/**
 * An export of the generated package's runtime, called with data (or named,
 * without `args`), where `literal` prints it: the one way code rather than
 * data enters a literal. The name is the toolchain's own, never a spec's;
 * the arguments are printed as literals.
 */
export class RuntimeCall {
  constructor(
    readonly name: string,
    readonly args?: readonly unknown[],
  ) {
    if (!IDENTIFIER.test(name)) throw new Error(`internal: ${JSON.stringify(name)} is not an identifier`);
  }
}

/**
 * A value of a JavaScript global class built from data where `literal`
 * prints it (`new Blob(["file contents"])`, a file in a docs example). The
 * class is named by the toolchain, never by a spec; the arguments are
 * printed as literals.
 */
export class GlobalConstruction {
  constructor(
    readonly name: 'Blob',
    readonly args: readonly unknown[],
  ) {}
}

/**
 * A property name in an object literal, interface or type literal: bare
 * when it is an identifier, otherwise a string literal. `__proto__` is
 * written as a computed key, the one spelling that defines an own property
 * called `__proto__` in an object literal instead of setting the prototype.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/** `.name` or `["name"]`, to follow an expression; `optional` writes `?.`. */
export function propertyAccess(name: string, optional = false): string {
  if (IDENTIFIER.test(name)) return `${optional ? '?.' : '.'}${name}`;
  return `${optional ? '?.' : ''}[${stringLiteral(name)}]`;
}

/** `["name"]`: an indexed access type or element access, always quoted. */
export function indexKey(name: string): string {
  return `[${stringLiteral(name)}]`;
}

/**
 * Markdown prose on one line: no line breaks, and nothing in it taken as
 * markup by CommonMark, GitHub's GFM or markdown-it (npm's renderer). Every
 * character that opens a construct is backslash-escaped (emphasis, code,
 * links and images, raw HTML and entities, headings, tables, strikethrough
 * and `~~~` fences, math); so are the starts of a block (`- `, `1.`, `=`
 * underlines) and the parts autolinking looks for (`://`, `www.`, a dot
 * inside a name, `@`), so a spec's `evil.example` or `x@evil.example` stays
 * text. Blanks at either end are dropped: four at the start would make an
 * indented code block.
 */
export function markdownText(text: string): string {
  return escapeLineStart(escapeInline(flatLine(text)));
}

/**
 * Prose that may hold code spans (a spec's `` `Authorization` ``): the
 * spans are kept as code, rewritten by `markdownCode` so none can leave
 * its span, and the rest is escaped as `markdownText` does.
 */
export function markdownProse(text: string): string {
  const flat = flatLine(text);
  let escaped = '';
  let last = 0;
  for (const span of flat.matchAll(CODE_SPAN)) {
    escaped += escapeInline(flat.slice(last, span.index)) + markdownCode(span[2]!);
    last = span.index + span[0].length;
  }
  return escapeLineStart(escaped + escapeInline(flat.slice(last)));
}

/** A backtick run, text, and the same run: a code span as CommonMark reads one. */
const CODE_SPAN = /(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g;

/** One line, without the blanks at its ends. */
function flatLine(text: string): string {
  return text.replace(LINE_TERMINATORS, ' ').replace(/^[ \t]+|[ \t]+$/g, '');
}

function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|!~&$@]/g, (character) => `\\${character}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '\\.');
}

/** A line's first characters, escaped where they would start a block: a list item, a setext underline. */
function escapeLineStart(text: string): string {
  return text.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A fenced code block holding `code` exactly: its fence is longer than any
 * run of backticks inside, so no line of the code can close it (CommonMark
 * 4.5), and `info` (the language) is the toolchain's own word.
 */
export function markdownCodeBlock(info: 'ts' | 'sh', code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${code.replace(LINE_TERMINATORS, '\n')}\n${fence}`;
}

/** A Markdown code span holding `text` exactly, whatever backticks it contains (CommonMark 6.1). */
export function markdownCode(text: string): string {
  const flat = text.replace(LINE_TERMINATORS, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
