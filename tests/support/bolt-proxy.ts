import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy between the driver and Neo4j that can cut a connection in the one window where
 * a commit's outcome is unknown: right after it has forwarded the COMMIT of a transaction that
 * wrote statements, before the server's answer gets back. Then it closes every other connection
 * and refuses new ones (the database looks gone, so the driver's retries fail too) until
 * `recover()`.
 *
 * Bolt 5, from the client: a 20-byte handshake, then messages, each a run of chunks (a 2-byte
 * size, then the bytes) ended by an empty chunk. A message is a PackStream structure: a marker
 * byte, then its signature: BEGIN 0x11, RUN 0x10 (its query text is plain UTF-8 in it), COMMIT
 * 0x12. The proxy reads the client's messages to find that COMMIT; it changes no byte.
 */
const HANDSHAKE = 20;
const MANIFEST_V1 = 0x000001ff;
const RUN = 0x10;
const BEGIN = 0x11;
const COMMIT = 0x12;
/** The query of cypher/ingest/write-10-statements.cypher: the transaction that writes them. */
const WRITES_STATEMENTS = Buffer.from('CREATE (s:Statement {');

export interface BoltProxy {
  /** bolt://127.0.0.1:port of the proxy. */
  uri: string;
  /** Cut the connection after the next COMMIT of a transaction that wrote statements. */
  armCommitCut(): void;
  /** How many commits were cut. */
  cuts(): number;
  /** Accept connections again (the database is back). */
  recover(): void;
  close(): Promise<void>;
}

/**
 * Splits the client's bytes into messages as they come; `onMessage` says for each whether the
 * connection is to be cut after it. Returns how many bytes of `data` to forward before the cut
 * (undefined: no cut, all of them). `answer`: the
 * server's answer to the handshake; after a manifest (Bolt 5.8's 0x000001FF) the client sends
 * the version it chose (4 bytes) and its capabilities (a varint) before any message.
 */
function messageReader(
  answer: () => 'none' | 'manifest' | 'version',
  onMessage: (message: Buffer) => boolean,
): (data: Buffer) => number | undefined {
  let skip = HANDSHAKE;
  let chosen = false;
  let pending = Buffer.alloc(0);
  let parts: Buffer[] = [];
  return (data) => {
    const start = pending.length;
    pending = Buffer.concat([pending, data]);
    let at = Math.min(skip, pending.length);
    skip -= at;
    // The client says nothing more until the server has answered the handshake.
    if (skip === 0 && !chosen && answer() !== 'none') {
      if (answer() === 'manifest') {
        // The chosen version, then the varint: bytes up to one without its high bit.
        let end = at + 4;
        while (end < pending.length && (pending[end]! & 0x80) !== 0) end += 1;
        if (end >= pending.length) {
          pending = pending.subarray(at);
          return undefined;
        }
        at = end + 1;
      }
      chosen = true;
    }
    if (!chosen) {
      pending = pending.subarray(at);
      return undefined;
    }
    while (pending.length - at >= 2) {
      const size = pending.readUInt16BE(at);
      if (pending.length - at < 2 + size) break;
      if (size > 0) parts.push(pending.subarray(at + 2, at + 2 + size));
      at += 2 + size;
      if (size === 0) {
        const cut = onMessage(Buffer.concat(parts));
        parts = [];
        if (cut) return at - start;
      }
    }
    parts = parts.map((p) => Buffer.from(p));
    pending = pending.subarray(at);
    return undefined;
  };
}

export async function startBoltProxy(target: string): Promise<BoltProxy> {
  const { hostname, port } = new URL(target);
  let armed = false;
  let down = false;
  let cut = 0;
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    let writesStatements = false;
    let answer: 'none' | 'manifest' | 'version' = 'none';
    upstream.once('data', (data: Buffer) => {
      answer = data.readUInt32BE(0) === MANIFEST_V1 ? 'manifest' : 'version';
    });
    const read = messageReader(
      () => answer,
      (message) => {
        const signature = message[1];
        if (signature === BEGIN) writesStatements = false;
        if (signature === RUN && message.includes(WRITES_STATEMENTS)) writesStatements = true;
        if (signature !== COMMIT || !armed || !writesStatements) return false;
        armed = false;
        down = true;
        cut += 1;
        return true;
      },
    );
    let cutting = false;
    client.on('data', (data: Buffer) => {
      if (cutting) return;
      const forward = read(data);
      if (forward === undefined) {
        upstream.write(data);
        return;
      }
      // The COMMIT reaches the server; its answer never reaches the driver.
      cutting = true;
      upstream.write(data.subarray(0, forward), () => upstream.end());
      client.destroy();
      // And every other connection: the database is gone for the driver's retries too.
      for (const socket of sockets) if (socket !== upstream) socket.destroy();
    });
    upstream.on('data', (data: Buffer) => {
      if (!cutting && !client.destroyed) client.write(data);
    });
    client.on('close', () => upstream.end());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${own}`,
    armCommitCut: () => void (armed = true),
    cuts: () => cut,
    recover: () => void (down = false),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
