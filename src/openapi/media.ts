/** Media types: the JSON one the generated clients and the contract tests speak. */
export const JSON_MEDIA = 'application/json';
