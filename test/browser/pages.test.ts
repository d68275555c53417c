/**
 * Every page of the studio, signed in as an administrator, at desktop and phone size: each
 * renders its content without a console error, and the screenshots land in
 * test-artifacts/browser/pages/. Also: the language switcher and the console-error guard.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type TestPlatform } from '../support/test-platform.js';
import { signIn, type StudioBrowser } from './support/studio-browser.js';
import { useStudioSuite } from './support/studio-suite.js';

/** Page, and a selector that shows its content has loaded. */
const PAGES: Array<[name: string, url: string, ready: string]> = [
  ['inbox', '/inbox?scope=all', '[data-scope="all"]'],
  ['start-list', '/start', '[data-testid="start-card-branch-approval"]'],
  ['start-form', '/start/branch-approval', '[data-testid="start-instance"]'],
  ['processes', '/processes', '[data-testid="process-branch-approval"]'],
  ['designer', '/processes/branch-approval', '[data-testid="problems-none"]'],
  ['designer-new', '/processes/new', '.ant-modal'],
  ['versions', '/processes/branch-approval/versions', '.ant-table-row'],
  ['forms', '/forms', '.ant-table-row'],
  ['form-designer', '/forms/new', '[data-testid="field-palette"]'],
  ['form-designer-existing', '/forms/core/incident-report', '[data-testid="json-panel"]'],
  ['monitor', '/monitor', '[data-testid="instance-link"]'],
  ['instance', '', '[data-testid="instance-diagram"][data-imported="true"]'],
  ['catalog', '/catalog', '[data-testid="plugin-core"]'],
  ['users', '/admin/users', '.ant-table-row'],
  ['groups', '/admin/groups', '.ant-table-row'],
  ['not-found', '/no/such/page', '.ant-result-404'],
];

describe('every studio page', () => {
  let t: TestPlatform;
  let browser: StudioBrowser;
  let instanceId: string;

  const suite = useStudioSuite('pages');
  const open = suite.open;

  beforeAll(async () => {
    if (!suite.ready) return;
    t = suite.t;
    browser = suite.browser;
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const xml = await readFile(path.resolve(import.meta.dirname, '../fixtures/bpmn/branch-approval.bpmn'), 'utf8');
    expect((await admin.post('/api/processes', xml)).status).toBe(201);
    instanceId = (
      await admin.post('/api/processes/branch-approval/instances', {
        businessKey: 'TOUR-1',
        variables: { amount: 1200, storeId: 'S-7' },
      })
    ).body.instanceId;
  }, 180_000);

  it('should render the login page and every page of the app at desktop and phone size without console errors', async () => {
    const s = await open('desktop', 'en');
    await s.page.goto('/inbox');
    await s.page.getByTestId('login-submit').waitFor();
    await browser.capture(s.page, 'login');
    await signIn(s.page, 'admin', ADMIN_PASSWORD);
    for (const [name, url, ready] of PAGES) {
      await s.page.goto(url || `/monitor/${encodeURIComponent(instanceId)}`);
      await s.page
        .locator(ready)
        .first()
        .waitFor({ state: 'attached', timeout: 20_000 })
        .catch((err: Error) => {
          throw new Error(`page ${name} did not show ${ready}: ${err.message}`);
        });
      await browser.capture(s.page, name);
      expect(s.errors(), `console errors on ${name}`).toEqual([]);
    }
  }, 240_000);

  it('should switch every label to Chinese and back', async () => {
    const s = await open('desktop', 'en');
    await signIn(s.page, 'sun.teller', 'sun.teller-demo');
    await s.page.locator('[data-nav="/inbox"]', { hasText: 'Inbox' }).waitFor();
    await s.page.getByTestId('language-switcher').getByText('中文').click();
    await s.page.locator('[data-nav="/inbox"]', { hasText: '待办' }).waitFor();
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await s.page.reload();
    await s.page.locator('[data-nav="/inbox"]', { hasText: '待办' }).waitFor(); // remembered
    await s.page.getByTestId('language-switcher').getByText('EN').click();
    await s.page.locator('[data-nav="/inbox"]', { hasText: 'Inbox' }).waitFor();
    expect(s.errors()).toEqual([]);
  });

  it('should notice a console error on a page (the guard every browser test relies on)', async () => {
    const s = await open('phone', 'en');
    await s.page.goto('/login');
    await s.page.evaluate(() => console.error('boom from the page'));
    await s.page.evaluate(() =>
      setTimeout(() => {
        throw new Error('uncaught in the page');
      }),
    );
    await s.page.waitForTimeout(200);
    expect(s.errors()).toEqual([
      expect.stringContaining('boom from the page'),
      expect.stringContaining('uncaught in the page'),
    ]);
  });
});
