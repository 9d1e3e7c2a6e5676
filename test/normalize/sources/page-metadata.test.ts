import { describe, it } from 'vitest';
import { pageMetadata } from '../../../src/normalize/sources/page-metadata.js';
import { expectPass, sourceContext, type Want } from '../given.js';

/** A Markdown page: its title, its lead, and its one spec block. */
const page = (operation: string, paths = `  /v1/task:\n    post:\n${operation}`) =>
  `# Create Task\n\n> Creates a task.\n\n\`\`\`yaml\nopenapi: 3.1.0\npaths:\n${paths}\`\`\`\n`;

const CASES: Array<[string, { given: string; want: Want }]> = [
  [
    "the page's title and lead become the operation's summary and description",
    {
      given: page("      responses: {'200': {description: OK}}\n"),
      want: {
        document: "openapi: 3.1.0\npaths: {/v1/task: {post: {responses: {'200': {description: OK}}, summary: Create Task, description: Creates a task.}}}\n",
        transformations: [
          { kind: 'page-title-to-summary', source: 'page.md', pointer: '/paths/~1v1~1task/post/summary', reason: 'the page title names the operation' },
          { kind: 'page-lead-to-description', source: 'page.md', pointer: '/paths/~1v1~1task/post/description', reason: 'the page lead describes the operation' },
        ],
      },
    },
  ],
  [
    'a published summary and description are kept',
    {
      given: page("      summary: Make a task\n      description: Published.\n      responses: {'200': {description: OK}}\n"),
      want: { document: "openapi: 3.1.0\npaths: {/v1/task: {post: {summary: Make a task, description: Published., responses: {'200': {description: OK}}}}}\n" },
    },
  ],
  [
    'a page with two operations names neither',
    {
      given: page('', "  /a: {get: {responses: {'200': {description: OK}}}}\n  /b: {get: {responses: {'200': {description: OK}}}}\n"),
      want: { document: "openapi: 3.1.0\npaths: {/a: {get: {responses: {'200': {description: OK}}}}, /b: {get: {responses: {'200': {description: OK}}}}}\n" },
    },
  ],
];

describe('page-metadata pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const { document, context } = sourceContext('page.md', given);
    await expectPass(pageMetadata, document, context, want);
  });
});
