/**
 * Installing a playbook that calls core workflows (the tea-house handover calls shift-handover,
 * which calls incident-response) deploys those from workflows/ when they are not deployed yet,
 * callees first, and never replaces a version already deployed (it may have been edited).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlugins } from '../../studio/server/plugins-loader/index.js';
import { hospitalityPlugin } from '../../plugins/hospitality/plugin.js';
import { ADMIN_PASSWORD, startTestPlatform, type HttpClient, type TestPlatform } from '../support/test-platform.js';

describe('installing a playbook that calls core workflows', () => {
  let t: TestPlatform;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestPlatform({ plugins: await loadPlugins({ manifests: [hospitalityPlugin] }) });
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should deploy the called core workflows first, once', async () => {
    // when
    const first = await admin.post('/api/plugins/hospitality/playbooks/tea-house-handover/install');
    const again = await admin.post('/api/plugins/hospitality/playbooks/tea-house-handover/install');
    // then
    expect(first.status).toBe(201);
    expect(first.body.processes.map((p: { key: string }) => p.key)).toEqual([
      'incident-response',
      'shift-handover',
      'hospitality-tea-house-handover',
    ]);
    expect(again.body.processes).toEqual([
      expect.objectContaining({ key: 'hospitality-tea-house-handover', version: 1, unchanged: true }),
    ]);
  });

  it('should leave a core workflow that is already deployed as it is', async () => {
    // given an edited incident-response deployed from the studio as version 2
    const xml = await readFile(new URL('../../workflows/incident-response/process.bpmn', import.meta.url), 'utf8');
    const edited = xml.replace(/(<(?:bpmn:)?process\b[^>]*\sname=")([^"]*)"/, '$1$2 (edited)"');
    expect(edited).not.toBe(xml);
    expect((await admin.post('/api/processes', edited)).body.version).toBe(2);
    // when another playbook calling it is installed
    const res = await admin.post('/api/plugins/hospitality/playbooks/incident/install');
    // then the edited version stays the latest
    expect(res.status).toBe(201);
    expect(res.body.processes.map((p: { key: string }) => p.key)).not.toContain('incident-response');
    const versions = await admin.get('/api/processes/incident-response/versions');
    expect(versions.body.map((v: { version: number }) => v.version).sort()).toEqual([1, 2]);
  });
});
