/**
 * The pages' only data source: the public GraphQL API of this same server (POST /graphql). A
 * key, when the server asks for one (reads need a key in production), is kept for the tab in
 * sessionStorage and sent as `Authorization: Bearer`.
 */

const KEY = 'diplograph-api-key';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** The error's other extensions (an ingest's `issues`, its `reason`). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function apiKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setApiKey(key: string): void {
  if (key.trim() === '') sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, key.trim());
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = apiKey();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Body<T>;
  const [error] = body.errors ?? [];
  if (error !== undefined) {
    throw new ApiError(error.message, error.extensions?.code, error.extensions ?? {});
  }
  if (body.data == null) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}
