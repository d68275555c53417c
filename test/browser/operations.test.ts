/**
 * Running the studio day to day, in a real browser against the real platform: the process owner
 * installs a plugin's playbook from the catalog (names in both languages) and opens it in the
 * designer; in the monitor they retry an incident until the instance completes and cancel a
 * waiting instance; a staff member sends a task back (退回) to the step before it. Every page
 * fails its test on a console error and is captured at desktop and phone size in
 * test-artifacts/browser/operations/.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlugins } from '../../studio/server/plugins-loader/index.js';
import { demoPassword } from '../../studio/server/seed/demo-org.js';
import { sampleShopPlugin } from '../plugins/fixtures/sample-shop/plugin.js';
import { ADMIN_PASSWORD, eventually, type HttpClient, type TestPlatform } from '../support/test-platform.js';
import { expectToast, pickOption, waitForCount } from './support/antd.js';
import { watermarkUncovered } from './support/bpmn-canvas.js';
import { openGroupTask } from './support/staff-steps.js';
import { signIn, type StudioBrowser } from './support/studio-browser.js';
import { useStudioSuite } from './support/studio-suite.js';

const PLAYBOOK_KEY = 'sample-shop-request-review';
const PLAYBOOK_FORM = 'sample-shop/request-review';
const STAFF = 'sun.teller';

interface TaskRow {
  id: string;
  instanceId: string;
  nodeId: string;
  status: string;
  completedBy: string | null;
}

const fixture = (name: string) => readFile(path.resolve(import.meta.dirname, '../fixtures/bpmn', name), 'utf8');

describe('studio operations in the browser', () => {
  let t: TestPlatform;
  let browser: StudioBrowser;
  let admin: HttpClient;
  let owner: HttpClient;
  let staff: HttpClient;

  /** Screenshots from the top of the page, with no hover tooltip showing. */
  const capture = async (page: Page, name: string) => {
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await browser.capture(page, name);
  };

  /** Every task of an instance as the server keeps it, oldest first. */
  const tasksOf = async (processKey: string, instanceId: string): Promise<TaskRow[]> => {
    const res = await admin.get<{ items: TaskRow[] }>(
      `/api/tasks?scope=all&processKey=${processKey}&sort=createdAt&order=asc&limit=200`,
    );
    expect(res.status).toBe(200);
    return res.body.items.filter((task) => task.instanceId === instanceId);
  };

  const instanceStatus = async (instanceId: string, status: string) =>
    eventually(
      async () => {
        const res = await owner.get(`/api/instances/${encodeURIComponent(instanceId)}`);
        return res.body.status === status ? res.body : undefined;
      },
      30_000,
      `instance ${instanceId} to be ${status}`,
    );

  // The sample-shop plugin, as the scaffold makes one: a playbook, its form and an activity.
  const suite = useStudioSuite('operations', async () => ({
    plugins: await loadPlugins({ manifests: [sampleShopPlugin] }),
  }));
  const open = suite.open;

  beforeAll(async () => {
    if (!suite.ready) return;
    t = suite.t;
    browser = suite.browser;
    admin = await t.login('admin', ADMIN_PASSWORD);
    owner = await t.login('owner', demoPassword('owner'));
    staff = await t.login(STAFF, demoPassword(STAFF));
    for (const file of ['fail-then-succeed.bpmn', 'branch-approval.bpmn', 'send-back-two-step.bpmn']) {
      const deployed = await owner.post('/api/processes', await fixture(file));
      expect(deployed.status, `${file}: ${JSON.stringify(deployed.body)}`).toBe(201);
    }
  }, 180_000);

  it("should let the process owner install a plugin's playbook from the catalog, in both languages, and open it in the designer", async () => {
    // given the owner on the catalog, nothing of the plugin installed yet
    const s = await open('desktop', 'en');
    await signIn(s.page, 'owner', demoPassword('owner'));
    expect((await owner.get('/api/processes')).body.map((p: { key: string }) => p.key)).not.toContain(PLAYBOOK_KEY);
    await s.page.goto('/catalog');
    const plugin = s.page.getByTestId('plugin-sample-shop');
    const playbook = plugin.getByTestId('playbook-request-review');
    const install = playbook.getByTestId('install-request-review');

    // then the plugin shows its playbook, description and activity in English
    await plugin.locator('.ant-card-head-title', { hasText: 'Sample Shop' }).waitFor();
    await plugin.getByText('Sample plugin: service requests are scored, then reviewed by a manager.').waitFor();
    await playbook.getByText('Review a service request', { exact: true }).waitFor();
    await playbook.getByText('Scores the request, asks a manager to approve or reject it').waitFor();
    await plugin.getByText('sample-shop.scoreRequest@1', { exact: true }).waitFor();
    await install.getByText('Install', { exact: true }).waitFor();
    await waitForCount(playbook.locator('.ant-tag-success'), 0);
    // and the built-in activities are listed apart, without the plugin's
    await s.page.getByTestId('plugin-core').getByText('core.fail@1', { exact: true }).waitFor();
    await waitForCount(s.page.getByTestId('plugin-core').getByText('sample-shop.scoreRequest@1'), 0);
    await capture(s.page, 'catalog-en');

    // when they switch to Chinese
    await s.page.getByTestId('language-switcher').getByText('中文').click();

    // then the names and descriptions are the plugin's Chinese ones
    await playbook.getByText('审核服务请求', { exact: true }).waitFor();
    await playbook.getByText('为请求评分，由经理批准或驳回；3 天无人处理则关闭。').waitFor();
    await plugin.getByText('示例插件：服务请求先自动评分，再由经理审核。').waitFor();
    await install.getByText('安装', { exact: true }).waitFor();
    await capture(s.page, 'catalog-zh');

    // when they install the playbook
    await install.click();

    // then the studio says what was installed, and the playbook shows as installed, version 1
    await expectToast(s.page, '审核服务请求 已安装：1 个流程，1 张表单。');
    await playbook.locator('.ant-tag-success', { hasText: '已安装，v1' }).waitFor();
    await install.getByText('更新', { exact: true }).waitFor();
    await capture(s.page, 'catalog-installed-zh');

    // and the API has the process deployed and its form published
    const processes = await owner.get('/api/processes');
    expect(processes.body).toContainEqual(
      expect.objectContaining({ key: PLAYBOOK_KEY, version: 1, name: 'Review a service request', createdBy: 'owner' }),
    );
    const forms = await owner.get('/api/forms');
    expect(forms.body).toContainEqual(expect.objectContaining({ id: PLAYBOOK_FORM, latestVersion: 1 }));
    const bpmn = await owner.get(`/api/processes/${PLAYBOOK_KEY}/versions/1`);
    expect(bpmn.body.bpmnXml).toContain('<wf:form id="sample-shop/request-review"');

    // when they switch back to English, the installed playbook reads in English
    await s.page.getByTestId('language-switcher').getByText('EN').click();
    await playbook.locator('.ant-tag-success', { hasText: 'Installed, v1' }).waitFor();
    await playbook.getByText('Review a service request', { exact: true }).waitFor();
    expect(s.errors()).toEqual([]);

    // and the processes and forms pages list what was installed
    await s.page.goto('/processes');
    await s.page.getByTestId(`process-${PLAYBOOK_KEY}`).waitFor();
    await s.page.goto('/forms');
    await s.page.locator('.ant-table-row', { hasText: PLAYBOOK_FORM }).waitFor();
    await capture(s.page, 'forms-installed');

    // when they follow the installed tag from the catalog
    await s.page.goto('/catalog');
    await playbook.locator('.ant-tag-success', { hasText: 'Installed, v1' }).click();

    // then the playbook's diagram opens in the designer, version 1, with no problems
    await s.page.waitForURL(`**/processes/${PLAYBOOK_KEY}`);
    for (const id of ['ServiceTask_ScoreRequest', 'UserTask_ReviewRequest', 'BoundaryEvent_ReviewExpired']) {
      await s.page.locator(`.djs-element[data-element-id="${id}"]`).waitFor();
    }
    await s.page.getByTestId('problems-none').waitFor({ timeout: 20_000 });
    expect(await watermarkUncovered(s.page)).toBe(true);
    await capture(s.page, 'designer-installed-playbook');
    expect(s.errors()).toEqual([]);
  }, 180_000);

  it('should show an incident on the diagram and in the list, and complete the instance after a retry', async () => {
    // given an instance whose service task fails once, with one attempt allowed: an incident
    const businessKey = 'PAY-2024-007';
    const started = await owner.post('/api/processes/fail-then-succeed/instances', {
      businessKey,
      variables: { failTimes: 1, failKey: `charge-${randomUUID()}` },
    });
    expect(started.status).toBe(201);
    const instanceId: string = started.body.instanceId;

    // when the owner finds it in the monitor
    const s = await open('desktop', 'en');
    await signIn(s.page, 'owner', demoPassword('owner'));
    await s.page.goto('/monitor');
    const search = s.page.getByPlaceholder('Instance id or business key');
    await search.fill(businessKey);
    await search.press('Enter');
    await s.page.getByTestId('instance-link').filter({ hasText: businessKey }).click();
    await s.page.waitForURL(`**/monitor/${encodeURIComponent(instanceId)}`);
    await s.page.locator('[data-testid="instance-diagram"][data-imported="true"]').waitFor();

    // then the failed task is marked on the diagram (the page refreshes while the instance runs)
    const incidentMarker = s.page.locator('g.djs-element.wf-incident[data-element-id="ServiceTask_Charge"]');
    await incidentMarker.waitFor({ state: 'attached', timeout: 30_000 });
    await waitForCount(s.page.locator('g.djs-element.wf-incident'), 1);
    await waitForCount(s.page.locator('g.djs-element.wf-completed[data-element-id="StartEvent_Requested"]'), 1);
    // and listed with what failed, and the instance still runs
    const incidents = s.page.getByTestId('incidents');
    await incidents.getByText('Incidents (1)').waitFor();
    await incidents.getByText('ServiceTask_Charge · Activity failed').waitFor();
    await incidents.getByText('planned failure 1/1').waitFor();
    await incidents.getByText('retried 0 time(s)', { exact: false }).waitFor();
    await s.page.locator('[data-testid="instance-status"][data-status="running"]').waitFor();
    const parked = (await owner.get(`/api/instances/${encodeURIComponent(instanceId)}`)).body;
    expect(parked.incidents).toEqual([
      expect.objectContaining({ nodeId: 'ServiceTask_Charge', kind: 'activity', retries: 0 }),
    ]);
    expect(await watermarkUncovered(s.page)).toBe(true);
    await capture(s.page, 'instance-incident');

    // when they retry it (the second attempt succeeds)
    await incidents.getByRole('button', { name: 'Retry' }).click();
    await expectToast(s.page, 'Retrying.');

    // then the instance completes, the incident gone from the diagram and the list
    await s.page.locator('[data-testid="instance-status"][data-status="completed"]').waitFor({ timeout: 30_000 });
    await waitForCount(s.page.getByTestId('incidents'), 0);
    await waitForCount(s.page.locator('g.djs-element.wf-incident'), 0);
    for (const id of ['StartEvent_Requested', 'ServiceTask_Charge', 'EndEvent_Charged']) {
      await waitForCount(s.page.locator(`g.djs-element.wf-completed[data-element-id="${id}"]`), 1);
    }
    await waitForCount(s.page.getByTestId('cancel-instance'), 0);
    // and the activity's answer shows it took a second attempt
    await s.page.getByTestId('variables').locator('.ant-table-row', { hasText: 'attempts' }).getByText('2').waitFor();
    const done = await instanceStatus(instanceId, 'completed');
    expect(done.incidents).toEqual([]);
    expect(done.variables).toMatchObject({ attempts: 2 });
    expect(done.completedNodes).toEqual(expect.arrayContaining(['ServiceTask_Charge', 'EndEvent_Charged']));
    await capture(s.page, 'instance-retried');

    // and leaving the page and coming back (in the app, not a reload) fits the diagram again quietly
    for (let round = 0; round < 3; round++) {
      await s.page.locator('[data-nav="/monitor"]').click();
      await s.page.getByTestId('instance-table').waitFor();
      await s.page.goBack();
      await s.page.locator('[data-testid="instance-diagram"][data-imported="true"]').waitFor();
    }
    expect(s.errors()).toEqual([]);
  }, 180_000);

  it('should cancel a waiting instance from its page and take its task out of the inbox', async () => {
    // given an instance waiting on a review, in the group inbox of the staff member
    const businessKey = 'CANCEL-2024-003';
    const started = await owner.post('/api/processes/branch-approval/instances', {
      businessKey,
      variables: { amount: 880, storeId: 'S-3' },
    });
    expect(started.status).toBe(201);
    const instanceId: string = started.body.instanceId;
    const teller = await open('phone', 'en');
    await signIn(teller.page, STAFF, demoPassword(STAFF));
    await untilShown(teller.page, '/inbox?scope=groups', groupInboxCard(teller.page, businessKey));
    const [review] = await eventually(async () => {
      const tasks = await tasksOf('branch-approval', instanceId);
      return tasks.length ? tasks : undefined;
    });
    expect(review).toMatchObject({ nodeId: 'UserTask_Review', status: 'open' });

    // when the owner opens the instance and cancels it
    const s = await open('desktop', 'en');
    await signIn(s.page, 'owner', demoPassword('owner'));
    await s.page.goto(`/monitor/${encodeURIComponent(instanceId)}`);
    await s.page.locator('[data-testid="instance-diagram"][data-imported="true"]').waitFor();
    await s.page.locator('g.djs-element.wf-active[data-element-id="UserTask_Review"]').waitFor({ state: 'attached' });
    await s.page.getByTestId('timeline').getByText('Review the request opened').waitFor();
    await capture(s.page, 'instance-waiting');
    await s.page.getByTestId('cancel-instance').click();
    const confirm = s.page.locator('.ant-popconfirm:visible');
    await confirm.getByText('Cancel this instance? Open tasks are withdrawn.').waitFor();
    await confirm.getByRole('button', { name: 'Cancel instance' }).click();
    await expectToast(s.page, 'Instance cancelled.');

    // then the page shows it cancelled, with nothing active and no cancel button left
    await s.page.locator('[data-testid="instance-status"][data-status="cancelled"]').waitFor({ timeout: 30_000 });
    await waitForCount(s.page.getByTestId('cancel-instance'), 0);
    await waitForCount(s.page.locator('g.djs-element.wf-active'), 0);
    await s.page.getByTestId('timeline').getByText('Review the request cancelled').waitFor({ timeout: 10_000 });
    await capture(s.page, 'instance-cancelled');
    expect(s.errors()).toEqual([]);

    // and the task is closed as cancelled and gone from the staff member's inbox
    await eventually(async () => {
      const [task] = await tasksOf('branch-approval', instanceId);
      return task?.status === 'cancelled' ? task : undefined;
    });
    const inGroups = await staff.get<{ items: TaskRow[] }>('/api/tasks?scope=groups&limit=200');
    expect(inGroups.body.items.map((task) => task.instanceId)).not.toContain(instanceId);
    await teller.page.goto('/inbox?scope=groups');
    await teller.page.locator('[data-scope="groups"]').waitFor();
    await teller.page.locator('[data-testid="task-cards"], .ant-empty').first().waitFor();
    await waitForCount(groupInboxCard(teller.page, businessKey), 0);
    await capture(teller.page, 'inbox-after-cancel');
    expect(teller.errors()).toEqual([]);
  }, 180_000);

  it('should let a staff member send the second step back (退回) to the first, where a new task opens', async () => {
    // given a request whose first step the staff member completed
    const businessKey = 'REQ-2024-042';
    const started = await staff.post('/api/processes/send-back-two-step/instances', { businessKey });
    expect(started.status).toBe(201);
    const instanceId: string = started.body.instanceId;
    const s = await open('phone', 'en');
    await signIn(s.page, STAFF, demoPassword(STAFF));
    await openGroupTask(s.page, 'Fill in the request');
    await s.page.getByTestId('complete').click();
    await expectToast(s.page, 'Task completed.');
    await s.page.waitForURL('**/inbox');

    // when they open the second step: a candidate is offered no send-back before claiming it
    await openGroupTask(s.page, 'Check the request');
    await s.page.getByTestId('more-actions').click();
    const menu = s.page.locator('.ant-dropdown:visible');
    await menu.getByText('Copy to (CC)').waitFor();
    await waitForCount(menu.getByText('Send back', { exact: true }), 0);
    await s.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await s.page.getByTestId('claim').click();
    await expectToast(s.page, 'The task is yours now.');
    await waitForCount(s.page.getByTestId('claim'), 0);

    // and send it back, picking the step by its name
    await s.page.getByTestId('more-actions').click();
    await s.page.locator('.ant-dropdown:visible').getByText('Send back', { exact: true }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByText('Send back to step').waitFor();
    await pickOption(s.page, dialog.getByTestId('send-back-to'), 'Fill in the request');
    await dialog.getByLabel('Reason').fill('The amount is missing.');
    await capture(s.page, 'send-back-dialog');
    await dialog.getByRole('button', { name: 'Send back' }).click();

    // then the task is sent back and a new first-step task opens in the group inbox
    await expectToast(s.page, 'Sent back.');
    await s.page.waitForURL('**/inbox');
    await openGroupTask(s.page, 'Fill in the request');
    await s.page.getByTestId('complete').waitFor();
    await capture(s.page, 'task-after-send-back');
    const tasks = await eventually(async () => {
      const all = await tasksOf('send-back-two-step', instanceId);
      return all.length === 3 ? all : undefined;
    });
    expect(tasks.map((task) => [task.nodeId, task.status, task.completedBy])).toEqual([
      ['UserTask_First', 'completed', STAFF],
      ['UserTask_Second', 'sentBack', STAFF],
      ['UserTask_First', 'open', null],
    ]);
    expect(new URL(s.page.url()).pathname).toBe(`/inbox/tasks/${encodeURIComponent(tasks[2]!.id)}`);
    // and the task detail names the steps a task may go back to
    const second = await staff.get(`/api/tasks/${encodeURIComponent(tasks[1]!.id)}`);
    expect(second.body.sendBackTargets).toEqual([{ nodeId: 'UserTask_First', name: 'Fill in the request' }]);
    expect((await staff.get(`/api/tasks/${encodeURIComponent(tasks[2]!.id)}`)).body.sendBackTargets).toEqual([]);
    const state = (await staff.get(`/api/instances/${encodeURIComponent(instanceId)}`)).body;
    expect(state.activeNodes).toEqual(['UserTask_First']);

    // and the sent-back task reads as such where the requester follows their case
    await s.page.goto('/inbox?scope=started');
    const sentBack = s.page.getByTestId('task-card').filter({ hasText: 'Check the request' });
    await sentBack.locator('.ant-tag', { hasText: 'Sent back' }).waitFor();
    await capture(s.page, 'inbox-started-sent-back');
    await sentBack.click();
    await s.page.locator('.ant-tag', { hasText: 'Sent back' }).waitFor();
    await waitForCount(s.page.getByTestId('task-actions'), 0);
    expect(s.errors()).toEqual([]);
  }, 180_000);
});

/** Reloads `url` until `locator` shows: the inbox does not refresh by itself. */
async function untilShown(page: Page, url: string, locator: Locator, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(url);
    try {
      await locator.first().waitFor({ timeout: 3000 });
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`${String(locator)} never showed on ${url}: ${String(err)}`);
    }
  }
}

/** The card of an open task of the staff member's groups, by business key (phone inbox). */
function groupInboxCard(page: Page, businessKey: string) {
  return page.getByTestId('task-card').filter({ hasText: businessKey });
}
