import { execFile } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The first Chromium on PATH, or undefined, so a browser test can skip where there is none. */
export function findChromium(): string | undefined {
  for (const name of CANDIDATES) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      if (dir === '') continue;
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not in this directory.
      }
    }
  }
  return undefined;
}

/**
 * Loads the page in headless Chromium and returns its DOM once its scripts have run, saving a
 * screenshot of the same moment. Open the IDE with `?run=1` to have it run its first example:
 * `<html data-ide-run="responded">` then says a result came back, and the result pane's text is
 * in the DOM.
 *
 * One Chromium run does both, since a second would load the page, and run the query, again.
 */
export async function runIdeInBrowser(
  url: string,
  screenshotPath: string,
): Promise<{ dom: string }> {
  const chromium = findChromium();
  if (chromium === undefined) {
    throw new Error(`no Chromium on PATH (looked for ${CANDIDATES.join(', ')})`);
  }
  mkdirSync(path.dirname(path.resolve(screenshotPath)), { recursive: true });
  // A profile of its own: tabs that GraphiQL saved in an earlier run must not leak into this one.
  const profile = mkdtempSync(path.join(tmpdir(), 'ide-browser-'));
  try {
    const { stdout } = await execFileAsync(
      chromium,
      [
        '--headless',
        // Root in a container has no usable sandbox.
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        '--window-size=1400,900',
        // Virtual time runs the page's timers and requests until it idles, up to this budget.
        '--virtual-time-budget=8000',
        `--screenshot=${path.resolve(screenshotPath)}`,
        '--dump-dom',
        url,
      ],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return { dom: stdout };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
