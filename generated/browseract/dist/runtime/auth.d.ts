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
export declare function resolveApiKey(clientName: string, explicit: string | undefined, envVar: string): string;
export declare function resolveBaseUrl(explicit: string | undefined, envVar: string, fallback: string): string;
export declare function authHeaders(scheme: AuthScheme, key: string): Record<string, string>;
