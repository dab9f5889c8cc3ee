import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { LocalState } from '../../src/neo4j/local-state';
import {
  buildDist,
  isAlive,
  spawnServe,
  waitForOutput,
  waitUntilGone,
} from '../support/cli-process';
import type { ServeProcess } from '../support/cli-process';

const READY =
  /API: +(http:\/\/\S+)\/\n[\s\S]*Neo4j Browser: +(http:\/\/\S+connect\.html#password=\S+)/;

function launcherPid(serve: ServeProcess): number {
  const state = JSON.parse(
    readFileSync(path.join(serve.dataDir, 'launcher.json'), 'utf8'),
  ) as LocalState;
  return state.pid;
}

describe('diplograph serve (what npm start runs)', () => {
  const started: ServeProcess[] = [];

  beforeAll(() => buildDist());
  afterAll(() => {
    for (const serve of started) {
      serve.child.kill('SIGKILL');
      rmSync(serve.dataDir, { recursive: true, force: true });
    }
  });

  it('starts the embedded Neo4j, migrates, serves /health and Neo4j Browser, and stops both on SIGTERM', async () => {
    const serve = spawnServe();
    started.push(serve);
    const [, apiUrl, browserUrl] = await waitForOutput(serve, READY, 240_000);

    const health = await fetch(`${apiUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up', kind: 'embedded' },
    });
    const browser = await fetch(browserUrl!);
    expect(browser.status).toBe(200);

    const javaPid = launcherPid(serve);
    const exited = new Promise<number | null>((resolve) => serve.child.once('exit', resolve));
    serve.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await waitUntilGone(javaPid, 60_000)).toBe(true);
  });

  it('leaves no Java process behind when the Node process is killed with SIGKILL', async () => {
    const serve = spawnServe();
    started.push(serve);
    await waitForOutput(serve, READY, 240_000);
    const javaPid = launcherPid(serve);
    expect(isAlive(javaPid)).toBe(true);

    serve.child.kill('SIGKILL');
    expect(await waitUntilGone(javaPid, 60_000)).toBe(true);
  });
});
