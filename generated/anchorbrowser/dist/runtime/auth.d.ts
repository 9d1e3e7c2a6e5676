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
/**
 * How one scheme's credential goes on a request. Each kind is an export of
 * its own and a generated client imports only the kinds its API uses, so a
 * bundler leaves the others out.
 */
export interface Sender {
    /** Puts the credential on the request; a header replaces one of the same name. */
    put(request: {
        url: string;
        headers: Headers;
    }, values: readonly string[]): void;
    /** Why a trimmed value cannot be sent this way, beyond what every credential is checked for. */
    refuse?(value: string, index: number): string | false;
    /** What reveals the credential as sent besides its values: basic's encoded pair. */
    encoded?(values: readonly string[]): string[];
}
export declare const headerKey: (name: string) => Sender;
export declare const queryKey: (name: string) => Sender;
export declare const cookieKey: (name: string) => Sender;
export declare const bearer: Sender;
export declare const basic: Sender;
/** The sender of a scheme described as data (tests, untyped callers); generated clients name their kinds directly. */
export declare function senderOf(scheme: AuthScheme): Sender;
/** One scheme's credential: how it is sent, and the options (basic: username, password) and environment variables it is read from. */
export interface CredentialDefinition {
    send: Sender;
    options: readonly string[];
    env: readonly string[];
}
/**
 * Security requirements: alternatives (the first whose credentials are all
 * configured is sent), each the scheme names it needs together. `[]` as an
 * alternative sends nothing; an empty list needs no credentials.
 */
export type Requirements = ReadonlyArray<readonly string[]>;
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
/** The first alternative whose schemes are all configured: what to send, or undefined when none is. */
export declare function chooseRequirement(requirements: Requirements, resolved: Map<string, string[]>): readonly string[] | undefined;
/** Every string that reveals a credential as sent: its values, and what its sender derives from them. */
export declare function secretsOf(credentials: Readonly<Record<string, CredentialDefinition>>, resolved: Map<string, string[]>): string[];
/** How a client can be given what `requirements` need, for errors: `pass { apiKey } to createXClient() or set X_API_KEY`. */
export declare function howToConfigure(clientName: string, requirements: Requirements, credentials: Readonly<Record<string, CredentialDefinition>>): string;
/**
 * An absolute http(s) URL without whitespace, control characters,
 * credentials (no `@`), query or fragment: openapi-fetch appends paths to
 * it. The value is not printed: a key set in the wrong variable would be.
 */
export declare function resolveBaseUrl(explicit: string | undefined, envVar: string, fallback: string): string;
