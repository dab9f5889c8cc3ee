/** Diplograph's pages, served by the embedded Neo4j beside Browser (neo4j-local/pom.xml). */
export const BROWSER_SITE_PATH = '/browser/diplograph/';

/**
 * The link that opens Neo4j Browser connected: a page on Browser's own origin stores the
 * connection where Browser keeps it and opens Browser, which connects with it. The password
 * travels in the fragment, which browsers never send to a server or in a Referer.
 */
export function browserConnectUrl(host: string, httpPort: number, password?: string): string {
  const fragment =
    password === undefined ? 'auth=none' : `password=${encodeURIComponent(password)}`;
  return `http://${host}:${httpPort}${BROWSER_SITE_PATH}connect.html#${fragment}`;
}
