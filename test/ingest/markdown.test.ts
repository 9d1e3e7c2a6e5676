import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/errors.js';
import { fencedBlocks, readMarkdownPage } from '../../src/ingest/markdown.js';

const page = (fence: string, body: string) => `# Source: https://docs.example.test/page.md

# Run Task by Name

> Executes a task by its name, always using the latest version. This is a convenience endpoint
for running tasks without needing to know the task ID.

## OpenAPI

${fence}yaml openapi-mintlify.yaml post /v1/task
${body}
${fence}
`;

describe('readMarkdownPage', () => {
  it('finds a ````yaml block and reports its line offset', () => {
    const result = readMarkdownPage(page('````', 'paths:\n  path: /x'), 'page.md');
    expect(result.spec.body).toBe('paths:\n  path: /x');
    expect(result.spec.lineOffset).toBe(10);
  });

  it('finds a ```yaml block holding openapi:', () => {
    expect(readMarkdownPage(page('```', 'openapi: 3.1.0'), 'page.md').spec.body).toBe('openapi: 3.1.0');
  });

  it('takes the title (not the `# Source:` line) and the lead with its lazy continuation', () => {
    const result = readMarkdownPage(page('```', 'openapi: 3.1.0'), 'page.md');
    expect(result.title).toBe('Run Task by Name');
    expect(result.lead).toBe(
      'Executes a task by its name, always using the latest version. This is a convenience endpoint for running tasks without needing to know the task ID.',
    );
  });

  it('ignores code blocks that hold no spec', () => {
    const text = '# T\n\n```bash\nbase64 -i x.ts\n```\n\n```yaml\nopenapi: 3.1.0\n```\n';
    expect(readMarkdownPage(text, 'p.md').spec.body).toBe('openapi: 3.1.0');
  });

  it('fails naming the file when there is no spec block', () => {
    expect(() => readMarkdownPage('# Guide\n\n```ts\nconst a = 1\n```\n', 'guide.md')).toThrow(/guide\.md:1: no spec block found/);
  });

  it('fails naming both lines when two blocks qualify', () => {
    const text = '```yaml\nopenapi: 3.1.0\n```\n\n```yaml\npaths: {}\n```\n';
    let error: unknown;
    try {
      readMarkdownPage(text, 'two.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toBe('two.md:5: 2 candidate spec blocks (lines 1, 5): expected exactly one');
  });

  it('closes a fence only with a fence at least as long', () => {
    const blocks = fencedBlocks('````yaml\na: |\n  ```\n  inner\n  ```\n````\n');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.body).toContain('inner');
  });
});

describe('spec block detection', () => {
  it.each([
    ['yaml', 'openapi: 3.1.0', true],
    ['yaml', 'paths:\n  /x: {}', true],
    ['yaml', 'swagger: "2.0"', true],
    ['yaml', '  openapi: 3.1.0', false],
    ['yaml', 'info:\n  title: not a spec', false],
    ['json', '{"openapi": "3.1.0"}', true],
    ['json', '{\n  "paths": {}\n}', true],
    ['json', '  {  "swagger" : "2.0"}', true],
    ['json', '{"info": {"openapi": 1}}', false],
    ['json', '{"x": "openapi"}', false],
  ])('a %s block holding %j is a spec: %s', (language, body, isSpec) => {
    const text = `# T\n\n\`\`\`${language}\n${body}\n\`\`\`\n`;
    if (isSpec) expect(readMarkdownPage(text, 'p.md').spec.body).toBe(body);
    else expect(() => readMarkdownPage(text, 'p.md')).toThrow(/no spec block found/);
  });
});

describe('hostile pages finish in linear time', () => {
  /** Generous: each page takes milliseconds; the old multiline pattern took 20 s to hours. */
  const BOUND_MS = 3_000;
  const pages: Array<[string, string]> = [
    ['1,500 blank lines', '\n'.repeat(1_500)],
    ['3,000 blank lines', '\n'.repeat(3_000)],
    ['30,000 blank lines', '\n'.repeat(30_000)],
    ['30,000 lines of spaces', '  \n'.repeat(30_000)],
    ['30,000 CRLF lines', '\r\n'.repeat(30_000)],
    ['30,000 tab lines and braces', '\t{\t\n'.repeat(30_000)],
    ['a 1 MB run of spaces', ' '.repeat(2 ** 20)],
    ['a 1 MB line of braces and spaces', '{ '.repeat(2 ** 19)],
    ['a 1 MB line of one word', 'openapi'.repeat(150_000)],
  ];
  it.each(pages)('a block with %s, then a spec key', (_name, filler) => {
    const text = `# T\n\n\`\`\`yaml\n${filler}\nopenapi: 3.1.0\n\`\`\`\n`;
    const started = performance.now();
    expect(readMarkdownPage(text, 'p.md').spec.body.endsWith('openapi: 3.1.0')).toBe(true);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it.each(pages)('a block with %s and no spec key', (_name, filler) => {
    const text = `# T\n\n\`\`\`json\n${filler}\n\`\`\`\n\n> lead\n${filler}`;
    const started = performance.now();
    expect(() => readMarkdownPage(text, 'p.md')).toThrow(/no spec block found/);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
