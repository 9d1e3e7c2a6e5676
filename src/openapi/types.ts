/**
 * The objects of an OpenAPI 3.1 document, as the specification defines them
 * (https://spec.openapis.org/oas/v3.1.0), and the JSON values they are made
 * of. Every stage reads documents through these names.
 *
 * Specs are untrusted: a type here says what a well-formed document has at
 * that place, not what a published one does. Every object is open to
 * specification extensions (`x-…`) and to keys this model does not know, and
 * code still checks each value it reads (`isObject`, `typeof`,
 * `Array.isArray`) before relying on it.
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

/** A mapping as parsed from a document: its keys are strings, its values not checked yet. */
export type JsonObject = Record<string, unknown>;

/** A mapping (not an array, not null): the only check every reader of a document needs first. */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Specification extensions (`x-…`, https://spec.openapis.org/oas/v3.1.0#specification-extensions)
 * and any key a published document adds: allowed everywhere, trusted nowhere.
 */
export interface Extensible {
  [key: string]: unknown;
}

/** The operations a Path Item can hold, in the order the specification lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** https://spec.openapis.org/oas/v3.1.0#openapi-object */
export interface Document extends Extensible {
  openapi: string;
  info: Info;
  jsonSchemaDialect?: string;
  servers?: Server[];
  paths?: Paths;
  webhooks?: Record<string, PathItem | Reference>;
  components?: Components;
  security?: SecurityRequirement[];
  tags?: Tag[];
  externalDocs?: ExternalDocumentation;
}

/** https://spec.openapis.org/oas/v3.1.0#info-object */
export interface Info extends Extensible {
  title: string;
  summary?: string;
  description?: string;
  termsOfService?: string;
  contact?: Contact;
  license?: License;
  version: string;
}

/** https://spec.openapis.org/oas/v3.1.0#contact-object */
export interface Contact extends Extensible {
  name?: string;
  url?: string;
  email?: string;
}

/** https://spec.openapis.org/oas/v3.1.0#license-object */
export interface License extends Extensible {
  name: string;
  identifier?: string;
  url?: string;
}

/** https://spec.openapis.org/oas/v3.1.0#server-object */
export interface Server extends Extensible {
  url: string;
  description?: string;
  variables?: Record<string, ServerVariable>;
}

/** https://spec.openapis.org/oas/v3.1.0#server-variable-object */
export interface ServerVariable extends Extensible {
  enum?: string[];
  default: string;
  description?: string;
}

/** https://spec.openapis.org/oas/v3.1.0#components-object */
export interface Components extends Extensible {
  schemas?: Record<string, Schema>;
  responses?: Record<string, Response | Reference>;
  parameters?: Record<string, Parameter | Reference>;
  examples?: Record<string, Example | Reference>;
  requestBodies?: Record<string, RequestBody | Reference>;
  headers?: Record<string, Header | Reference>;
  securitySchemes?: Record<string, SecurityScheme | Reference>;
  links?: Record<string, Link | Reference>;
  callbacks?: Record<string, Callback | Reference>;
  pathItems?: Record<string, PathItem | Reference>;
}

/** https://spec.openapis.org/oas/v3.1.0#paths-object: path templates (`/pets/{petId}`) to their Path Items. */
export type Paths = Record<string, PathItem>;

/** https://spec.openapis.org/oas/v3.1.0#path-item-object (its `$ref`, unlike a Reference Object's, may have siblings). */
export interface PathItem extends Extensible, Partial<Record<HttpMethod, Operation>> {
  $ref?: string;
  summary?: string;
  description?: string;
  servers?: Server[];
  parameters?: Array<Parameter | Reference>;
}

/** https://spec.openapis.org/oas/v3.1.0#operation-object */
export interface Operation extends Extensible {
  tags?: string[];
  summary?: string;
  description?: string;
  externalDocs?: ExternalDocumentation;
  operationId?: string;
  parameters?: Array<Parameter | Reference>;
  requestBody?: RequestBody | Reference;
  responses?: Responses;
  callbacks?: Record<string, Callback | Reference>;
  deprecated?: boolean;
  security?: SecurityRequirement[];
  servers?: Server[];
}

/** https://spec.openapis.org/oas/v3.1.0#external-documentation-object */
export interface ExternalDocumentation extends Extensible {
  description?: string;
  url: string;
}

export type ParameterLocation = 'query' | 'header' | 'path' | 'cookie';

/** The fields a Parameter and a Header share (https://spec.openapis.org/oas/v3.1.0#header-object). */
interface ParameterFields extends Extensible {
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  style?: string;
  explode?: boolean;
  schema?: Schema;
  example?: JsonValue;
  examples?: Record<string, Example | Reference>;
  /** One entry, instead of `schema`, for a complex serialization. */
  content?: Record<string, MediaType>;
}

/** https://spec.openapis.org/oas/v3.1.0#parameter-object */
export interface Parameter extends ParameterFields {
  name: string;
  in: ParameterLocation;
  allowEmptyValue?: boolean;
  allowReserved?: boolean;
}

/** https://spec.openapis.org/oas/v3.1.0#header-object: a Parameter without `name` and `in`. */
export type Header = ParameterFields;

/** https://spec.openapis.org/oas/v3.1.0#request-body-object */
export interface RequestBody extends Extensible {
  description?: string;
  content: Record<string, MediaType>;
  required?: boolean;
}

/** https://spec.openapis.org/oas/v3.1.0#media-type-object */
export interface MediaType extends Extensible {
  schema?: Schema;
  example?: JsonValue;
  examples?: Record<string, Example | Reference>;
  encoding?: Record<string, Encoding>;
}

/** https://spec.openapis.org/oas/v3.1.0#encoding-object */
export interface Encoding extends Extensible {
  contentType?: string;
  headers?: Record<string, Header | Reference>;
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
}

/** https://spec.openapis.org/oas/v3.1.0#responses-object: status codes (`200`, `4XX`, `default`) to responses. */
export type Responses = Record<string, Response | Reference>;

/** https://spec.openapis.org/oas/v3.1.0#response-object */
export interface Response extends Extensible {
  description: string;
  headers?: Record<string, Header | Reference>;
  content?: Record<string, MediaType>;
  links?: Record<string, Link | Reference>;
}

/** https://spec.openapis.org/oas/v3.1.0#callback-object: runtime expressions to the Path Items they call. */
export type Callback = Record<string, PathItem | Reference>;

/** https://spec.openapis.org/oas/v3.1.0#example-object */
export interface Example extends Extensible {
  summary?: string;
  description?: string;
  value?: JsonValue;
  externalValue?: string;
}

/** https://spec.openapis.org/oas/v3.1.0#link-object */
export interface Link extends Extensible {
  operationRef?: string;
  operationId?: string;
  parameters?: Record<string, unknown>;
  requestBody?: unknown;
  description?: string;
  server?: Server;
}

/** https://spec.openapis.org/oas/v3.1.0#tag-object */
export interface Tag extends Extensible {
  name: string;
  description?: string;
  externalDocs?: ExternalDocumentation;
}

/**
 * https://spec.openapis.org/oas/v3.1.0#reference-object: where the
 * specification allows one instead of a Parameter, Response, Example…
 * (inside a Schema, `$ref` is a JSON Schema keyword instead, see `Schema`).
 */
export interface Reference extends Extensible {
  $ref: string;
  summary?: string;
  description?: string;
}

/** https://spec.openapis.org/oas/v3.1.0#security-scheme-object */
export interface SecurityScheme extends Extensible {
  type: 'apiKey' | 'http' | 'mutualTLS' | 'oauth2' | 'openIdConnect';
  description?: string;
  name?: string;
  in?: 'query' | 'header' | 'cookie';
  scheme?: string;
  bearerFormat?: string;
  flows?: OAuthFlows;
  openIdConnectUrl?: string;
}

/** https://spec.openapis.org/oas/v3.1.0#oauth-flows-object */
export interface OAuthFlows extends Extensible {
  implicit?: OAuthFlow;
  password?: OAuthFlow;
  clientCredentials?: OAuthFlow;
  authorizationCode?: OAuthFlow;
}

/** https://spec.openapis.org/oas/v3.1.0#oauth-flow-object */
export interface OAuthFlow extends Extensible {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: Record<string, string>;
}

/** https://spec.openapis.org/oas/v3.1.0#security-requirement-object: scheme names to required scopes. */
export type SecurityRequirement = Record<string, string[]>;

export type SchemaType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'string' | 'integer';

/** A subschema: JSON Schema 2020-12 also allows `true` (anything) and `false` (nothing). */
export type SubSchema = Schema | boolean;

/**
 * https://spec.openapis.org/oas/v3.1.0#schema-object: a JSON Schema 2020-12
 * schema (https://json-schema.org/draft/2020-12/json-schema-core and
 * json-schema-validation) with OpenAPI's vocabulary added. `$ref` may have
 * sibling keywords, and is reported, not followed, by the visitor.
 */
export interface Schema extends Extensible {
  // Core (json-schema-core §8).
  $schema?: string;
  $id?: string;
  $anchor?: string;
  $dynamicAnchor?: string;
  $ref?: string;
  $dynamicRef?: string;
  $defs?: Record<string, SubSchema>;
  $comment?: string;
  // Applicators (json-schema-core §10) and unevaluated locations (§11).
  allOf?: SubSchema[];
  anyOf?: SubSchema[];
  oneOf?: SubSchema[];
  not?: SubSchema;
  if?: SubSchema;
  then?: SubSchema;
  else?: SubSchema;
  dependentSchemas?: Record<string, SubSchema>;
  prefixItems?: SubSchema[];
  items?: SubSchema;
  contains?: SubSchema;
  properties?: Record<string, SubSchema>;
  patternProperties?: Record<string, SubSchema>;
  additionalProperties?: SubSchema;
  propertyNames?: SubSchema;
  unevaluatedItems?: SubSchema;
  unevaluatedProperties?: SubSchema;
  // Validation (json-schema-validation §6).
  type?: SchemaType | SchemaType[];
  const?: JsonValue;
  enum?: JsonValue[];
  multipleOf?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  maxItems?: number;
  minItems?: number;
  uniqueItems?: boolean;
  maxContains?: number;
  minContains?: number;
  maxProperties?: number;
  minProperties?: number;
  required?: string[];
  dependentRequired?: Record<string, string[]>;
  // Format (§7), string-encoded content (§8) and meta-data (§9).
  format?: string;
  contentEncoding?: string;
  contentMediaType?: string;
  contentSchema?: SubSchema;
  title?: string;
  description?: string;
  default?: JsonValue;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  examples?: JsonValue[];
  // OpenAPI's vocabulary (https://spec.openapis.org/oas/v3.1.0#fixed-fields-19).
  discriminator?: Discriminator;
  xml?: Xml;
  externalDocs?: ExternalDocumentation;
  /** Deprecated in 3.1 in favour of `examples`, still widely published. */
  example?: JsonValue;
}

/** https://spec.openapis.org/oas/v3.1.0#discriminator-object */
export interface Discriminator extends Extensible {
  propertyName: string;
  mapping?: Record<string, string>;
}

/** https://spec.openapis.org/oas/v3.1.0#xml-object */
export interface Xml extends Extensible {
  name?: string;
  namespace?: string;
  prefix?: string;
  attribute?: boolean;
  wrapped?: boolean;
}
