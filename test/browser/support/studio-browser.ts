/**
 * One browser for a test file, and pages that fail the test when the studio logs a console
 * error (or throws). Screenshots go to test-artifacts/browser/<suite>/, at desktop and phone size.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export type Device = 'desktop' | 'phone';

const artifacts = path.resolve(import.meta.dirname, '../../../test-artifacts/browser');

export interface StudioPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions so far, minus the ones a test said to expect. */
  errors(): string[];
  /** Allows console errors matching `pattern` (e.g. the failed request of a rejected deploy). */
  allowError(pattern: RegExp): void;
  close(): Promise<void>;
}

export class StudioBrowser {
  /** The studio's address; set once the platform listens. */
  baseUrl = '';

  private constructor(
    private readonly browser: Browser,
    private readonly suite: string,
  ) {}

  static async launch(suite: string): Promise<StudioBrowser> {
    return new StudioBrowser(await launchChromium(), suite);
  }

  async open(device: Device, locale: 'zh-CN' | 'en' = 'en'): Promise<StudioPage> {
    const phone = device === 'phone';
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: phone ? PHONE : DESKTOP,
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      locale,
    });
    // The studio remembers the chosen language; start each session in the one asked for.
    await context.addInitScript(
      (l) => localStorage.getItem('playbook.locale') || localStorage.setItem('playbook.locale', l),
      locale,
    );
    const page = await context.newPage();
    const seen: string[] = [];
    const allowed: RegExp[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') seen.push(`console.error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => seen.push(`uncaught: ${err.message}`));
    return {
      page,
      context,
      errors: () => seen.filter((e) => !allowed.some((p) => p.test(e))),
      allowError: (p) => allowed.push(p),
      close: () => context.close(),
    };
  }

  /** Screenshots the page at desktop and at phone size, then restores its viewport. */
  async capture(page: Page, name: string): Promise<string[]> {
    const dir = path.join(artifacts, this.suite);
    await mkdir(dir, { recursive: true });
    const original = page.viewportSize();
    const files: string[] = [];
    for (const [device, size] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300); // antd re-lays out on the breakpoint change
      const file = path.join(dir, `${name}.${device}.png`);
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
    }
    if (original) await page.setViewportSize(original);
    return files;
  }

  /** After a failed test: a screenshot of each open page and its console errors, to see what went wrong. */
  async captureFailure(pages: StudioPage[], test: string): Promise<void> {
    const dir = path.join(artifacts, this.suite, 'failures');
    await mkdir(dir, { recursive: true });
    const slug = test.replace(/[^\w]+/g, '-').slice(0, 60);
    for (const [i, p] of pages.entries()) {
      await p.page.screenshot({ path: path.join(dir, `${slug}-${i}.png`), fullPage: true }).catch(() => undefined);
      if (p.errors().length) console.error(`[${test}] page ${i} console errors:\n${p.errors().join('\n')}`);
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Signs in through the login page and waits for the app frame. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}
