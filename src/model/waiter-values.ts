/**
 * A waiter's fixed query values, checked against the polled parameter's
 * schema when the model is built: a value the schema refuses would be a
 * type error in the generated client (TS2322) or a request the API
 * refuses, so it is a one-line manifest error instead, naming the line.
 */
import type { WaiterSpec } from '../manifest.js';
import { parsePointer, resolvePointer, toPointer } from '../openapi/pointer.js';
import { resolveLocalAt } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { DocumentValidator, SchemaNotCompiled, type ErrorObject } from '../schema-validator.js';
import type { Fail } from './fail.js';
import type { OperationModel } from './types.js';

/** Fails on the first fixed query value the parameter's schema refuses. */
export function checkFixedQuery(waiter: WaiterSpec, at: string, operation: OperationModel, document: JsonObject, validators: () => DocumentValidator, fail: Fail): void {
  for (const [name, value] of Object.entries(waiter.query)) {
    const pointer = queryParameterSchema(document, operation, name);
    if (pointer === undefined) continue;
    let errors: ErrorObject[];
    try {
      errors = validators().validate(pointer, value);
    } catch (error) {
      // A schema the validator cannot compile constrains nothing here (as for examples).
      if (error instanceof SchemaNotCompiled) continue;
      throw error;
    }
    if (errors.length > 0) fail(`${at}/query/${name}`, refusal(value, errors[0]!));
  }
}

/** `1 is not a string (the parameter's schema says type: string; write it as "1")`. */
function refusal(value: string | number | boolean, error: ErrorObject): string {
  const shown = JSON.stringify(value);
  const { keyword, params } = error;
  if (keyword === 'type') {
    const types = [params.type as string | string[]].flat();
    const hint = types.includes('string') && typeof value !== 'string' ? `; write it as the string "${String(value)}"` : '';
    return `${shown} is not ${types.map(article).join(' or ')} (the parameter's schema says type: ${types.join(', ')}${hint})`;
  }
  if (keyword === 'enum') return `${shown} is not one of the parameter's values ${JSON.stringify(params.allowedValues)}`;
  if (keyword === 'const') return `${shown} is not the parameter's only value ${JSON.stringify(params.allowedValue)}`;
  return `${shown} does not fit the parameter's schema at #${decodeURI(error.schemaPath.replace(/^[^#]*#/, ''))}: ${error.message ?? keyword}`;
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/**
 * Where the schema of the query parameter `name` is written: the
 * operation's own parameter wins over the path item's (as in operations.ts),
 * and a `$ref` to components.parameters is followed.
 */
function queryParameterSchema(document: JsonObject, operation: OperationModel, name: string): string | undefined {
  const operationTokens = parsePointer(operation.pointer);
  for (const owner of [operationTokens, operationTokens.slice(0, -1)]) {
    const listPointer = toPointer([...owner, 'parameters']);
    const list = resolveLocalAt(document, resolvePointer(document, listPointer), listPointer);
    if (!Array.isArray(list.value)) continue;
    for (const [index, entry] of list.value.entries()) {
      const parameter = resolveLocalAt(document, entry, `${list.pointer}/${index}`);
      if (isObject(parameter.value) && parameter.value.in === 'query' && parameter.value.name === name && isObject(parameter.value.schema)) {
        return `${parameter.pointer}/schema`;
      }
    }
  }
  return undefined;
}
