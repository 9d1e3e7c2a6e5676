/** One operation of the document as the later stages read it: parameters, bodies and responses resolved once. */
import { JSON_MEDIA } from '../openapi/media.js';
import type { PathOperation } from '../openapi/operations.js';
import { toPointer } from '../openapi/pointer.js';
import { referencedComponent, resolveLocal, resolveLocalAt } from '../openapi/refs.js';
import { isObject, type JsonObject, type MediaType, type Parameter, type ParameterLocation } from '../openapi/types.js';
import { requirements } from './auth.js';
import type { BodyModel, MediaModel, OperationModel, ResponseModel, SecurityModel } from './types.js';

const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export function operationModel(document: JsonObject, { path, method, operation, pathItem }: PathOperation, methodName: string, documentSecurity: SecurityModel): OperationModel {
  const pointer = toPointer(['paths', path, method]);
  const responses = isObject(operation.responses)
    ? Object.entries(operation.responses).flatMap(([status, response]) => responseModel(document, status, response, `${pointer}${toPointer(['responses', status])}`) ?? [])
    : [];
  const requestBody = bodyModel(document, operation.requestBody, `${pointer}/requestBody`);
  return {
    id: operation.operationId as string,
    methodName,
    method,
    path,
    route: `${method.toUpperCase()} ${path}`,
    pointer,
    ...(typeof operation.summary === 'string' ? { summary: operation.summary } : {}),
    ...(typeof operation.description === 'string' ? { description: operation.description } : {}),
    deprecated: operation.deprecated === true,
    security: requirements(operation.security) ?? documentSecurity,
    parameters: parameters(document, [pathItem.parameters, operation.parameters]),
    ...(requestBody ? { requestBody } : {}),
    responses,
    ...withSuccess(responses),
    errorResponses: responses.filter((response) => /^[45]|^default$/.test(response.status)),
  };
}

function withSuccess(responses: ResponseModel[]): { success?: ResponseModel } {
  const success = responses.find((response) => /^2\d\d$/.test(response.status));
  return success ? { success } : {};
}

/** Path-item parameters, then the operation's, which win on the same name and location. */
function parameters(document: JsonObject, lists: unknown[]): Record<ParameterLocation, Parameter[]> {
  const byKey = new Map<string, Parameter>();
  for (const list of lists) {
    for (const entry of Array.isArray(list) ? list : []) {
      const value = resolveLocal(document, entry);
      if (isObject(value) && typeof value.name === 'string') byKey.set(`${String(value.in)}:${value.name}`, value as Parameter);
    }
  }
  const found = [...byKey.values()];
  return Object.fromEntries(PARAMETER_LOCATIONS.map((location) => [location, found.filter((parameter) => parameter.in === location)])) as Record<ParameterLocation, Parameter[]>;
}

function bodyModel(document: JsonObject, written: unknown, pointer: string): BodyModel | undefined {
  const body = resolveLocalAt(document, written, pointer);
  if (!isObject(body.value)) return undefined;
  const media = mediaModels(document, body.value.content, `${body.pointer}/content`);
  return {
    required: body.value.required === true,
    ...(typeof body.value.description === 'string' ? { description: body.value.description } : {}),
    media,
    ...withJson(media),
  };
}

function responseModel(document: JsonObject, status: string, written: unknown, pointer: string): ResponseModel | undefined {
  const response = resolveLocalAt(document, written, pointer);
  if (!isObject(response.value)) return undefined;
  const media = mediaModels(document, response.value.content, `${response.pointer}/content`);
  return {
    status,
    ...(typeof response.value.description === 'string' ? { description: response.value.description } : {}),
    media,
    ...withJson(media),
  };
}

function withJson(media: MediaModel[]): { json?: MediaModel } {
  const json = media.find((candidate) => candidate.type === JSON_MEDIA);
  return json ? { json } : {};
}

function mediaModels(document: JsonObject, content: unknown, pointer: string): MediaModel[] {
  if (!isObject(content)) return [];
  return Object.entries(content).flatMap(([type, entry]) => {
    const media = resolveLocalAt(document, entry, `${pointer}${toPointer([type])}`);
    if (!isObject(media.value)) return [];
    const object = media.value as MediaType;
    const component = referencedComponent(object.schema, 'schemas');
    return [{ type, object, schemaPointer: `${media.pointer}/schema`, ...(component === undefined ? {} : { component }) }];
  });
}
