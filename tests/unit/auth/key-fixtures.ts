import { DiplographError } from '../../../src/errors';

// Checked against `printf %s "$KEY" | sha256sum`, the command docs/api-keys.md gives operators.
export const KEY = 'diplograph-example-key-0123456789';
export const KEY_HASH = 'sha256:038795b5bad6c59732442be7f2ee33757d558c3f81c62fa735d9f730b19048ec';
export const OTHER_KEY = 'another-example-key-abcdefghijkl';
// Distinctive, so that a test can tell whether it leaked into a message.
export const SECRET = 'TopSecretValueNeverToBeShown42';

export function thrown(run: () => unknown): DiplographError {
  try {
    run();
  } catch (error) {
    if (error instanceof DiplographError) return error;
    throw error;
  }
  throw new Error('expected a DiplographError, nothing was thrown');
}

/** Everything about the error a log line or a JSON response could show. */
export function everything(error: DiplographError): string {
  return [error.message, error.hint ?? '', JSON.stringify(error.details)].join('\n');
}
