/**
 * The operation model: what every stage after normalization needs to know
 * about one API, built once from the normalized document and the manifest
 * (build.ts). Codegen, the contract harness and the CLI summary read it;
 * none of them walks the document for operations, 2xx bodies, JSON media,
 * parameters or auth again, or re-reads the manifest.
 *
 * Schemas stay in the document (`document`): types are generated from it
 * whole, and a schema is reached through the pointers and component names
 * kept here.
 */
import type { ErrorShapeSpec, WaiterSpec } from '../manifest.js';
import type { HttpMethod, JsonObject, MediaType, Parameter, ParameterLocation } from '../openapi/types.js';

export interface ApiModel {
  names: ApiNames;
  /** The client's default server (the manifest's `baseUrl`). */
  baseUrl: string;
  auth: AuthModel;
  /** Where code, message and trace id sit in the API's error bodies. */
  errors: ErrorsModel;
  /** The first of `errors.shapes` (or none): for readers that know one shape only. */
  errorShape: ErrorShapeSpec;
  /** In document order. */
  operations: OperationModel[];
  waiters: WaiterModel[];
  /** The list operations, in document order: recognised by shape, as the manifest's client.pagination corrects them. */
  paged: PagedOperation[];
  /** Operations whose client method is not their operationId, and why. */
  renamedMethods: MethodRename[];
  /** The normalized document the model was built from. */
  document: JsonObject;
}

/** The error body shapes the clients try in order (`apiErrorFromBody` in src/runtime/errors.ts). */
export interface ErrorsModel {
  shapes: ErrorShapeSpec[];
  /** Derived from the documented error responses: the manifest has no client.errors. */
  derived: boolean;
  /**
   * Documented JSON error responses no derived shape fits (their clients'
   * errors carry the body's text or the status text as the message);
   * empty when the manifest gives the shapes, which must fit every one.
   */
  unmatched: string[];
}

export interface ApiNames {
  /** The API folder's name: the output folder. */
  api: string;
  /** The API's title, as the manifest gives it (`Anchor Browser API`). */
  title: string;
  /** `AnchorBrowser`: names the client's types (`AnchorBrowserClient`). */
  client: string;
  /** `createAnchorBrowserClient`. */
  factory: string;
  /** The npm package name. */
  package: string;
  version: string;
  /** Where clients read the base URL by default. */
  baseUrlEnv: string;
}

export interface AuthModel {
  /** One per security scheme the runtime can send, in the document's (sorted) order. */
  credentials: CredentialModel[];
  /** The document-level requirements ([] when it has none). */
  security: SecurityModel;
}

/**
 * Security requirements as the runtime reads them: alternatives (OR), each
 * the scheme names it needs together (AND); `[]` in the list is "no
 * credentials", and an empty list requires none.
 */
export type SecurityModel = string[][];

/** A scheme's credential: how it is sent, and the client options and environment variables it comes from. */
export interface CredentialModel {
  /** The scheme's name in `components.securitySchemes`. */
  scheme: string;
  /** What the runtime sends (the shape of `AuthScheme` in src/runtime/auth.ts): oauth2 and openIdConnect as bearer tokens. */
  send: { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string } | { type: 'http'; scheme: 'bearer' | 'basic' };
  /** Client option names: one, or a basic scheme's username and password. */
  options: string[];
  /** The environment variable each option defaults to, in the same order. */
  envVars: string[];
  description?: string;
}

export interface OperationModel {
  id: string;
  /** The client's method for it: the operationId, unless that is one of the client's own names (see method-names.ts). */
  methodName: string;
  method: HttpMethod;
  /** The path template, e.g. `/v1/task/{taskId}`. */
  path: string;
  /** `POST /v1/task`: how docs, errors and the client's definition name the operation. */
  route: string;
  /** JSON pointer of the Operation Object in the document. */
  pointer: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** The requirements the operation is sent with: its own `security`, else the document's. */
  security: SecurityModel;
  /** Path-item and operation parameters, resolved, by location; the operation's win on the same name and location. */
  parameters: Record<ParameterLocation, Parameter[]>;
  requestBody?: BodyModel;
  /** Every documented response, in document order. */
  responses: ResponseModel[];
  /** The first documented 2xx response. */
  success?: ResponseModel;
  /** Responses with a 4xx or 5xx status (`404`, `4XX`) or `default`: what an `ApiError` carries. */
  errorResponses: ResponseModel[];
}

export interface BodyModel {
  required: boolean;
  description?: string;
  media: MediaModel[];
  /** The `application/json` media, the one the clients and the contract tests speak. */
  json?: MediaModel;
}

export interface ResponseModel {
  /** As documented: `200`, `4XX`, `default`. */
  status: string;
  description?: string;
  media: MediaModel[];
  /** The `application/json` media, when the response has a JSON body. */
  json?: MediaModel;
}

export interface MediaModel {
  /** The media type, e.g. `application/json`. */
  type: string;
  /** The Media Type Object (its examples, encoding), with `$ref`s on the way to it followed. */
  object: MediaType;
  /** JSON pointer of its schema, where the schema object is written (a `$ref` is not followed): for validators. */
  schemaPointer: string;
  /** The component its schema refers to, when it is a `$ref` to one. */
  component?: string;
}

/** A waiter method of the client, checked against the operation it polls. */
/** A list operation and how it pages (pagination.ts). */
export interface PagedOperation {
  operation: OperationModel;
  pagination: PaginationModel;
}

export interface WaiterModel extends WaiterSpec {
  name: string;
  /** The GET it polls. */
  operation: OperationModel;
  /** The polled operation's first 2xx response, which has a JSON body. */
  success: ResponseModel & { json: MediaModel };
  /** `items` as property names, from the body to the list. */
  itemsPath: string[];
  /** The component of one item, when the list's items are a `$ref` to one. */
  itemComponent?: string;
}

export interface MethodRename {
  operationId: string;
  methodName: string;
  reason: string;
}

/** How a list operation pages (recognised by src/model/pagination.ts, or declared in the manifest). */
export type PaginationModel = PageNumberPagination | CursorPagination;

export interface PageNumberPagination {
  style: 'page';
  /** The query parameter holding the page number. */
  page: string;
  /** Whether the page parameter is a number (else it is sent as a string: Anchor's `"1"`). */
  numeric: boolean;
  /** The query parameter holding the page size, when there is one. */
  limit?: string;
  /** Property names from the body to the list of items. */
  items: string[];
  totalPages?: string[];
  hasNext?: string[];
  total?: string[];
}

/** Where the next page starts: at least one of `next`, `nextUrl` and `lastItem` is set. */
export interface CursorPagination {
  style: 'cursor';
  /** The query parameter holding the cursor. */
  cursor: string;
  /** Property names from the body to the list of items. */
  items: string[];
  /** Property names from the body to the next page's cursor. */
  next?: string[];
  /** Property names from the body to the next page's URL, whose query the next request sends. */
  nextUrl?: string[];
  /** Property names from the last item to the next page's cursor (`["id"]` for `starting_after`). */
  lastItem?: string[];
  /** Property names from the body to a "has more" flag: false ends the listing. */
  hasMore?: string[];
}
