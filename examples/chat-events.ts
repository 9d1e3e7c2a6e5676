import { createChatClient, unwrap } from '@openapi-clients/chat';

// The key comes from CHAT_API_KEY and the server from CHAT_BASE_URL.
const chat = createChatClient();

// This operation answers JSON, or an event stream when asked to stream: the client reads each by its content type.
const data = unwrap(await chat.createChatCompletion({ body: { prompt: 'hi', stream: true } }));
const events: string[] = [];
if (Symbol.asyncIterator in data) {
  // Parsed events, `data` as JSON where it is JSON; `[DONE]` ends the loop, and a `break` closes the connection.
  for await (const event of data) events.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
}

// A signal aborts the stream mid-way: the loop throws the signal's reason.
const controller = new AbortController();
const endless = unwrap(await chat.createChatCompletion({ body: { prompt: 'forever', stream: true }, signal: controller.signal }));
let seen = 0;
try {
  if (Symbol.asyncIterator in endless) for await (const _event of endless) if (++seen === 3) controller.abort(new Error('enough'));
} catch (error) {
  if (!(error instanceof Error) || error.message !== 'enough') throw error;
}

console.log(JSON.stringify({ events, seen }));
