/**
 * Method names a person would write, for operations published without an
 * operationId. Every name is a list of words (joined in camelCase), so that
 * operation-ids.ts can qualify one that collides by inserting words.
 *
 * 1. From the summary, when it reads as a short verb phrase: the first word
 *    is one of VERBS. Parentheses are dropped (`(Legacy)`), the phrase ends
 *    at the first clause break (`,` `.` `;` `:` a dash, `via`, `using`,
 *    `which`…), articles go, `Get the list of X` and `List all X` read
 *    `list X`, `Create a new X` reads `create X`; at most MAX_WORDS words and MAX_LENGTH
 *    characters, without a dangling `by`/`of`/`for`… at the end.
 *    `List applications` → listApplications, `Create a session` →
 *    createSession, `Take Screenshot` → takeScreenshot, `Run Task by Name
 *    (Legacy)` → runTaskByName.
 * 2. Else from the method and the path's resource (its last segment that is
 *    not a template or a version): GET collection → list<Resources> (a
 *    plural resource) or get<Resource>, GET item → get<Resource>, POST →
 *    create<Resource>, PUT/PATCH → update<Resource>, DELETE →
 *    delete<Resource>, and POST on an action segment (a verb after a
 *    resource, `/fine-tunes/{id}/cancel`) → cancelFineTune.
 *
 * Only ASCII letters and digits reach a name (accents are folded first,
 * every other character separates words), the first word is a verb or a
 * method, so a name is always an identifier; its length is bounded whatever
 * the summary holds.
 */
import pluralize from 'pluralize';

/** Words that start a summary a person would turn into a method name. */
export const VERBS: ReadonlySet<string> = new Set([
  'abort', 'accept', 'activate', 'add', 'apply', 'approve', 'archive', 'assign', 'attach', 'authenticate', 'authorize',
  'batch', 'block', 'build', 'calculate', 'cancel', 'change', 'check', 'clear', 'click', 'clone', 'close', 'commit',
  'compare', 'complete', 'compute', 'confirm', 'connect', 'convert', 'copy', 'count', 'create', 'deactivate', 'decline',
  'delete', 'deploy', 'describe', 'detach', 'detect', 'disable', 'disconnect', 'download', 'drag', 'duplicate', 'edit',
  'embed', 'enable', 'end', 'estimate', 'evaluate', 'execute', 'exchange', 'export', 'extract', 'fetch', 'find',
  'finish', 'generate', 'get', 'grant', 'import', 'inspect', 'install', 'invite', 'invoke', 'join', 'kill', 'launch',
  'leave', 'link', 'list', 'load', 'lock', 'log', 'login', 'logout', 'lookup', 'mark', 'merge', 'modify', 'move',
  'navigate', 'notify', 'open', 'parse', 'paste', 'patch', 'pause', 'perform', 'ping', 'poll', 'post', 'preview',
  'process', 'promote', 'publish', 'pull', 'purge', 'push', 'put', 'query', 'read', 'reboot', 'receive', 'record',
  'redeem', 'refresh', 'regenerate', 'register', 'reject', 'release', 'reload', 'remove', 'rename', 'render', 'reorder',
  'replace', 'report', 'request', 'rerank', 'reset', 'resize', 'resolve', 'restart', 'restore', 'resume', 'retrieve',
  'retry', 'return', 'revert', 'revoke', 'rotate', 'run', 'save', 'schedule', 'scroll', 'search', 'select', 'send',
  'set', 'share', 'signal', 'sign', 'start', 'stop', 'stream', 'submit', 'subscribe', 'suspend', 'switch', 'sync',
  'take', 'terminate', 'test', 'toggle', 'track', 'transcribe', 'transfer', 'translate', 'trigger', 'type', 'unarchive',
  'unassign', 'unblock', 'uninstall', 'unlink', 'unlock', 'unsubscribe', 'update', 'upgrade', 'upload', 'upsert',
  'validate', 'verify', 'view', 'wait', 'watch', 'write',
]);

/** A summary gives at most this many words… */
export const MAX_WORDS = 5;
/** …and a name at most this many characters (words are dropped from the end, then the last one is cut). */
export const MAX_LENGTH = 48;
/** Only this much of a summary is read: a name never needs more. */
const SUMMARY_READ = 200;

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words a capped phrase must not end on: `getDeploymentById`, not `getDeploymentByIdOr`. */
const CONNECTORS = new Set(['and', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'to', 'with']);
/** Where a summary's verb phrase ends: punctuation, a dash between spaces, or a word that starts a clause. */
const CLAUSE_BREAK = /[,.;:!?]|\s[-–—]\s|\b(?:via|using|if|when|where|which|that|so|because)\b/i;

export interface DerivedName {
  /** Lowercase words, verb first: `['list', 'applications']`. */
  words: string[];
  from: 'summary' | 'path';
}

