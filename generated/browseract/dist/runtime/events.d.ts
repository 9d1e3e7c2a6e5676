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
export declare function readStreamed<Result extends {
    data?: unknown;
    response: Response;
}>(result: Result, signal?: AbortSignal): Promise<Result>;
/**
 * The events of a response body, as the loop asks for them. Leaving the
 * loop early (`break`, a throw) cancels the body, which closes the
 * connection; so does aborting `signal` (the request's), and the loop
 * throws its reason.
 */
export declare function readEvents<Data>(body: ReadableStream<Uint8Array> | null, signal?: AbortSignal | null): AsyncGenerator<ServerSentEvent<Data>, void, undefined>;
