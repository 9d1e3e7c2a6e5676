/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/waiter.ts, copied verbatim
 * Source sha256: f4dba82af1f048e898dc84a2fc35abe472b63833e72461c810a1459c60400018
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
  // The generator checked that the operation exists and is a GET.
  const call = (client as Record<string, OperationCall>)[waiter.operationId]!;
  const terminal = new Set(waiter.terminal);
  return (id: string, options: WaitOptions & Record<string, unknown> = {}): Promise<Item> => {
    const query: Record<string, unknown> = { ...waiter.query };
    // openapi-fetch leaves undefined query values out.
    for (const name of waiter.filters) query[name] = options[name];
    const init = { params: { path: { [waiter.idParameter]: id }, query } };
    return poll<Item>(`${waiter.name}(${JSON.stringify(id)})`, async (signal) => {
      const items = readPointer(unwrap(await call({ ...init, signal })), waiter.items);
      const newest = (Array.isArray(items) ? items[0] : undefined) as Record<string, unknown> | undefined;
      const status = newest?.[waiter.status];
      return typeof status === 'string' && terminal.has(status) ? { done: newest as Item } : { status: status as string | undefined };
    }, options);
  };
}
