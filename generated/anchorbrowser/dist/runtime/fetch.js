/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/fetch.ts, copied verbatim
 * Source sha256: a0ac8df1c3d379585d0e1516523f99cc628f62e6acd14a2584aa0f2e5d2dc642
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, and errors that never carry the API key.
 */
import { ConnectionError, TimeoutError } from './errors.js';
import { backoffDelay, errorCode, isRetryableError, isRetryableStatus, parseRetryAfter, RETRY_AFTER_LIMIT_MS } from './retry.js';
/**
 * The `Request` class the clients give openapi-fetch: what sending needs,
 * with the body as openapi-fetch serialized it. Building a WHATWG Request per
 * call and reading its body back cost about a fifth of a call (see the
 * README). Middleware receives it (`url`, `method`, `headers`, a real
 * Headers, `body`, `signal`) and may change it in place; openapi-fetch takes
 * no other Request class in its place.
 */
export class PlainRequest {
    constructor(url, init) {
        this.url = url;
        Object.assign(this, init);
    }
}
export function createResilientFetch(options) {
    const { timeoutMs, maxRetries, redact, sleep = abortableSleep, random } = options;
    return async function resilientFetch(request) {
        // The body as openapi-fetch serialized it: every attempt sends the same
        // bytes, with no stream to tee or clone.
        const { method, body, signal: callerSignal } = request;
        for (let attempt = 0;; attempt++) {
            const lastAttempt = attempt >= maxRetries;
            // One controller per attempt, fed by a fresh timer and by the caller's
            // signal: cheaper than AbortSignal.timeout + AbortSignal.any, whose
            // signals cost more than the request itself at high rates. The deadline
            // runs until the response headers arrive, as in most HTTP clients.
            const controller = new AbortController();
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                controller.abort();
            }, timeoutMs);
            const onCallerAbort = () => controller.abort(callerSignal?.reason);
            callerSignal?.addEventListener('abort', onCallerAbort);
            let delay;
            try {
                const response = await (options.fetch ?? globalThis.fetch)(request.url, { method, headers: request.headers, body, signal: controller.signal });
                if (lastAttempt || !isRetryableStatus(method, response.status))
                    return response;
                delay = parseRetryAfter(response.headers);
                if (delay !== undefined && delay > RETRY_AFTER_LIMIT_MS)
                    return response;
                await response.body?.cancel().catch(() => { });
            }
            catch (error) {
                if (callerSignal?.aborted)
                    throw callerSignal.reason;
                if (lastAttempt || !isRetryableError(method, error, timedOut)) {
                    const what = `${method} ${new URL(request.url).pathname}`;
                    if (timedOut)
                        throw new TimeoutError(timeoutMs, what);
                    // undici says only "fetch failed" and puts the reason on `cause`.
                    const failure = error;
                    throw new ConnectionError(redact(`${what} failed: ${failure?.cause?.message ?? failure?.message ?? failure}`), errorCode(error));
                }
            }
            finally {
                clearTimeout(timer);
                callerSignal?.removeEventListener('abort', onCallerAbort);
            }
            await sleep(delay ?? backoffDelay(attempt, random), callerSignal);
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
