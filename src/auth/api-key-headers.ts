type Headers = Record<string, string | string[] | undefined>;

/**
 * The key a request presents: `Authorization: Bearer <key>` (scheme in any case), otherwise
 * `X-API-Key: <key>`. A header given more than once with different values counts as absent,
 * as does a value with spaces inside: a request that is ambiguous about who it is gets no one.
 */
export function keyFromHeaders(headers: Headers): string | undefined {
  const authorization = singleHeader(headers, 'authorization');
  if (authorization !== undefined) {
    const bearer = /^bearer\s+(\S+)$/i.exec(authorization);
    if (bearer?.[1] !== undefined) return bearer[1];
  }
  const apiKey = singleHeader(headers, 'x-api-key');
  return apiKey !== undefined && !/\s/.test(apiKey) ? apiKey : undefined;
}

/** Header names are case-insensitive; Node lowercases them, but callers and tests may not. */
function singleHeader(headers: Headers, name: string): string | undefined {
  const values = new Set<string>();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      const trimmed = one.trim();
      if (trimmed !== '') values.add(trimmed);
    }
  }
  if (values.size !== 1) return undefined;
  const [only] = values;
  return only;
}
