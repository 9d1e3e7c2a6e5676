/**
 * How an API wants a credential, from its security scheme: an apiKey in a
 * header, the query or a cookie; a bearer token (oauth2 and openIdConnect
 * access tokens too); or HTTP basic (username and password).
 */
export type AuthScheme = {
    type: 'apiKey';
    in: 'header' | 'query' | 'cookie';
    name: string;
} | {
    type: 'http';
    scheme: 'bearer' | 'basic';
};
/** One scheme's credential: how it is sent, and the options (basic: username, password) and environment variables it is read from. */
export interface CredentialDefinition {
    send: AuthScheme;
    options: readonly string[];
    env: readonly string[];
}
/**
 * Security requirements: alternatives (the first whose credentials are all
 * configured is sent), each the scheme names it needs together. `[]` as an
 * alternative sends nothing; an empty list needs no credentials.
 */
export type Requirements = ReadonlyArray<readonly string[]>;
/** What one request carries: headers to set, a query string to append. */
export interface Sent {
    headers: Array<[string, string]>;
    cookies: string[];
    query: string[];
}
/** Reads an environment variable where there is one (Node, Deno, Bun); undefined in browsers. */
export declare function readEnv(name: string): string | undefined;
/**
 * Each scheme's credential that is configured (an option, else its
 * variable), trimmed as Headers would trim it (a secret file ends with a
 * newline; trim() also drops a BOM) and checked: only visible ASCII and
 * inner spaces pass (a header value cannot hold CR, LF or NUL, and Headers'
 * own TypeError would quote the whole value); a cookie value also no `;`,
 * `,`, `"`, `\` or space, and a basic username no `:`. A basic scheme is
 * configured by its username; its password defaults to empty (Lob sends its
 * key as the username). Schemes with nothing configured are left out.
 */
export declare function resolveCredentials(clientName: string, credentials: Readonly<Record<string, CredentialDefinition>>, options: object): Map<string, string[]>;
/** What to send for one requirement (scheme names), from resolved credentials. */
export declare function sentFor(requirement: readonly string[], credentials: Readonly<Record<string, CredentialDefinition>>, resolved: Map<string, string[]>): Sent;
/** The first alternative whose schemes are all configured: what to send, or undefined when none is. */
export declare function chooseRequirement(requirements: Requirements, resolved: Map<string, string[]>): readonly string[] | undefined;
/** Every string that reveals a credential as sent: each value, and a basic scheme's encoded pair. */
export declare function secretsOf(credentials: Readonly<Record<string, CredentialDefinition>>, resolved: Map<string, string[]>): string[];
/** How a client can be given what `requirements` need, for errors: `pass { apiKey } to createXClient() or set X_API_KEY`. */
export declare function howToConfigure(clientName: string, requirements: Requirements, credentials: Readonly<Record<string, CredentialDefinition>>): string;
/**
 * An absolute http(s) URL without whitespace, control characters,
 * credentials (no `@`), query or fragment: openapi-fetch appends paths to
 * it. The value is not printed: a key set in the wrong variable would be.
 */
export declare function resolveBaseUrl(explicit: string | undefined, envVar: string, fallback: string): string;