/** The method name an operation without an operationId gets (see the module comment). */
export function deriveOperationName(method: string, path: string, summary: unknown): DerivedName {
  const fromSummary = typeof summary === 'string' ? summaryWords(summary) : undefined;
  return fromSummary ? { words: fromSummary, from: 'summary' } : { words: bounded(pathWords(method, path)), from: 'path' };
}

/** camelCase of lowercase words: `['get', 'pdf']` → `getPdf`. */
export function joinWords(words: readonly string[]): string {
  return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

/**
 * Names that tell a colliding operation apart, most specific first: the
 * path's static segments from the end, each not already in the name, the
 * segment inserted after the verb (`listRecordings` on
 * `/sessions/{id}/recordings` → listSessionRecordings) or, for a version
 * segment, appended (`runTaskV1`).
 */
export function qualifiedNames(words: readonly string[], path: string): string[][] {
  const candidates: string[][] = [];
  for (const segment of staticSegments(path, { versions: true }).reverse()) {
    const segmentWords = isVersion(segment) ? [segment.toLowerCase()] : splitWords(pluralize.singular(segment));
    const known = new Set(words.map((word) => pluralize.singular(word)));
    if (segmentWords.length === 0 || segmentWords.every((word) => known.has(pluralize.singular(word)))) continue;
    candidates.push(bounded(isVersion(segment) ? [...words, ...segmentWords] : [words[0]!, ...segmentWords, ...words.slice(1)]));
  }
  return candidates;
}

function summaryWords(summary: string): string[] | undefined {
  const text = foldAccents(summary.slice(0, SUMMARY_READ)).replace(/\([^)]*\)?/g, ' ');
  const phrase = text.split(CLAUSE_BREAK)[0]!;
  let words = splitWords(phrase, { humps: false }).filter((word) => !ARTICLES.has(word));
  // "Get the list of deployments" is listDeployments; "List all jobs" is listJobs.
  if (['get', 'retrieve', 'fetch', 'return'].includes(words[0]!) && words[1] === 'list' && words[2] === 'of') words = ['list', ...words.slice(3)];
  if (words[0] === 'list' && words[1] === 'all') words = ['list', ...words.slice(2)];
  // "Create a new deployment" is createDeployment.
  if (words[0] === 'create' && words[1] === 'new') words = ['create', ...words.slice(2)];
  if (words.length === 0 || !VERBS.has(words[0]!)) return undefined;
  return bounded(words);
}

/** At most MAX_WORDS words and MAX_LENGTH characters, not ending on a connector. */
function bounded(given: readonly string[]): string[] {
  const words = given.slice(0, MAX_WORDS);
  const trim = () => {
    while (words.length > 1 && CONNECTORS.has(words.at(-1)!)) words.pop();
  };
  trim();
  while (words.length > 2 && joinWords(words).length > MAX_LENGTH) {
    words.pop();
    trim();
  }
  if (joinWords(words).length > MAX_LENGTH) words[words.length - 1] = words.at(-1)!.slice(0, MAX_LENGTH - joinWords(words.slice(0, -1)).length);
  return words;
}

function pathWords(method: string, path: string): string[] {
  const verb = method.toLowerCase();
  const segments = path.split('/').filter(Boolean);
  const item = segments.length > 0 && isTemplate(segments.at(-1)!);
  const resources = staticSegments(path, { versions: false });
  const resource = resources.at(-1);
  if (!resource) return [verb, 'root'];
  const singular = splitWords(pluralize.singular(resource));
  const action = splitWords(resource);
  // POST /fine-tunes/{id}/cancel: the last segment is what is done to the one before it.
  if (verb === 'post' && !item && resources.length >= 2 && VERBS.has(action[0]!)) return [...action, ...splitWords(pluralize.singular(resources.at(-2)!))];
  switch (verb) {
    case 'get':
      return item || !pluralize.isPlural(resource) ? ['get', ...singular] : ['list', ...action];
    case 'post':
      return ['create', ...singular];
    case 'put':
    case 'patch':
      return ['update', ...singular];
    case 'delete':
      return ['delete', ...(item ? singular : action)];
    default:
      return [verb, ...action];
  }
}

function staticSegments(path: string, { versions }: { versions: boolean }): string[] {
  return path.split('/').filter((segment) => segment !== '' && !isTemplate(segment) && splitWords(segment).length > 0 && (versions || !isVersion(segment)));
}

function isTemplate(segment: string): boolean {
  return /^\{.*\}$/.test(segment);
}

function isVersion(segment: string): boolean {
  return /^v\d+$/i.test(segment);
}

/** Lowercase ASCII words; in path segments also at camel humps (`doubleClick` → double, click). */
function splitWords(text: string, { humps = true } = {}): string[] {
  const spaced = humps ? foldAccents(text).replace(/([a-z0-9])([A-Z])/g, '$1 $2') : text;
  return spaced.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.toLowerCase());
}

/** `vicuña` → `vicuna`: a letter with a mark keeps its letter. */
function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
