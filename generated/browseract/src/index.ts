/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 00d281f91dc0731ed22e753054f00b4bcd21f5eed5a9b899488a9e23fb7b6f8e
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/** @openapi-clients/browseract: the BrowserAct client, its types, enums and errors. */
export * from "./client.js";
export * from "./enums.js";
export * from "./schema.js";
export { ApiError, ClientOptionsError, ConnectionError, TimeoutError, unwrap, type ApiResult, type ClientOptions, type PlainRequest, type WaitOptions } from "./runtime/index.js";
