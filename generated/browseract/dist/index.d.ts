/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: ee32208c775a57376731a0ca11cb294a89ec6d06cb66723f8e39f44c26965a1b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/** @openapi-clients/browseract: the BrowserAct client, its types, enums and errors. */
export * from "./client.js";
export * from "./enums.js";
export * from "./schema.js";
export { ApiError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError, ClientOptionsError, ConnectionError, TimeoutError, unwrap, paginate, type ApiResult, type ClientOptions, type PaginateOptions, type Pages, type PlainRequest, type ServerSentEvent, type WaitOptions } from "./runtime/index.js";
