/**
 * The escaping layer, held to what it promises: whatever the text, a doc
 * comment stays a comment, a string literal evaluates to the text, a
 * property key defines that own property, and a name that is not an
 * identifier is never used as one. Checked by parsing and running the
 * output with TypeScript's own compiler, over hostile and random text.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { docText, GlobalConstruction, identifierOr, isIdentifier, literal, RuntimeCall, markdownCode, markdownCodeBlock, markdownProse, markdownText, propertyAccess, propertyKey, stringLiteral, uniqueName } from '../../src/codegen/escape.js';
import { pascalCase } from '../../src/openapi/names.js';

/** Texts an attacker who writes a spec would try, one per way out of a construct. */
const HOSTILE = [
  '*/ Reflect.set(globalThis, "PWNED", 1); /*',
  '"; Reflect.set(globalThis, "PWNED", 1); "',
  "'; Reflect.set(globalThis, 'PWNED', 1); '",
  '`; Reflect.set(globalThis, `PWNED`, 1); `',
  '${Reflect.set(globalThis, "PWNED", 1)}',
  '\nReflect.set(globalThis, "PWNED", 1);\n',
  '\u2028Reflect.set(globalThis, "PWNED", 1);\u2029',
  '\rReflect.set(globalThis, "PWNED", 1);//',
  '\\*/ Reflect.set(globalThis, "PWNED", 1); /*\\',
  '*\\/ */ */',
  '__proto__',
  'constructor',
  '',
];

/** Transpiles and runs `code` in a fresh context; returns the context (PWNED is set there if anything ran). */
function run(code: string): Record<string, unknown> {
  const { outputText, diagnostics } = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  expect(diagnostics?.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')) ?? []).toEqual([]);
  const context: Record<string, unknown> = { exports: {}, Reflect };
  context.globalThis = context;
  runInNewContext(outputText, context);
  return context;
}

const anyText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme-composite', maxLength: 40 }));

describe('docText', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('keeps %s inside its comment', (_, text) => {
    const context = run(`/**\n * ${docText(text).split('\n').join('\n * ')}\n */\nexports.value = 1;`);
    expect(context.PWNED).toBeUndefined();
    expect((context.exports as { value?: number }).value).toBe(1);
  });

  it('never lets any text close the comment (property, 2,000 texts)', () => {
    fc.assert(fc.property(anyText, (text) => {
      const comment = `/** ${docText(text)} */`;
      // The comment ends exactly once, at its own end.
      expect(comment.indexOf('*/')).toBe(comment.length - 2);
    }), { numRuns: 2_000, seed: 20261123 });
  });
});

describe('stringLiteral and literal', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('%s evaluates to itself and runs nothing', (_, text) => {
    const context = run(`exports.value = ${stringLiteral(text)};`);
    expect(context.PWNED).toBeUndefined();
    expect((context.exports as { value: string }).value).toBe(text);
  });

  it('round-trips any JSON value, keys included (property, 500 values)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
      const context = run(`exports.value = ${literal(value)};`);
      expect(JSON.stringify((context.exports as { value: unknown }).value)).toBe(JSON.stringify(value));
    }), { numRuns: 500, seed: 20261123 });
  });

  it('keeps __proto__ an own property instead of setting the prototype', () => {
    // JSON.parse makes `__proto__` an own key, as a parsed spec does.
    const context = run(`exports.value = ${literal(JSON.parse('{"__proto__": "GET /x", "constructor": "POST /y"}'))};`);
    const value = (context.exports as { value: object }).value;
    expect(Object.getOwnPropertyNames(value)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).not.toBe(null);
    expect(typeof (value as { hasOwnProperty: unknown }).hasOwnProperty).toBe('function');
  });

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('prints a runtime call with %s as its argument, which reaches the function as data', (_, text) => {
    const context = run(`const headerKey = (name) => ({ name });\nexports.value = ${literal({ send: new RuntimeCall('headerKey', [text]), plain: new RuntimeCall('headerKey') })};`);
    expect(context.PWNED).toBeUndefined();
    expect((context.exports as { value: { send: unknown; plain: unknown } }).value.send).toEqual({ name: text });
    expect(typeof (context.exports as { value: { plain: unknown } }).value.plain).toBe('function');
  });

  it('refuses a runtime call whose name is not an identifier', () => {
    for (const name of ['a-b', 'x()', '', 'headerKey;PWNED=1']) expect(() => new RuntimeCall(name)).toThrow(/not an identifier/);
  });

  it('refuses numbers JSON cannot hold rather than printing NaN or Infinity', () => {
    expect(() => literal(Number.NaN)).toThrow(/no JSON literal/);
    expect(() => literal([Infinity])).toThrow(/no JSON literal/);
    expect(literal(-0)).toBe('0');
  });
});

