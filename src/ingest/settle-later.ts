/**
 * Marks a promise that is awaited later (work kept in flight while the next is prepared): until
 * then, its failure must not count as an unhandled rejection. Returns the same promise.
 */
export function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
