/**
 * Launches Debian's Chromium through playwright-core (no browser download). A missing
 * Chromium fails the test with the command that installs it; browser tests never skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(
      `Chromium was not found at ${path}. Browser tests drive Debian's Chromium through playwright-core: ` +
        `install it with "sudo apt-get install chromium" or set CHROMIUM_PATH to a Chromium binary.` +
        (process.env.CI ? ' (CI=true: a missing browser fails the run, it is never skipped.)' : ''),
    );
    this.name = 'ChromiumMissingError';
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError(CHROMIUM_PATH);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}
