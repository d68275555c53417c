/**
 * A plugin's `schedules` become Temporal Schedules when its playbook is installed: cron read in
 * the site's time zone (SITE_TIME_ZONE, or the installer's choice), starting the deployed
 * process with the schedule's variables, and moved along when a new version is deployed.
 */
import { readFile } from 'node:fs/promises';
import type { ProcessInput } from '../../engine/workflow/process-input.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin } from '../../engine/plugin-api/index.js';
import { loadPlugins } from '../../studio/server/plugins-loader/index.js';
import {
  ADMIN_PASSWORD,
  eventually,
  startTestPlatform,
  type HttpClient,
  type TestPlatform,
} from '../support/test-platform.js';
import { sampleShopPlugin } from './fixtures/sample-shop/plugin.js';

const scheduledShop = definePlugin({
  ...sampleShopPlugin,
  schedules: [
    {
      id: 'weekday-review',
      playbook: 'request-review',
      cron: '30 8 * * 1-5',
      name: { en: 'Weekday review', 'zh-CN': '工作日审核' },
      source: 'test fixture',
      variables: { customer: 'Scheduled Co', amount: 2500 },
    },
  ],
});
const INSTALL = '/api/plugins/sample-shop/playbooks/request-review/install';
const SCHEDULE_ID = 'playbook:sample-shop-request-review:weekday-review';

describe('plugin schedules', () => {
  let t: TestPlatform;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestPlatform({ plugins: await loadPlugins({ manifests: [scheduledShop] }) });
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await t.platform.temporal.client.schedule
      .getHandle(SCHEDULE_ID)
      .delete()
      .catch(() => undefined);
    await t?.close();
  });

  it('should refuse an unknown time zone with 400 naming /timeZone, before deploying anything', async () => {
    // when
    const res = await admin.post(INSTALL, { timeZone: 'Mars/Olympus_Mons' });
    // then
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('WF_ERR_TIME_ZONE_INVALID');
    expect(res.body.message).toMatch(/\/timeZone.*Mars\/Olympus_Mons/);
    expect((await admin.get('/api/processes/sample-shop-request-review/versions')).status).toBe(404);
  });

  it("should create the schedule in the site's time zone on install", async () => {
    // when
    const res = await admin.post(INSTALL);
    // then
    expect(res.status).toBe(201);
    expect(res.body.schedules).toEqual([
      { id: 'weekday-review', scheduleId: SCHEDULE_ID, cron: '30 8 * * 1-5', timeZone: 'Asia/Shanghai' },
    ]);
    const described = await t.platform.temporal.client.schedule.getHandle(SCHEDULE_ID).describe();
    expect(described.spec.timezone).toBe('Asia/Shanghai');
    // 08:30 on weekdays, Beijing time: the next firing is 00:30 UTC on a Monday–Friday.
    const next = described.info.nextActionTimes[0]!;
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([0, 30]);
    const beijingDay = new Date(next.getTime() + 8 * 3_600_000).getUTCDay();
    expect(beijingDay).toBeGreaterThanOrEqual(1);
    expect(beijingDay).toBeLessThanOrEqual(5);
  });

  it('should start the installed process with the schedule variables when the schedule fires', async () => {
    // when
    await t.platform.temporal.client.schedule.getHandle(SCHEDULE_ID).trigger();
    // then: the scheduled instance reaches the review task with the variables and the activity's score
    const instance = await eventually(async () => {
      // Only the schedule has started this process: its instance is indexed when its first task opens.
      const list = await admin.get('/api/instances?processKey=sample-shop-request-review');
      const found = list.body.items?.[0] as { id: string } | undefined;
      if (!found) return undefined;
      const detail = await admin.get(`/api/instances/${found.id}`);
      return detail.body.activeNodes?.includes('UserTask_ReviewRequest') ? detail.body : undefined;
    });
    expect(instance.variables).toMatchObject({ customer: 'Scheduled Co', amount: 2500, priority: 'high' });
  });

  it("should move the schedule to the installer's zone on a second install", async () => {
    // when
    const res = await admin.post(INSTALL, { timeZone: 'Europe/Berlin' });
    // then
    expect(res.status).toBe(201);
    expect(res.body.schedules[0].timeZone).toBe('Europe/Berlin');
    const described = await t.platform.temporal.client.schedule.getHandle(SCHEDULE_ID).describe();
    expect(described.spec.timezone).toBe('Europe/Berlin');
  });

  it('should point the schedule at a newly deployed version, keeping its zone and variables', async () => {
    // given a version 2 of the process deployed from the studio (a renamed start event)
    const xml = await readFile(
      new URL('./fixtures/sample-shop/playbooks/request-review.bpmn', import.meta.url),
      'utf8',
    );
    const deployed = await admin.post('/api/processes', xml.replace('name="Request received"', 'name="Request in"'));
    expect([deployed.status, deployed.body.version]).toEqual([201, 2]);
    // then
    const described = await t.platform.temporal.client.schedule.getHandle(SCHEDULE_ID).describe();
    const [input] = (described.action as { args: ProcessInput[] }).args;
    expect(input).toMatchObject({ version: 2, startedBy: 'schedule', variables: { customer: 'Scheduled Co' } });
    expect(described.spec.timezone).toBe('Europe/Berlin');
  });
});
