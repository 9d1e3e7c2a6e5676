/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/waiter.ts, copied verbatim
 * Source sha256: 236875a8effd85145e9faa4c81260a768552ab15194ef92360a43669c352d40a
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Waiters: "call this list operation until its newest item reaches a
 * terminal status", declared in the manifest and bound to a client here.
 */
import { readPointer } from './errors.js';
import { poll, type PollOptions } from './poll.js';
import { unwrap, type ApiResult } from './client.js';

export interface WaiterDefinition {
  /** Method name, e.g. `waitForExecution`, for messages. */
  name: string;
  operationId: string;
  /** The path parameter that receives the waiter's first argument. */
  idParameter: string;
  /** Fixed query parameters of every poll (the guide's `page=1&limit=1`). */
  query: Readonly<Record<string, string | number | boolean>>;
  /** Waiter options passed through as query parameters (e.g. `version`). */
  filters: readonly string[];
  /** JSON pointer to the list in the response body, newest first. */
  items: string;
  /** Property of an item holding its status. */
  status: string;
  /** Statuses that end the wait. */
  terminal: readonly string[];
}

export type WaitOptions = PollOptions;

type OperationCall = (init: Record<string, unknown>) => Promise<ApiResult>;

export function createWaiter<Item>(client: object, waiter: WaiterDefinition) {
  const call = (client as Record<string, OperationCall>)[waiter.operationId];
  if (typeof call !== 'function') throw new TypeError(`${waiter.name}: the client has no operation ${waiter.operationId}`);
  const terminal = new Set(waiter.terminal);
  return (id: string, options: WaitOptions & Record<string, unknown> = {}): Promise<Item> => {
    const filters = Object.fromEntries(waiter.filters.filter((name) => options[name] !== undefined).map((name) => [name, options[name]]));
    const init = { params: { path: { [waiter.idParameter]: id }, query: { ...waiter.query, ...filters } } };
    return poll<Item>(`${waiter.name}(${JSON.stringify(id)})`, async (signal) => {
      const data = unwrap(await call({ ...init, signal }));
      const items = readPointer(data, waiter.items);
      const newest = Array.isArray(items) ? (items[0] as Record<string, unknown> | undefined) : undefined;
      const status = newest?.[waiter.status];
      if (typeof status === 'string' && terminal.has(status)) return { done: newest as Item };
      return { status: typeof status === 'string' ? status : undefined };
    }, options);
  };
}
