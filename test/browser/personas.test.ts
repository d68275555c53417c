/**
 * The studio in a real browser against the real platform (API, Temporal worker, PGlite): the
 * process owner changes a playbook and deploys it, a staff member works the inbox on a phone,
 * and the owner sees the finished instance on the diagram. Every page fails its test when it
 * logs a console error; every page is captured at desktop and phone size in test-artifacts/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, eventually, type HttpClient, type TestPlatform } from '../support/test-platform.js';
import { waitForCount } from './support/antd.js';
import { watermarkUncovered } from './support/bpmn-canvas.js';
import { buildAndPublishForm, changeAndDeploy, deploy, publishForm } from './support/owner-steps.js';
import { completeWithOutcome, fillDocumentCheck, openGroupTask, startProcess } from './support/staff-steps.js';
import { signIn, type StudioBrowser } from './support/studio-browser.js';
import { useStudioSuite } from './support/studio-suite.js';

const PROCESS = 'branch-approval';
const BUSINESS_KEY = 'CASE-2024-001';

describe('studio personas in the browser', () => {
  let t: TestPlatform;
  let browser: StudioBrowser;
  let owner: HttpClient;
  let instanceId: string;
  let newTaskId: string;

  const suite = useStudioSuite('personas');
  const open = suite.open;

  beforeAll(async () => {
    if (!suite.ready) return;
    t = suite.t;
    browser = suite.browser;
    owner = await t.login('owner', 'owner-demo');
    const xml = await readFile(path.resolve(import.meta.dirname, '../fixtures/bpmn/branch-approval.bpmn'), 'utf8');
    expect((await owner.post('/api/processes', xml)).status).toBe(201);
  }, 180_000);

  it('should let the process owner build a form, change the SLA, add a user task with that form and deploy', async () => {
    // given the owner on a desktop
    const s = await open('desktop', 'en');
    await signIn(s.page, 'owner', 'owner-demo');

    // when they build and publish a form in the form designer
    await buildAndPublishForm(s.page);
    await browser.capture(s.page, 'form-designer-preview');
    await publishForm(s.page);

    // and change the playbook's diagram and deploy it
    newTaskId = await changeAndDeploy(s.page, PROCESS);
    expect(await watermarkUncovered(s.page)).toBe(true);
    await browser.capture(s.page, 'designer-edited');
    await deploy(s.page, PROCESS, 2);

    // then version 2 carries the SLA, the new task and its form
    const versions = await owner.get(`/api/processes/${PROCESS}/versions`);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v2 = await owner.get(`/api/processes/${PROCESS}/versions/2`);
    expect(v2.body.bpmnXml).toContain('dueDate="PT4H"');
    expect(v2.body.bpmnXml).toMatch(/<wf:form id="branch\/document-check"/);
    expect(v2.body.bpmnXml).toContain('name="Check documents"');

    // and the versions page shows what changed
    await s.page.goto(`/processes/${PROCESS}/versions`);
    await s.page.getByTestId('compare-right-diagram').and(s.page.locator('[data-imported="true"]')).waitFor();
    await s.page.locator('.ant-tag', { hasText: 'Added' }).first().waitFor();
    await browser.capture(s.page, 'versions-compare');
    expect(s.errors()).toEqual([]);
  }, 180_000);

  it('should let a staff member complete both tasks from the inbox on a phone, with an attachment', async () => {
    // given sun.teller of bank-branch-01 on a phone, in Chinese
    const s = await open('phone', 'zh-CN');
    await signIn(s.page, 'sun.teller', 'sun.teller-demo');

    // when they start the process and approve the review from the group inbox
    instanceId = await startProcess(s.page, PROCESS, BUSINESS_KEY);
    await openGroupTask(s.page, 'Review the request');
    await browser.capture(s.page, 'task-review');
    await completeWithOutcome(s.page, 'approve', /任务已完成/);

    // and fill the new form, uploading the ID scan
    await openGroupTask(s.page, 'Check documents');
    await s.page.getByTestId('task-form').getByText('客户姓名').first().waitFor(); // labels in the user's language
    await fillDocumentCheck(s.page, '张三');
    await browser.capture(s.page, 'task-document-check');
    await s.page.getByTestId('complete').click();
    await s.page.waitForURL('**/inbox');
    await browser.capture(s.page, 'inbox-after');

    // then the instance completes with the form's data
    const done = await eventually(
      async () => {
        const res = await owner.get(`/api/instances/${encodeURIComponent(instanceId)}`);
        return res.body.status === 'completed' ? res.body : undefined;
      },
      30_000,
      'the instance to complete',
    );
    expect(done.completedNodes).toEqual(expect.arrayContaining(['UserTask_Review', newTaskId, 'EndEvent_Approved']));
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const tasks = await admin.get(`/api/tasks?scope=all&processKey=${PROCESS}&limit=50`);
    const check = tasks.body.items.find((task: { nodeId: string }) => task.nodeId === newTaskId);
    const detail = await admin.get(`/api/tasks/${encodeURIComponent(check.id)}`);
    expect(detail.body.data).toMatchObject({
      text1: '张三',
      checkbox1: true,
      attachment1: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(s.errors()).toEqual([]);
  }, 180_000);

  it('should show the owner the finished instance with its completed nodes marked on the diagram', async () => {
    // given the owner on a desktop
    const s = await open('desktop', 'en');
    await signIn(s.page, 'owner', 'owner-demo');

    // when they find the instance in the monitor
    await s.page.goto('/monitor');
    const search = s.page.getByPlaceholder('Instance id or business key');
    await search.fill(BUSINESS_KEY);
    await search.press('Enter');
    await s.page.getByTestId('instance-link').filter({ hasText: BUSINESS_KEY }).click();
    await s.page.locator('[data-testid="instance-diagram"][data-imported="true"]').waitFor();

    // then the path it took is marked completed and nothing is active
    for (const id of ['StartEvent_Requested', 'UserTask_Review', newTaskId, 'EndEvent_Approved']) {
      await waitForCount(s.page.locator(`g.djs-element.wf-completed[data-element-id="${id}"]`), 1);
    }
    await waitForCount(s.page.locator('g.djs-element.wf-active'), 0);
    await waitForCount(s.page.locator('g.djs-element.wf-completed[data-element-id="EndEvent_Rejected"]'), 0);
    await s.page.locator('[data-testid="instance-status"][data-status="completed"]').waitFor();
    await s.page.getByTestId('timeline').getByText('Check documents completed by sun.teller').waitFor();
    expect(await watermarkUncovered(s.page)).toBe(true);
    await browser.capture(s.page, 'instance-completed');
    expect(s.errors()).toEqual([]);
  }, 120_000);
});
