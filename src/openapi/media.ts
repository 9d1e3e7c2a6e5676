/** Media types: the JSON one the generated clients and the contract tests speak. */
import { isObject, type MediaType } from './types.js';

export const JSON_MEDIA = 'application/json';

/** The `application/json` Media Type Object of a request body or response, when it has one. */
export function jsonMedia(holder: unknown): MediaType | undefined {
  const media = isObject(holder) && isObject(holder.content) ? holder.content[JSON_MEDIA] : undefined;
  return isObject(media) ? media : undefined;
}
