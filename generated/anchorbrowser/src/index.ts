/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/** @openapi-clients/anchorbrowser: the AnchorBrowser client, its types, enums and errors. */
export * from "./client.js";
export * from "./enums.js";
export * from "./schema.js";
export { ApiError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError, ClientOptionsError, ConnectionError, TimeoutError, unwrap, paginate, type ApiResult, type ClientOptions, type PaginateOptions, type Pages, type PlainRequest, type ServerSentEvent, type WaitOptions } from "./runtime/index.js";
