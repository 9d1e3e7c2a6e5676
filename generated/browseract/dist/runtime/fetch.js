/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/fetch.ts, copied verbatim
 * Source sha256: a4fadfed21cd8efecfcf1bf58310a813602c2a847024c969c0bce71374e91207
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, and errors that never carry the API key.
 */
import { ConnectionError, TimeoutError } from './errors.js';
import { backoffDelay, errorCode, isRetryableError, isRetryableStatus, parseRetryAfter, RETRY_AFTER_LIMIT_MS } from './retry.js';
export function createResilientFetch(options) {
    const sleep = options.sleep ?? abortableSleep;
    return async function resilientFetch(request) {
        const callerSignal = request.signal;
        const what = `${request.method} ${new URL(request.url).pathname}`;
        for (let attempt = 0;; attempt++) {
            const lastAttempt = attempt >= options.maxRetries;
            // The body can be read once: keep a copy while another attempt may follow.
            const spare = lastAttempt ? undefined : request.clone();
            const timeout = new AbortController();
            const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
            let response;
            try {
                const signal = AbortSignal.any([callerSignal, timeout.signal]);
                const send = options.fetch ?? globalThis.fetch;
                response = await send(new Request(request, { signal }));
            }
            catch (error) {
                if (callerSignal.aborted)
                    throw callerSignal.reason;
                const timedOut = timeout.signal.aborted;
                if (lastAttempt || !isRetryableError(request.method, error, timedOut)) {
                    if (timedOut)
                        throw new TimeoutError(options.timeoutMs, what);
                    // undici says "fetch failed" and puts the reason on `cause`.
                    const cause = error?.cause;
                    const detail = `${error instanceof Error ? error.message : String(error)}${cause instanceof Error ? `: ${cause.message}` : ''}`;
                    throw new ConnectionError(options.redact(`${what} failed: ${detail}`), errorCode(error));
                }
                await sleep(backoffDelay(attempt, options.random), callerSignal);
                request = spare;
                continue;
            }
            finally {
                clearTimeout(timer);
            }
            if (lastAttempt || !isRetryableStatus(request.method, response.status))
                return response;
            const retryAfter = parseRetryAfter(response.headers);
            if (retryAfter !== undefined && retryAfter > RETRY_AFTER_LIMIT_MS)
                return response;
            await response.body?.cancel().catch(() => { });
            await sleep(retryAfter ?? backoffDelay(attempt, options.random), callerSignal);
            request = spare;
        }
    };
}
/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
