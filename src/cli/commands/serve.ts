import { startService } from '../../service/service';
import type { CommandContext } from '../context';
import { watchStopSignals } from '../context';

export async function serveCommand({ config, log }: CommandContext): Promise<void> {
  const started = performance.now();
  const signals = watchStopSignals((signal) => log.warn({ signal }, 'stopping at once'));
  try {
    await serve({ config, log }, started, signals.first);
  } finally {
    signals.dispose();
  }
}

async function serve(
  { config, log }: CommandContext,
  started: number,
  stopSignal: Promise<NodeJS.Signals>,
): Promise<void> {
  const service = await startService(config, log);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // The link opens Browser already connected to this server, its style and guide loaded.
  const browser = service.browserUrl
    ? `${service.browserUrl}  (${service.target.connection.uri})`
    : `not served by Diplograph: the database is ${service.target.connection.uri}`;
  process.stdout.write(
    [
      `Diplograph is ready in ${seconds} s`,
      `  API:           ${service.url}/`,
      `  GraphQL:       ${service.url}/graphql`,
      config.mode === 'development'
        ? `  IDE:           ${service.url}/ide  (examples from docs/examples)`
        : '  IDE:           off in production mode',
      `  Health:        ${service.url}/health`,
      `  Neo4j Browser: ${browser}`,
      '',
    ].join('\n'),
  );
  // A signal during start-up resolved this already: the stop follows at once.
  const signal = await stopSignal;
  log.info({ signal }, 'stopping');
  await service.stop();
}
