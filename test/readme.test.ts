import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it.each(['anchorbrowser.ts', 'browseract.ts'])('shows examples/%s verbatim (the program the consumer test compiles and runs)', (file) => {
    expect(readme).toContain(`\`\`\`ts\n${readFileSync(join(REPO_ROOT, 'examples', file), 'utf8')}\`\`\``);
  });

  it('keeps the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run generate');
    expect(readme).toMatch(/^npm test\s/m);
  });
});
