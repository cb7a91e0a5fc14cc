import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { projectRoot } from '../../src/project-root';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it), or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserRequired = process.env.CAREERGRAPH_REQUIRE_BROWSER === 'true';

/** Screenshots for people to look at (git-ignored). */
export const testOutput = path.join(projectRoot, 'test-output');

/**
 * `describe` when chromium is installed. Without it: a skipped suite that says why, or, with
 * CAREERGRAPH_REQUIRE_BROWSER=true (which .ci/run sets), a suite that fails saying what is missing.
 */
export const describeWithBrowser: jest.Describe = existsSync(chromiumPath)
  ? describe
  : browserRequired
    ? (((name: string) =>
        describe(name, () => {
          it('needs chromium', () => {
            throw new Error(
              `No chromium at ${chromiumPath}, and CAREERGRAPH_REQUIRE_BROWSER=true: install it ` +
                '(apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH.',
            );
          });
        })) as unknown as jest.Describe)
    : (((name: string, body: () => void) =>
        describe.skip(
          `${name} (skipped: no chromium at ${chromiumPath}; apt-get install chromium, or set CHROMIUM_PATH)`,
          body,
        )) as jest.Describe);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Watches every request of a browser context, workers included. Any http(s) or ws(s) request to a host
 * other than 127.0.0.1 / localhost is recorded and aborted (so a test never waits on the internet);
 * `offsite()` lists them. data: and blob: URLs are not requests to anyone.
 */
export async function watchRequests(context: BrowserContext): Promise<{
  readonly all: () => readonly string[];
  readonly offsite: () => readonly string[];
}> {
  const all: string[] = [];
  const offsite: string[] = [];
  const isLocal = (url: string) => {
    const { protocol, hostname } = new URL(url);
    if (!/^(https?|wss?):$/.test(protocol)) return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  };
  context.on('request', (request) => {
    all.push(request.url());
    if (!isLocal(request.url())) offsite.push(request.url());
  });
  await context.route(
    (url) => !isLocal(url.href),
    async (route) => {
      offsite.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return { all: () => all, offsite: () => [...new Set(offsite)] };
}

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(testOutput, { recursive: true });
  return path.join(testOutput, name);
}
