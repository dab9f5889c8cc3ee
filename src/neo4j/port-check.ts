import net from 'node:net';
import { DiplographError, ErrorCode } from '../errors';

export interface NeededPort {
  host: string;
  /** 0: any free port, nothing to check. */
  port: number;
  /** The environment variable that moves it, named in the error. */
  variable: string;
}

/**
 * Whether each port can be listened on, tried by listening for a moment: checked before Java
 * starts, a taken port is PORT_IN_USE in milliseconds, naming the port and the variable to set,
 * rather than NEO4J_START_FAILED with Java's stack trace after most of a minute.
 */
export async function checkPortsFree(ports: NeededPort[]): Promise<void> {
  for (const needed of ports) {
    if (needed.port === 0) continue;
    const code = await tryListen(needed.host, needed.port);
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new DiplographError(
        ErrorCode.PORT_IN_USE,
        `port ${needed.port} on ${needed.host} is ${code === 'EACCES' ? 'not ours to use' : 'already in use'} (${needed.variable})`,
        {
          hint: `stop what listens there, or set ${needed.variable} to another port`,
          details: { host: needed.host, port: needed.port, variable: needed.variable },
        },
      );
    }
  }
}

/** Listens and closes at once; the error code if listening failed. */
function tryListen(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'UNKNOWN'));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}
