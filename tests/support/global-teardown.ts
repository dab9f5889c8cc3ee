export default async function globalTeardown(): Promise<void> {
  await globalThis.diplographTestNeo4j?.stop();
  globalThis.diplographTestNeo4j = undefined;
}
