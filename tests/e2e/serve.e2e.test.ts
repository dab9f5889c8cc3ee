import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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

function launcherFile(serve: ServeProcess): string {
  return path.join(serve.dataDir, 'launcher.json');
}

function launcherPid(serve: ServeProcess): number {
  const state = JSON.parse(readFileSync(launcherFile(serve), 'utf8')) as LocalState;
  return state.pid;
}

function exitOf(serve: ServeProcess): Promise<number | null> {
  return new Promise((resolve) => serve.child.once('exit', resolve));
}

/** launcher.json appears once Neo4j is ready, before migrations and the HTTP server. */
async function waitForLauncherFile(serve: ServeProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(launcherFile(serve))) {
    if (serve.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`no launcher.json; stderr:\n${serve.stderr()}`);
    }
    await sleep(50);
  }
}

async function waitUntilRefused(url: string): Promise<void> {
  const answers = () =>
    fetch(url).then(
      () => true,
      () => false,
    );
  while (await answers()) await sleep(20);
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
    const exited = exitOf(serve);
    serve.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(launcherFile(serve))).toBe(false);
    expect(await waitUntilGone(javaPid, 60_000)).toBe(true);
  });

  it('SIGTERM during start-up (Neo4j up, migrations running): finishes starting, stops cleanly, exit 0, no launcher.json', async () => {
    const serve = spawnServe();
    started.push(serve);
    await waitForLauncherFile(serve, 240_000);
    const javaPid = launcherPid(serve);
    const exited = exitOf(serve);
    serve.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(launcherFile(serve))).toBe(false);
    // Before it stopped, its own Neo4j was stopped, not left to notice the closed pipe.
    expect(isAlive(javaPid)).toBe(false);
    expect(serve.stderr()).not.toMatch(/stopping at once/);
    // Start-up, then the stop, under one test: slower than the default on a loaded machine.
  }, 360_000);

  it('a second SIGTERM while stopping exits at once (143), still removing launcher.json; Neo4j follows', async () => {
    const serve = spawnServe();
    started.push(serve);
    const [, apiUrl] = await waitForOutput(serve, READY, 240_000);
    const javaPid = launcherPid(serve);
    const exited = exitOf(serve);
    serve.child.kill('SIGTERM');
    // The HTTP server closes first; Neo4j's stop, seconds long, is what the second signal cuts.
    await waitUntilRefused(`${apiUrl}/health`);
    serve.child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(existsSync(launcherFile(serve))).toBe(false);
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
