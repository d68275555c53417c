/**
 * The core incident report filled in a real browser, in Chinese, on a phone: a staff member
 * opens the reporting task from the group inbox, answers "was anyone injured?" with yes (the
 * injury section appears), attaches a photo (shown as a thumbnail), signs on the pad and
 * submits. The stored data holds attachment ids, never file contents; a section switched
 * off again is not stored. Pages fail on console errors; screenshots go to
 * test-artifacts/browser/incident-form/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../studio/server/seed/demo-org.js';
import { ADMIN_PASSWORD, eventually, type HttpClient, type TestPlatform } from '../support/test-platform.js';
import { expectToast, waitForCount } from './support/antd.js';
import {
  answerInjured,
  drawSignature,
  fillIncidentBasics,
  inkedPixels,
  makePng,
  pickAndCheck,
  selectOf,
} from './support/incident-steps.js';
import { openGroupTask } from './support/staff-steps.js';
import { signIn, type StudioBrowser } from './support/studio-browser.js';
import { useStudioSuite } from './support/studio-suite.js';

const PROCESS = 'incident-report-form';
/** The form's reporting step (its `steps` key): every field but the supervisor review is written there. */
const STEP = 'UserTask_ReportIncident';
const STAFF = 'sun.teller';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface StoredTask {
  id: string;
  nodeId: string;
  status: string;
  formId: string | null;
  formVersion: number | null;
  data: Record<string, unknown> | null;
}

