/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 98f540625efaed6336f96fa40fd1cbf2b2f38ff638db526853e077147bf81746
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { components } from "./schema.js";

/** The type of property K of T, or `unknown` where T has no such property. */
type PropertyOf<T, K extends PropertyKey> = T extends { readonly [P in K]?: infer V } ? V : unknown;

/** V, which must be values of the schema type T (a compile error names any other). */
type SchemaValues<V extends T, T> = V;

/**
 * Every value of `AnchorProxy.type`.
 *
 * **On change make sure to update the country_code.**
 *
 * - `"anchor_residential"`: Create a session with a residential proxy to access websites as if you're browsing from a computer in that country.
 * - `"anchor_mobile"`: Create a session with a mobile proxy to access websites as if you're browsing from a mobile device in that country.
 * - `"anchor_gov"`: Create your session with a residential proxy to access websites as if you're browsing from a computer in that country. This option reduces the chance of being blocked by governmental websites.
 * - `"anchor_proxy"`: Create a session with a proxy to access websites as if you're browsing from a computer in that country.
 */
export const anchorProxyTypeValues = [
    "anchor_residential", "anchor_mobile", "anchor_gov", "anchor_proxy",
] as const;

/** True when `value` is one of {@link anchorProxyTypeValues}. */
export function isAnchorProxyType(value: unknown): value is SchemaValues<(typeof anchorProxyTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["AnchorProxy"]>, "type">> {
    return (anchorProxyTypeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `AnchorProxyCountryCode`.
 *
 * What `AnchorProxy.country_code` allows when `type` is `"anchor_proxy"`.
 */
export const anchorProxyCountryCodeValues = [
    "af", "al", "dz", "ad", "ao", "as", "ag", "ar", "am", "aw", "au", "at", "az", "bs", "bh", "bb",
    "by", "be", "bz", "bj", "bm", "bo", "ba", "br", "bg", "bf", "cm", "ca", "cv", "td", "cl", "co",
    "cg", "cr", "ci", "hr", "cu", "cy", "cz", "dk", "dm", "do", "ec", "eg", "sv", "ee", "et", "fo",
    "fi", "fr", "gf", "pf", "ga", "gm", "ge", "de", "gh", "gi", "gr", "gd", "gp", "gt", "gg", "gn",
    "gw", "gy", "ht", "hn", "hu", "is", "in", "ir", "iq", "ie", "il", "it", "jm", "jp", "jo", "kz",
    "kw", "kg", "lv", "lb", "ly", "li", "lt", "lu", "mk", "ml", "mt", "mq", "mr", "mx", "md", "mc",
    "me", "ma", "nl", "nz", "ni", "ng", "no", "pk", "pa", "py", "pe", "ph", "pl", "pt", "pr", "qa",
    "ro", "lc", "sm", "sa", "sn", "rs", "sc", "sl", "sk", "si", "so", "za", "kr", "es", "sr", "se",
    "ch", "sy", "st", "tw", "tj", "tg", "tt", "tn", "tr", "tc", "ua", "ae", "us", "uy", "uz", "ve",
    "ye",
] as const;

/** True when `value` is one of {@link anchorProxyCountryCodeValues}. */
export function isAnchorProxyCountryCode(value: unknown): value is SchemaValues<(typeof anchorProxyCountryCodeValues)[number], components["schemas"]["AnchorProxyCountryCode"]> {
    return (anchorProxyCountryCodeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `CreateTaskRequest.language`.
 *
 * Programming language for the task
 */
export const createTaskRequestLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link createTaskRequestLanguageValues}. */
export function isCreateTaskRequestLanguage(value: unknown): value is SchemaValues<(typeof createTaskRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["CreateTaskRequest"]>, "language">> {
    return (createTaskRequestLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/** Every value of `CustomProxy.type`. */
export const customProxyTypeValues = ["custom"] as const;

/** True when `value` is one of {@link customProxyTypeValues}. */
export function isCustomProxyType(value: unknown): value is SchemaValues<(typeof customProxyTypeValues)[number], PropertyOf<NonNullable<components["schemas"]["CustomProxy"]>, "type">> {
    return (customProxyTypeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `DeployTaskRequest.language`.
 *
 * Programming language for the task
 */
export const deployTaskRequestLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link deployTaskRequestLanguageValues}. */
export function isDeployTaskRequestLanguage(value: unknown): value is SchemaValues<(typeof deployTaskRequestLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["DeployTaskRequest"]>, "language">> {
    return (deployTaskRequestLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `GovCountryCode`.
 *
 * What `AnchorProxy.country_code` allows when `type` is `"anchor_gov"`.
 */
export const govCountryCodeValues = [
    "af", "al", "dz", "ad", "ao", "as", "ag", "ar", "am", "aw", "au", "at", "az", "bs", "bh", "bb",
    "by", "be", "bz", "bj", "bm", "bo", "ba", "br", "bg", "bf", "cm", "ca", "cv", "td", "cl", "co",
    "cg", "cr", "ci", "hr", "cu", "cy", "cz", "dk", "dm", "do", "ec", "eg", "sv", "ee", "et", "fo",
    "fi", "fr", "gf", "pf", "ga", "gm", "ge", "de", "gh", "gi", "gr", "gd", "gp", "gt", "gg", "gn",
    "gw", "gy", "ht", "hn", "hu", "is", "in", "ir", "iq", "ie", "il", "it", "jm", "jp", "jo", "kz",
    "kw", "kg", "lv", "lb", "ly", "li", "lt", "lu", "mk", "ml", "mt", "mq", "mr", "mx", "md", "mc",
    "me", "ma", "nl", "nz", "ni", "ng", "no", "pk", "pa", "py", "pe", "ph", "pl", "pt", "pr", "qa",
    "ro", "lc", "sm", "sa", "sn", "rs", "sc", "sl", "sk", "si", "so", "za", "kr", "es", "sr", "se",
    "ch", "sy", "st", "tw", "tj", "tg", "tt", "tn", "tr", "tc", "ua", "ae", "us", "uy", "uz", "ve",
    "ye",
] as const;

/** True when `value` is one of {@link govCountryCodeValues}. */
export function isGovCountryCode(value: unknown): value is SchemaValues<(typeof govCountryCodeValues)[number], components["schemas"]["GovCountryCode"]> {
    return (govCountryCodeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `MobileCountryCode`.
 *
 * What `AnchorProxy.country_code` allows when `type` is `"anchor_mobile"`.
 */
export const mobileCountryCodeValues = [
    "af", "al", "dz", "ao", "ag", "ar", "am", "au", "at", "az", "bs", "bh", "bd", "bb", "be", "bz",
    "bj", "bt", "bo", "ba", "bw", "br", "bg", "bf", "kh", "cm", "ca", "cv", "cl", "cn", "co", "cg",
    "ci", "hr", "cu", "cy", "cz", "dk", "do", "ec", "eg", "sv", "ee", "et", "fj", "fi", "fr", "ga",
    "gm", "ge", "de", "gh", "gr", "gt", "gw", "gy", "ht", "hn", "hu", "is", "in", "id", "iq", "ie",
    "il", "it", "jm", "jp", "jo", "kz", "ke", "kw", "kg", "la", "lv", "lb", "lr", "ly", "lt", "mk",
    "mw", "my", "mv", "ml", "mt", "mu", "mx", "md", "mn", "me", "ma", "mz", "np", "nl", "nc", "nz",
    "na", "ni", "ng", "no", "om", "pk", "pa", "py", "pe", "ph", "pl", "pt", "qa", "ro", "ru", "rw",
    "sa", "sn", "rs", "sl", "sg", "sk", "si", "za", "kr", "es", "lk", "sd", "se", "ch", "sy", "tw",
    "tj", "tz", "th", "tg", "tt", "tn", "tr", "ug", "ua", "ae", "gb", "us", "uy", "uz", "ve", "vn",
    "ye", "zm", "zw",
] as const;

/** True when `value` is one of {@link mobileCountryCodeValues}. */
export function isMobileCountryCode(value: unknown): value is SchemaValues<(typeof mobileCountryCodeValues)[number], components["schemas"]["MobileCountryCode"]> {
    return (mobileCountryCodeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `ResidentialCountryCode`.
 *
 * What `AnchorProxy.country_code` allows when `type` is `"anchor_residential"`.
 */
export const residentialCountryCodeValues = [
    "af", "al", "dz", "ad", "ao", "ag", "ar", "am", "aw", "au", "at", "az", "bs", "bh", "bd", "bb",
    "by", "be", "bz", "bj", "bm", "bo", "ba", "bw", "br", "bn", "bg", "bf", "bi", "kh", "cm", "ca",
    "cv", "td", "cl", "cn", "co", "cg", "cr", "ci", "hr", "cu", "cy", "cz", "dk", "dj", "dm", "do",
    "ec", "eg", "sv", "gq", "ee", "sz", "et", "fj", "fi", "fr", "pf", "ga", "gm", "ge", "de", "gh",
    "gr", "gd", "gt", "gn", "gy", "ht", "hn", "hk", "hu", "is", "in", "id", "ir", "iq", "ie", "il",
    "it", "jm", "jp", "jo", "kz", "ke", "kw", "kg", "la", "lv", "lb", "ls", "lr", "ly", "lt", "lu",
    "mk", "mg", "mw", "my", "mv", "ml", "mt", "mr", "mx", "md", "mn", "me", "ma", "mz", "mm", "na",
    "np", "nl", "nc", "nz", "ni", "ne", "ng", "no", "om", "pk", "pa", "pg", "py", "pe", "ph", "pl",
    "pt", "pr", "qa", "ro", "ru", "rw", "lc", "ws", "sm", "sa", "sn", "rs", "sl", "sg", "sk", "si",
    "so", "za", "kr", "ss", "es", "lk", "sd", "sr", "se", "ch", "sy", "st", "tw", "tj", "tz", "th",
    "tl", "tr", "tg", "tt", "tn", "tm", "ug", "ua", "gb", "us", "uy", "uz", "vu", "ve", "vn", "ye",
    "zm", "zw",
] as const;

/** True when `value` is one of {@link residentialCountryCodeValues}. */
export function isResidentialCountryCode(value: unknown): value is SchemaValues<(typeof residentialCountryCodeValues)[number], components["schemas"]["ResidentialCountryCode"]> {
    return (residentialCountryCodeValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `Task.language`.
 *
 * Programming language for the task
 */
export const taskLanguageValues = ["typescript"] as const;

/** True when `value` is one of {@link taskLanguageValues}. */
export function isTaskLanguage(value: unknown): value is SchemaValues<(typeof taskLanguageValues)[number], PropertyOf<NonNullable<components["schemas"]["Task"]>, "language">> {
    return (taskLanguageValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `TaskExecutionStatus`.
 *
 * How a task execution ended
 */
export const taskExecutionStatusValues = ["success", "failure", "timeout", "cancelled"] as const;

/** True when `value` is one of {@link taskExecutionStatusValues}. */
export function isTaskExecutionStatus(value: unknown): value is SchemaValues<(typeof taskExecutionStatusValues)[number], components["schemas"]["TaskExecutionStatus"]> {
    return (taskExecutionStatusValues as ReadonlyArray<unknown>).includes(value);
}

/**
 * Every value of `TaskRunStatusV2Response.status`.
 *
 * Current task run status
 */
export const taskRunStatusV2ResponseStatusValues = [
    "queued", "running", "success", "failure", "timeout", "cancelled",
] as const;

/** True when `value` is one of {@link taskRunStatusV2ResponseStatusValues}. */
export function isTaskRunStatusV2ResponseStatus(value: unknown): value is SchemaValues<(typeof taskRunStatusV2ResponseStatusValues)[number], PropertyOf<NonNullable<components["schemas"]["TaskRunStatusV2Response"]>, "status">> {
    return (taskRunStatusV2ResponseStatusValues as ReadonlyArray<unknown>).includes(value);
}
