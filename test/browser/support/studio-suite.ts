/**
 * The frame every browser test file shares: Chromium (or, when it is missing, a failure in
 * every test — never a skip), the built studio, a platform with the demo organisation, pages
 * closed after each test and captured when it failed. Files add their own fixtures in a
 * `beforeAll` registered after this one, guarded by `suite.ready`.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { seedDemoOrg } from '../../../studio/server/seed/seed-demo.js';
import { startTestPlatform, type TestPlatform, type TestPlatformOptions } from '../../support/test-platform.js';
import { StudioBrowser, type StudioPage } from './studio-browser.js';
import { ensureWebBuilt } from './web-build.js';

export interface StudioSuite {
  /** False when Chromium could not be launched: file setup must do nothing then. */
  readonly ready: boolean;
  readonly t: TestPlatform;
  readonly browser: StudioBrowser;
  /** Opens a page that is closed after the test (and captured if the test failed). */
  open(...args: Parameters<StudioBrowser['open']>): Promise<StudioPage>;
}

export function useStudioSuite(
  name: string,
  platform: () => Promise<TestPlatformOptions> = async () => ({}),
): StudioSuite {
  let t: TestPlatform | undefined;
  let browser: StudioBrowser | undefined;
  let missingBrowser: unknown;
  const pages: StudioPage[] = [];

  beforeAll(async () => {
    try {
      browser = await StudioBrowser.launch(name);
    } catch (err) {
      missingBrowser = err;
      return;
    }
    await ensureWebBuilt();
    t = await startTestPlatform(await platform());
    browser.baseUrl = t.baseUrl;
    await seedDemoOrg(t.platform);
  }, 180_000);

  beforeEach(() => {
    if (missingBrowser) throw missingBrowser;
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && browser) await browser.captureFailure(pages, ctx.task.name);
    while (pages.length) await pages.pop()!.close();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  return {
    get ready() {
      return browser !== undefined && t !== undefined;
    },
    get t() {
      return t!;
    },
    get browser() {
      return browser!;
    },
    async open(...args) {
      const page = await browser!.open(...args);
      pages.push(page);
      return page;
    },
  };
}
