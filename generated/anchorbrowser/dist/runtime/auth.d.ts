/** How an API wants its key, from the manifest's security scheme (an apiKey is always a header: the generator refuses others). */
export type AuthScheme = {
    type: 'apiKey';
    name: string;
} | {
    type: 'http';
    scheme: 'bearer';
};
/** Reads an environment variable where there is one (Node, Deno, Bun); undefined in browsers. */
export declare function readEnv(name: string): string | undefined;
/**
 * The key, trimmed as Headers would trim it (a secret file ends with a
 * newline; trim() also drops a BOM) and checked: a header value cannot hold
 * control characters (NUL, CR, LF…), and Headers' own TypeError would quote
 * the whole key. Only visible ASCII and inner spaces pass.
 */
export declare function resolveApiKey(clientName: string, explicit: string | undefined, envVar: string): string;
/**
 * An absolute http(s) URL without whitespace, control characters,
 * credentials (no `@`), query or fragment: openapi-fetch appends paths to
 * it. The value is not printed: a key set in the wrong variable would be.
 */
export declare function resolveBaseUrl(explicit: string | undefined, envVar: string, fallback: string): string;
export declare function authHeaders(scheme: AuthScheme, key: string): Record<string, string>;
