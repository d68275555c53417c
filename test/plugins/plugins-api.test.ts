/**
 * The plugin routes through a real listening API server: the catalog, installing a playbook
 * (forms published, BPMN deployed), and an instance of it running the plugin's activity on
 * the engine worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlugins } from '../../studio/server/plugins-loader/index.js';
import {
  ADMIN_PASSWORD,
  eventually,
  startTestPlatform,
  type HttpClient,
  type TestPlatform,
} from '../support/test-platform.js';
import { missingFormPlugin } from './fixtures/broken-plugins.js';

const INSTALL = '/api/plugins/sample-shop/playbooks/request-review/install';

describe('plugins API', () => {
  let t: TestPlatform;
  let admin: HttpClient;
  let owner: HttpClient;
  let staff: HttpClient;

  beforeAll(async () => {
    t = await startTestPlatform({ plugins: await loadPlugins({ manifests: [missingFormPlugin] }) });
    admin = await t.login('admin', ADMIN_PASSWORD);
    owner = await t.userWithRoles('designer', ['owner']);
    staff = await t.userWithRoles('clerk', ['staff']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should list installed plugins with playbooks and activities in both languages', async () => {
    // when
    const res = await owner.get('/api/plugins');
    // then
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        id: 'sample-shop',
        version: '0.1.0',
        name: { en: 'Sample Shop', 'zh-CN': 'Sample Shop' },
        forms: ['sample-shop/request-review'],
        activities: [
          expect.objectContaining({ ref: 'sample-shop.scoreRequest@1', major: 1, timeout: '10s', maximumAttempts: 3 }),
        ],
        playbooks: [
          {
            id: 'request-review',
            processKey: 'sample-shop-request-review',
            name: { en: 'Review a service request', 'zh-CN': '审核服务请求' },
            description: expect.objectContaining({ en: expect.any(String), 'zh-CN': expect.any(String) }),
          },
          expect.objectContaining({ id: 'missing-form', processKey: 'sample-shop-missing-form' }),
        ],
      }),
    ]);
  });

  it('should refuse staff', async () => {
    // when
    const list = await staff.get('/api/plugins');
    const install = await staff.post(INSTALL);
    // then
    expect([list.status, list.body.code, install.status]).toEqual([403, 'WF_ERR_AUTH_FORBIDDEN', 403]);
  });

  it('should install a playbook: forms published, process deployed, and a second install unchanged', async () => {
    // when
    const first = await admin.post(INSTALL);
    const again = await owner.post(INSTALL);
    // then
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      plugin: 'sample-shop',
      playbook: 'request-review',
      processes: [expect.objectContaining({ key: 'sample-shop-request-review', version: 1, unchanged: false })],
      forms: [expect.objectContaining({ id: 'sample-shop/request-review', version: 1 })],
      schedules: [],
    });
    expect(again.status).toBe(201);
    expect(again.body.processes).toEqual([expect.objectContaining({ version: 1, unchanged: true })]);
  });

  it('should run the installed playbook with the plugin activity on the engine worker', async () => {
    // given
    await admin.post(INSTALL);
    // when
    const started = await admin.post('/api/processes/sample-shop-request-review/instances', {
      variables: { customer: 'Ada', amount: 2500 },
    });
    // then
    expect(started.status).toBe(201);
    const state = await eventually(async () => {
      const res = await admin.get(`/api/instances/${started.body.instanceId}`);
      return res.body.activeNodes?.includes('UserTask_ReviewRequest') ? res.body : undefined;
    });
    expect(state.variables).toMatchObject({ customer: 'Ada', amount: 2500, priority: 'high' });
  });

  it('should answer 404 for an unknown plugin or playbook', async () => {
    // when
    const plugin = await owner.post('/api/plugins/no-such-plugin/playbooks/request-review/install');
    const playbook = await owner.post('/api/plugins/sample-shop/playbooks/no-such-playbook/install');
    // then
    expect([plugin.status, plugin.body.code]).toEqual([404, 'WF_ERR_PLUGIN_NOT_FOUND']);
    expect([playbook.status, playbook.body.code]).toEqual([404, 'WF_ERR_PLAYBOOK_NOT_FOUND']);
  });

  it('should pass the compiler problems through as 422 BPMN_INVALID', async () => {
    // when
    const res = await owner.post('/api/plugins/sample-shop/playbooks/missing-form/install');
    // then
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('BPMN_INVALID');
    expect(res.body.problems).toEqual([
      expect.objectContaining({ code: 'WF_ERR_BPMN_UNKNOWN_FORM', elementId: 'UserTask_ReviewRequest' }),
    ]);
  });
});
