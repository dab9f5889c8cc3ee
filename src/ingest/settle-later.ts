/**
 * Marks a promise that is awaited later (work kept in flight while the next is prepared): until
 * then, its failure must not count as an unhandled rejection. Returns the same promise.
 */
export function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** A promise settled from outside (Promise.withResolvers, which Node 20 lacks); see above. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
} {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = settleLater(
    new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    }),
  );
  return { promise, resolve, reject };
}