describe('the incident report form in the browser', () => {
  let t: TestPlatform;
  let browser: StudioBrowser;
  let admin: HttpClient;
  let staff: HttpClient;
  const instances: Record<'injured' | 'switchedOff', { id: string; businessKey: string }> = {
    injured: { id: '', businessKey: 'INC-2024-017' },
    switchedOff: { id: '', businessKey: 'INC-2024-018' },
  };

  /** The task of the instance as the server stored it, once the instance has completed. */
  const completedTask = async (instanceId: string): Promise<StoredTask> => {
    await eventually(
      async () => {
        const res = await admin.get(`/api/instances/${encodeURIComponent(instanceId)}`);
        return res.body.status === 'completed' ? res.body : undefined;
      },
      30_000,
      'the instance to complete',
    );
    const tasks = await admin.get(`/api/tasks?scope=all&processKey=${PROCESS}&limit=50`);
    const task = tasks.body.items.find((i: { instanceId: string }) => i.instanceId === instanceId);
    expect(task, `the task of ${instanceId}`).toBeDefined();
    const detail = await admin.get<StoredTask>(`/api/tasks/${encodeURIComponent(task.id)}`);
    expect(detail.status).toBe(200);
    return detail.body;
  };

  const suite = useStudioSuite('incident-form');
  const open = suite.open;

  beforeAll(async () => {
    if (!suite.ready) return;
    t = suite.t;
    browser = suite.browser;
    admin = await t.login('admin', ADMIN_PASSWORD);
    staff = await t.login(STAFF, demoPassword(STAFF));
    const xml = await readFile(path.resolve(import.meta.dirname, '../fixtures/bpmn/incident-report-form.bpmn'), 'utf8');
    expect((await admin.post('/api/processes', xml)).status).toBe(201);
    for (const instance of Object.values(instances)) {
      const started = await admin.post(`/api/processes/${PROCESS}/instances`, { businessKey: instance.businessKey });
      expect(started.status).toBe(201);
      instance.id = started.body.instanceId;
    }
  }, 180_000);

  it('should let a staff member on a phone fill the injury section, attach a photo, sign and submit, in Chinese', async () => {
    // given sun.teller of bank-branch-01 on a phone, in Chinese, on the reporting task
    const s = await open('phone', 'zh-CN');
    await signIn(s.page, STAFF, demoPassword(STAFF));
    await openGroupTask(s.page, instances.injured.businessKey); // the card shows the business key
    const form = s.page.getByTestId('task-form');

    // then the form speaks the form's Chinese labels, without the supervisor's section
    await form.getByText('事件报告').first().waitFor();
    for (const label of ['发生时间', '地点', '类别', '事件经过', '是否有人受伤？', '照片', '报告人签名']) {
      await form.getByText(label, { exact: true }).first().waitFor();
    }
    await waitForCount(form.getByText('主管审核', { exact: true }), 0);
    await form.getByText('请如实报告事件经过，主管将进行审核。').waitFor();
    await waitForCount(form.getByText('A staff member reports an incident'), 0); // not the schema's English
    // and the injury section is hidden until someone says yes
    await waitForCount(form.locator('#root_injury_personName'), 0);
    await waitForCount(form.getByText('受伤人员', { exact: true }), 0);

    // when they fill the report and say someone was injured
    await fillIncidentBasics(s.page, form, {
      occurredAt: '2024-05-01 12:30:00',
      location: '城东支行营业大厅',
      category: '设备',
      description: '自助取款机屏幕脱落，砸伤一名客户的手。',
    });
    await answerInjured(form, '是');

    // then the injury section appears, and they fill it
    await form.getByText('受伤情况', { exact: true }).first().waitFor();
    await form.getByText('受伤人员', { exact: true }).first().waitFor();
    await form.locator('#root_injury_personName').fill('王五');
    await pickAndCheck(s.page, selectOf(form, 'root_injury_bodyPart'), '腿');
    await pickAndCheck(s.page, selectOf(form, 'root_injury_treatment'), '急救');

    // when they add a photo: it is uploaded at once and shown as a thumbnail with its name
    await form.locator('#root_photos').locator('button[title="添加一项"]').click();
    const photo = await makePng(s.page);
    await form
      .getByTestId('attachment-root_photos_0')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'atm-screen.png', mimeType: 'image/png', buffer: photo });
    // the photo is labelled with the list's label, not the field name ("photos-1")
    expect((await form.locator('label[for="root_photos_0"]').textContent())?.trim()).toBe('照片');
    await waitForCount(form.getByText(/photos-\d/), 0);
    const thumbnail = form.getByTestId('attachment-root_photos_0').getByTestId('attachment-thumbnail');
    await thumbnail.waitFor({ timeout: 15_000 });
    await form.getByTestId('attachment-root_photos_0').getByText('atm-screen.png').waitFor();
    await eventually(
      async () =>
        (await thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)) === 96
          ? true
          : undefined,
      10_000,
      'the thumbnail to load the uploaded image',
    );

    // and sign with a finger, then use the signature
    const signature = form.getByTestId('signature-root_reporterSignature');
    const pad = signature.getByTestId('signature-pad');
    await drawSignature(s.page, pad, 'touch');
    expect(await inkedPixels(pad)).toBeGreaterThan(100);
    await signature.getByRole('button', { name: '使用此签名' }).click();
    await signature.locator('img[alt="签名"]').waitFor({ timeout: 15_000 });
    await browser.capture(s.page, 'incident-form-filled');

    // and submit
    await s.page.getByTestId('complete').click();
    await expectToast(s.page, /任务已完成/);
    await s.page.waitForURL('**/inbox');

    // then the task completed with the injury section, and ids (never file contents) for the files
    const task = await completedTask(instances.injured.id);
    expect(task).toMatchObject({ nodeId: STEP, status: 'completed', formId: 'core/incident-report' });
    const data = task.data!;
    expect(data).toMatchObject({
      occurredAt: expect.stringMatching(/^2024-05-01T\d{2}:30:00(\.000)?Z$/),
      location: '城东支行营业大厅',
      category: 'equipment',
      description: '自助取款机屏幕脱落，砸伤一名客户的手。',
      injured: true,
      injury: { personName: '王五', bodyPart: 'leg', treatment: 'first-aid' },
      photos: [expect.stringMatching(UUID)],
      reporterSignature: expect.stringMatching(UUID),
    });
    expect(data).not.toHaveProperty('review');
    expect(JSON.stringify(data)).not.toMatch(/base64|data:image|iVBORw0KGgo/);

    // and the signature is served as a PNG download that no browser sniffs
    const sig = await staff.fetch(`/api/attachments/${data.reporterSignature as string}`);
    expect(sig.status).toBe(200);
    expect(sig.headers.get('content-type')).toBe('image/png');
    expect(sig.headers.get('content-disposition')).toMatch(/^inline; filename="signature\.png"/);
    expect(sig.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await sig.arrayBuffer()).subarray(0, 8)).toEqual(PNG_MAGIC);
    // and the photo is the very file that was uploaded
    const stored = await staff.fetch(`/api/attachments/${(data.photos as string[])[0]!}`);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/png');
    expect(stored.headers.get('content-disposition')).toContain('atm-screen.png');
    expect(Buffer.from(await stored.arrayBuffer())).toEqual(photo);
    expect(s.errors()).toEqual([]);
  }, 180_000);

  it('should not store the injury section when the answer is switched back to no', async () => {
    // given sun.teller on a phone, in Chinese, on the second report
    const s = await open('phone', 'zh-CN');
    await signIn(s.page, STAFF, demoPassword(STAFF));
    await openGroupTask(s.page, instances.switchedOff.businessKey);
    const form = s.page.getByTestId('task-form');
    await form.getByText('是否有人受伤？', { exact: true }).first().waitFor();

    // when they start the injury section, then switch the answer back to no
    await fillIncidentBasics(s.page, form, {
      occurredAt: '2024-05-02 12:30:00',
      location: '城东支行门口',
      category: '安全',
      description: '门口台阶结冰，已撒盐处理，无人受伤。',
    });
    await answerInjured(form, '是');
    await form.locator('#root_injury_personName').fill('不应保存');
    await answerInjured(form, '否');

    // then the section is gone from the page
    await waitForCount(form.locator('#root_injury_personName'), 0);
    await waitForCount(form.getByText('受伤人员', { exact: true }), 0);

    // when they sign with the mouse and submit
    const signature = form.getByTestId('signature-root_reporterSignature');
    const pad = signature.getByTestId('signature-pad');
    await drawSignature(s.page, pad, 'mouse');
    expect(await inkedPixels(pad)).toBeGreaterThan(100);
    await signature.getByRole('button', { name: '使用此签名' }).click();
    await signature.locator('img[alt="签名"]').waitFor({ timeout: 15_000 });
    await browser.capture(s.page, 'incident-form-no-injury');
    await s.page.getByTestId('complete').click();
    await expectToast(s.page, /任务已完成/);
    await s.page.waitForURL('**/inbox');

    // then nothing of the injury section was stored
    const task = await completedTask(instances.switchedOff.id);
    expect(task.status).toBe('completed');
    expect(task.data).toMatchObject({
      category: 'safety',
      injured: false,
      reporterSignature: expect.stringMatching(UUID),
    });
    expect(task.data).not.toHaveProperty('injury');
    expect(JSON.stringify(task.data)).not.toContain('不应保存');

    // and the server itself drops a section whose condition is off, whatever a client sends
    const verdict = await staff.post(`/api/forms/core/incident-report/versions/${task.formVersion}/validate`, {
      step: STEP,
      data: { ...task.data, injury: { personName: '不应保存', treatment: 'none' } },
    });
    expect(verdict.status).toBe(200);
    expect(verdict.body.removed).toEqual(['/injury']);
    expect(verdict.body.data).not.toHaveProperty('injury');
    expect(s.errors()).toEqual([]);
  }, 180_000);
});
