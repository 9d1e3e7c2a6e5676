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
