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
import { poll } from './poll.js';
import { unwrap } from './client.js';
export function createWaiter(client, waiter) {
    // The generator checked that the operation exists and is a GET.
    const call = client[waiter.operationId];
    const terminal = new Set(waiter.terminal);
    return (id, options = {}) => {
        const query = { ...waiter.query };
        // openapi-fetch leaves undefined query values out.
        for (const name of waiter.filters)
            query[name] = options[name];
        const init = { params: { path: { [waiter.idParameter]: id }, query } };
        return poll(`${waiter.name}(${JSON.stringify(id)})`, async (signal) => {
            const items = readPointer(unwrap(await call({ ...init, signal })), waiter.items);
            const newest = (Array.isArray(items) ? items[0] : undefined);
            const status = newest?.[waiter.status];
            return typeof status === 'string' && terminal.has(status) ? { done: newest } : { status: status };
        }, options);
    };
}
