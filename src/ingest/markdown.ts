import { SpecError } from '../errors.js';

export interface FencedBlock {
  /** The fence's info string, first word (`yaml`, `json`, ...). */
  language: string;
  body: string;
  /** Number of lines in the file before the block's first body line. */
  lineOffset: number;
}

export interface MarkdownPage {
  /** The first level-one heading, e.g. `Run Task by Name`. */
  title?: string;
  /** The block quote right under the title, the page's lead sentence. */
  lead?: string;
  spec: FencedBlock;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const SPEC_LANGUAGES = new Set(['yaml', 'yml', 'json']);
const YAML_ROOT_KEY = /^(?:openapi|swagger|paths)\s*:/;
const JSON_ROOT_KEY = /^"(?:openapi|swagger|paths)"\s*:/;

/** Every fenced code block of a Markdown page (``` and ~~~, any fence length). */
export function fencedBlocks(text: string): FencedBlock[] {
  const lines = text.split('\n');
  const blocks: FencedBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE_OPEN.exec(lines[index]!);
    if (!open) continue;
    const fence = open[1]!;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end]!)) end++;
    blocks.push({
      language: open[2]!.toLowerCase(),
      body: lines.slice(index + 1, end).join('\n'),
      lineOffset: index + 1,
    });
    index = end;
  }
  return blocks;
}

/**
 * Finds the one fenced block of a documentation page that holds a spec
 * (a yaml/json block with `openapi:`, `swagger:` or `paths:` at its root),
 * plus the page's title and lead sentence.
 */
export function readMarkdownPage(text: string, file: string): MarkdownPage {
  const candidates = fencedBlocks(text).filter(
    (block) => SPEC_LANGUAGES.has(block.language) && hasSpecRootKey(block.body),
  );
  if (candidates.length === 0) {
    throw new SpecError(
      file,
      { line: 1 },
      'no spec block found: expected a fenced ```yaml or ```json block with `openapi:` or `paths:` at its root',
    );
  }
  if (candidates.length > 1) {
    throw new SpecError(
      file,
      { line: candidates[1]!.lineOffset },
      `${candidates.length} candidate spec blocks (lines ${candidates.map((block) => block.lineOffset).join(', ')}): expected exactly one`,
    );
  }
  return { ...readTitleAndLead(text), spec: candidates[0]! };
}

/**
 * A line that starts with `openapi:`, `swagger:` or `paths:` (YAML), or with
 * `"openapi":` and the like after optional whitespace and `{` (JSON).
 * Line by line, with anchored patterns: one multiline pattern whose `\s*`
 * spanned line breaks backtracked cubically on blank lines (3,000 of them:
 * over 90 s).
 */
function hasSpecRootKey(body: string): boolean {
  return body.split('\n').some((line) => {
    if (YAML_ROOT_KEY.test(line)) return true;
    const start = line.trimStart();
    return JSON_ROOT_KEY.test(start.startsWith('{') ? start.slice(1).trimStart() : start);
  });
}

function readTitleAndLead(text: string): { title?: string; lead?: string } {
  const lines = text.split('\n');
  // Mintlify's Markdown export starts with a `# Source: <url>` line, which is not the title.
  const titleIndex = lines.findIndex((line) => /^# \S/.test(line) && !/^# Source: \S+$/.test(line.trim()));
  if (titleIndex < 0) return {};
  const title = lines[titleIndex]!.slice(2).trim();
  let index = titleIndex + 1;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  if (!lines[index]?.startsWith('>')) return { title };
  // A block quote runs until a blank line; lines without `>` are lazy
  // continuations (CommonMark), which Mintlify emits for wrapped leads.
  const leadLines: string[] = [];
  while (index < lines.length && lines[index]!.trim() !== '') {
    leadLines.push(lines[index]!.replace(/^>\s?/, '').trim());
    index++;
  }
  const lead = leadLines.join(' ').trim();
  return lead ? { title, lead } : { title };
}
