/**
 * The one error type the toolchain throws for bad input. It always names the
 * file, a location inside it (line and column, or a JSON pointer when the
 * problem is structural) and a one-line reason, so a maintainer can go
 * straight to the offending spot.
 */
export interface SourceLocation {
  line?: number;
  column?: number;
  pointer?: string;
}

export class SpecError extends Error {
  readonly file: string;
  readonly location: SourceLocation;
  readonly reason: string;

  constructor(file: string, location: SourceLocation, reason: string) {
    super(formatSpecError(file, location, reason));
    this.name = 'SpecError';
    this.file = file;
    this.location = location;
    this.reason = reason;
  }
}

export function formatLocation(location: SourceLocation): string {
  const parts: string[] = [];
  if (location.line !== undefined) {
    parts.push(location.column !== undefined ? `${location.line}:${location.column}` : `${location.line}`);
  }
  if (location.pointer !== undefined) parts.push(`#${location.pointer}`);
  return parts.join(' ');
}

function formatSpecError(file: string, location: SourceLocation, reason: string): string {
  const where = formatLocation(location);
  return printable(`${file}${where ? `:${where}` : ''}: ${reason}`);
}

/**
 * Text from a spec, made safe for a terminal and kept on one line: control
 * characters (line breaks, and ESC, which starts the escape sequences that
 * can retitle a terminal or write its clipboard) are shown as `\uXXXX`.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first line of a library's (often multi-line) error message. */
export function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
