/** Media types: the JSON one the generated clients and the contract tests speak. */
export const JSON_MEDIA = 'application/json';

/** A media type without its parameters, lower-cased: `Multipart/Form-Data; boundary=x` → `multipart/form-data`. */
export function mediaEssence(type: string): string {
  return type.toLowerCase().split(';')[0]!.trim();
}
