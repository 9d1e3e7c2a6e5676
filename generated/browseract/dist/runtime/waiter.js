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
import { poll } from './poll.js';
import { unwrap } from './client.js';
export function createWaiter(client, waiter) {
    const call = client[waiter.operationId];
    if (typeof call !== 'function')
        throw new TypeError(`${waiter.name}: the client has no operation ${waiter.operationId}`);
    const terminal = new Set(waiter.terminal);
    return (id, options = {}) => {
        const filters = Object.fromEntries(waiter.filters.filter((name) => options[name] !== undefined).map((name) => [name, options[name]]));
        const init = { params: { path: { [waiter.idParameter]: id }, query: { ...waiter.query, ...filters } } };
        return poll(`${waiter.name}(${JSON.stringify(id)})`, async (signal) => {
            const data = unwrap(await call({ ...init, signal }));
            const items = readPointer(data, waiter.items);
            const newest = Array.isArray(items) ? items[0] : undefined;
            const status = newest?.[waiter.status];
            if (typeof status === 'string' && terminal.has(status))
                return { done: newest };
            return { status: typeof status === 'string' ? status : undefined };
        }, options);
    };
}