describe('propertyKey and propertyAccess', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('%s names exactly that property', (_, text) => {
    const context = run(`const object = { ${propertyKey(text)}: 1 };\nexports.keys = Object.getOwnPropertyNames(object);\nexports.read = object${propertyAccess(text)};`);
    expect(context.PWNED).toBeUndefined();
    expect(context.exports).toEqual({ keys: [text], read: 1 });
  });

  it('writes identifiers bare and everything else quoted', () => {
    expect(propertyKey('createTask')).toBe('createTask');
    expect(propertyKey('meta/root')).toBe('"meta/root"');
    expect(propertyAccess('createTask')).toBe('.createTask');
    expect(propertyAccess('meta/root', true)).toBe('?.["meta/root"]');
  });
});

describe('identifiers are validated, not escaped', () => {
  it.each([
    ['taskId', 'taskId'],
    ['task-id', 'id'],
    ['default', 'id'],
    ['eval', 'id'],
    ['1st', 'id'],
    ['a b', 'id'],
    ['x*/y', 'id'],
    ['ünïcode', 'id'],
    ['', 'id'],
  ])('%s → %s', (name, expected) => {
    expect(identifierOr(name, 'id')).toBe(expected);
    expect(isIdentifier(expected)).toBe(true);
  });

  it('never accepts a fallback that is not an identifier', () => {
    expect(() => identifierOr('x', 'not one')).toThrow(/not an identifier/);
  });

  it.each([
    ['run-task', 'RunTask'],
    ['task_execution', 'Task_execution'.replace('_e', 'E')],
    ['2fa', '_2fa'],
    ['*/ x', 'X'],
    ['日本', 'Unnamed'],
    ['', 'Unnamed'],
  ])('pascalCase(%s) is the identifier %s', (text, expected) => {
    expect(pascalCase(text)).toBe(expected);
    expect(isIdentifier(pascalCase(text))).toBe(true);
  });

  it('uniqueName numbers names already taken', () => {
    const taken = new Set<string>();
    expect(['Task', 'Task', 'Task', 'Task2'].map((name) => uniqueName(name, taken))).toEqual(['Task', 'Task2', 'Task3', 'Task22']);
  });
});

describe('Markdown', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('markdownText keeps %s on one line, with no raw markup', (_, text) => {
    const escaped = markdownText(`${text} <script>x</script> [a](b) # h`);
    expect(escaped).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(escaped).not.toMatch(/(^|[^\\])[<[`]/);
  });

  it.each([
    ['~~~ts', '\\~\\~\\~ts'],
    ['    indented', 'indented'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['=== underline', '\\=== underline'],
    ['see https://evil.example/x', 'see https\\://evil\\.example/x'],
    ['www.evil.example', 'www\\.evil\\.example'],
    ['x@evil.example', 'x\\@evil\\.example'],
    ['&lt;b&gt; $x$', '\\&lt;b\\&gt; \\$x\\$'],
    ['Ends a sentence. ', 'Ends a sentence.'],
  ])('markdownText(%j) is %j', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });

  it.each([
    ['Send `Authorization` as `Bearer <KEY>`.', 'Send `Authorization` as `Bearer <KEY>`.'],
    ['`a`](https://evil.example) <b>', '`a`\\](https\\://evil\\.example) \\<b\\>'],
    ['- ``x`y`` and `z', '\\- ``x`y`` and \\`z'],
    ['unclosed ` span\n```ts', 'unclosed \\` span \\`\\`\\`ts'],
  ])('markdownProse(%j) keeps code spans as code and escapes the rest: %j', (text, expected) => {
    expect(markdownProse(text)).toBe(expected);
  });

  it.each([
    ['const a = 1;', '```ts\nconst a = 1;\n```'],
    ['const a = "```";', '````ts\nconst a = "```";\n````'],
    ['a\u2028b', '```ts\na\nb\n```'],
  ])('markdownCodeBlock(ts, %j) is fenced longer than any backtick run inside', (code, expected) => {
    expect(markdownCodeBlock('ts', code)).toBe(expected);
  });

  it('literal prints a GlobalConstruction as `new` with literal arguments', () => {
    expect(literal({ file: new GlobalConstruction('Blob', [['a"b']]) })).toBe('{\n    file: new Blob(["a\\"b"])\n}');
  });

  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['line\nbreak', '`line break`'],
  ])('markdownCode(%j) is %s', (text, expected) => {
    expect(markdownCode(text)).toBe(expected);
  });
});
