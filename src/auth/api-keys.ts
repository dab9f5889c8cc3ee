/**
 * API keys: what a key, name and role must be (api-key-rules), keys from the environment
 * (api-keys-env) or a file of hashes (api-keys-file), the store that checks a presented key in
 * constant time (api-key-store), and the key a request presents (api-key-headers).
 */
export { MIN_API_KEY_LENGTH, ROLES, can, hashApiKey } from './api-key-rules';
export type { ApiKeyEntry, ApiKeyIdentity, Role } from './api-key-rules';
export { parseApiKeysEnv } from './api-keys-env';
export { loadApiKeysFile } from './api-keys-file';
export { ApiKeyStore } from './api-key-store';
export { keyFromHeaders } from './api-key-headers';
