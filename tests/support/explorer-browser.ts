import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Page } from 'puppeteer-core';
import { fromRoot } from '../../src/config/paths';
import { findChromium } from './chromium';

/** One tab of Debian's Chromium, headless, on the explorer's pages. */
export interface ExplorerBrowser {
  readonly page: Page;
  /** The page's script errors since they were last taken: each test expects none. */
  readonly pageErrors: string[];
  /** A full-page screenshot into test-artifacts/<artifacts>/, kept by CI. */
  shot(name: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Builds the explorer's bundle (the pages are tested as the API serves them), empties
 * test-artifacts/<artifacts>/ and opens Chromium through puppeteer-core with one tab.
 */
export async function openExplorerBrowser(
  artifacts: string,
  viewport = { width: 1300, height: 900 },
): Promise<ExplorerBrowser> {
  const chromium = findChromium();
  if (chromium === undefined) throw new Error('no Chromium on PATH: apt-get install chromium');
  execFileSync(process.execPath, [fromRoot('scripts', 'build-explorer.mjs')], {
    stdio: 'inherit',
  });
  const dir = fromRoot('test-artifacts', artifacts);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
    defaultViewport: viewport,
  });
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    page,
    pageErrors,
    shot: (name) => page.screenshot({ path: path.join(dir, name), fullPage: true }),
    close: () => browser.close(),
  };
}
