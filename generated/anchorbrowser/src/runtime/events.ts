/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/events.ts, copied verbatim
 * Source sha256: 41658fdf103ad90e6a49e2ce7c4fbc525926f867c9de7383ef66115233cee72b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Server-sent events (`text/event-stream`), read as the HTML standard says
 * (§9.2.6): lines end at CR, LF or CRLF, wherever the chunks split them; a
 * line starting with `:` is a comment; `data:` lines join with LF; a blank
 * line dispatches the event. Each event's data is parsed as JSON where it
 * is JSON (the schema types it), else kept as text; `[DONE]`, which
 * OpenAI-style APIs send last, ends the stream. Only imported by a client
 * whose API documents an event stream.
 */
export interface ServerSentEvent<Data> {
  /** The `event:` field, when the server names the event. */
  event?: string;
  data: Data;
  id?: string;
  /** The `retry:` field, in milliseconds. */
  retry?: number;
}

/**
 * The success body of an operation that may stream, read by what the
 * response says it is: an event stream as events, JSON as JSON, else text.
 */
export async function readStreamed<Result extends { data?: unknown; response: Response }>(result: Result, signal?: AbortSignal): Promise<Result> {
  const body = result.data as ReadableStream<Uint8Array> | undefined;
  if (!body) return result;
  const type = result.response.headers.get('content-type') ?? '';
  if (/^text\/event-stream/i.test(type)) return { ...result, data: readEvents(body, signal) };
  const text = await new Response(body).text();
  return { ...result, data: /json/i.test(type) && text ? JSON.parse(text) : text };
}

/** The stream a body at most buffers before a line ends: an unbounded line is not an event. */
const MAX_LINE = 16 * 1024 * 1024;

/**
 * The events of a response body, as the loop asks for them. Leaving the
 * loop early (`break`, a throw) cancels the body, which closes the
 * connection; so does aborting `signal` (the request's), and the loop
 * throws its reason.
 */
export async function* readEvents<Data>(body: ReadableStream<Uint8Array> | null, signal?: AbortSignal | null): AsyncGenerator<ServerSentEvent<Data>, void, undefined> {
  if (!body) return;
  const reader = body.getReader();
  // The request's signal, once the response has arrived, only reaches the body through here.
  const abort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let event: Omit<ServerSentEvent<Data>, 'data'> = {};
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A CR at the very end may be half of a CRLF: wait for the next chunk.
      const lines = buffer.split(/\r\n|\r(?!$)|\n/);
      buffer = done ? '' : lines.pop()!;
      if (buffer.length > MAX_LINE) throw new RangeError(`an event stream line is over ${MAX_LINE} characters`);
      for (const raw of done ? [...lines, ''] : lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line === '') {
          if (data.length > 0) {
            const text = data.join('\n');
            if (text === '[DONE]') return;
            yield { ...event, data: parse(text) as Data };
          }
          data = [];
          event = {};
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(value);
        else if (field === 'event') event.event = value;
        else if (field === 'id' && !value.includes('\0')) event.id = value;
        else if (field === 'retry' && /^\d+$/.test(value)) event.retry = Number(value);
      }
      if (done) return;
    }
  } finally {
    signal?.removeEventListener('abort', abort);
    // Early exit or end: release the connection either way (a finished body cancels as a no-op).
    await reader.cancel().catch(() => undefined);
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
