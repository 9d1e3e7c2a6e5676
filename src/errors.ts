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
  return `${file}${where ? `:${where}` : ''}: ${reason}`;
}

/** The first line of a library's (often multi-line) error message. */
export function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
