/** How a client authenticates, from the manifest: what the runtime can send. */
import type { Manifest } from '../manifest.js';
import type { Fail } from './fail.js';
import type { AuthModel } from './types.js';

export function authModel(auth: Manifest['auth'], fail: Fail): AuthModel {
  const scheme = auth.securityScheme;
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { header: scheme.name, scheme: { type: 'apiKey', name: scheme.name } };
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return { header: 'Authorization', scheme: { type: 'http', scheme: 'bearer' } };
  return fail('/auth/securityScheme', 'the generated client supports an apiKey in a header or http bearer auth');
}
