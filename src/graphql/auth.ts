import { can, keyFromHeaders } from '../auth/api-keys';
import type { ApiKeyIdentity, ApiKeyStore, Role } from '../auth/api-keys';
import { apiError } from './errors';

type Headers = Record<string, string | string[] | undefined>;

/**
 * Who is calling. A key that is presented but unknown is refused outright (a typo should not
 * silently read as anonymous); no key is anonymous, refused only when reads need a key.
 */
export function callerOf(
  headers: Headers,
  keys: ApiKeyStore,
  readsNeedKey: boolean,
): ApiKeyIdentity | undefined {
  const presented = keyFromHeaders(headers);
  if (presented === undefined) {
    if (readsNeedKey) throw unauthenticated('this API needs an API key for every request');
    return undefined;
  }
  const caller = keys.authenticate(presented);
  if (!caller) throw unauthenticated('the API key is not valid');
  return caller;
}

/** UNAUTHENTICATED without a key, FORBIDDEN with a key that lacks the role. */
export function requireRole(caller: ApiKeyIdentity | undefined, role: Role): ApiKeyIdentity {
  if (!caller) throw unauthenticated(`this operation needs an API key with the ${role} role`);
  if (!can(caller.role, role))
    throw apiError('FORBIDDEN', `the API key "${caller.name}" lacks the ${role} role`, {
      http: { status: 403 },
    });
  return caller;
}

function unauthenticated(message: string) {
  return apiError('UNAUTHENTICATED', message, { http: { status: 401 } });
}
