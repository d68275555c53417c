/**
 * The first path end to end, through a real listening API server and a real Temporal
 * dev server: deploy BPMN, start an instance, see it complete as a Temporal workflow.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  eventually,
  startTestPlatform,
  type HttpClient,
  type TestPlatform,
} from '../support/test-platform.js';

const fixture = (name: string) => readFile(path.resolve(import.meta.dirname, '../fixtures/bpmn', name), 'utf8');

describe('deploy → start → complete', () => {
  let t: TestPlatform;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => t?.close());

  it('should deploy a BPMN process as version 1 and answer 200 unchanged for the same XML', async () => {
    // given
    const xml = await fixture('echo-service.bpmn');
    // when
    const first = await admin.post('/api/processes', xml);
    const again = await admin.post('/api/processes', { bpmnXml: xml });
    // then
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ key: 'echo-service', version: 1, unchanged: false });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ key: 'echo-service', version: 1, unchanged: true, id: first.body.id });
    const versions = await admin.get('/api/processes/echo-service/versions');
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1]);
  });

  it('should give concurrent deploys of one key consecutive versions, and identical ones one version', async () => {
    // given five different diagrams of key echo-race, and a sixth
    const base = (await fixture('echo-service.bpmn')).replaceAll('echo-service', 'echo-race');
    const variants = [1, 2, 3, 4, 5].map((n) => base.replace('name="Requested"', `name="Requested ${n}"`));
    const same = base.replace('name="Requested"', 'name="Requested again"');
    // when the five arrive at once
    const racing = await Promise.all(variants.map((xml) => admin.post('/api/processes', xml)));
    // then each gets its own version, nothing fails
    expect(racing.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(racing.map((a) => a.body.version).sort()).toEqual([1, 2, 3, 4, 5]);
    // when three copies of a sixth arrive at once
    const copies = await Promise.all([same, same, same].map((xml) => admin.post('/api/processes', xml)));
    // then one makes version 6 and the others answer unchanged with its id
    expect(copies.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(copies.map((a) => a.body.id)).size).toBe(1);
    const versions = await admin.get('/api/processes/echo-race/versions');
    expect(versions.body.map((v: { version: number }) => v.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('should run an instance to completion as a Temporal workflow with the activity result mapped', async () => {
    // given
    await admin.post('/api/processes', await fixture('echo-service.bpmn'));
    // when
    const started = await admin.post('/api/processes/echo-service/instances', {
      variables: { who: 'world' },
      businessKey: 'case-1',
    });
    // then
    expect(started.status).toBe(201);
    const id: string = started.body.instanceId;
    const done = await eventually(
      async () => {
        const res = await admin.get(`/api/instances/${id}`);
        return res.body.status === 'completed' ? res.body : undefined;
      },
      30_000,
      'instance to complete',
    );
    expect(done.variables).toMatchObject({ who: 'world', reply: 'hello world' });
    expect(done.completedNodes).toEqual(
      expect.arrayContaining(['StartEvent_Requested', 'ServiceTask_Echo', 'EndEvent_Done']),
    );
    expect(done.businessKey).toBe('case-1');
    expect(done.startedBy).toBe('admin');

    // and `temporal workflow list` shows the same instance, completed, with our search attributes
    const { stdout } = await promisify(execFile)(inject('temporalCli'), [
      'workflow',
      'list',
      '--address',
      inject('temporalAddress'),
      '--namespace',
      inject('temporalNamespace'),
      '--query',
      `WorkflowId = '${id}'`,
      '--output',
      'json',
    ]);
    const listed = JSON.parse(stdout) as Array<{
      execution: { workflowId: string };
      type: { name: string };
      status: string;
    }>;
    expect(listed).toHaveLength(1);
    expect(listed[0]!.type.name).toBe('bpmnProcess');
    expect(listed[0]!.status).toMatch(/COMPLETED/);
  });

  it('should reject an invalid diagram with 422 BPMN_INVALID naming the element, and store nothing', async () => {
    // given a service task whose activity no plugin provides
    const xml = (await fixture('echo-service.bpmn'))
      .replace('id="echo-service"', 'id="broken-service"')
      .replace('core.echo@1', 'nowhere.missing@1');
    // when
    const res = await admin.post('/api/processes', xml);
    // then
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('BPMN_INVALID');
    expect(res.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'WF_ERR_BPMN_UNKNOWN_ACTIVITY', elementId: 'ServiceTask_Echo' }),
      ]),
    );
    expect((await admin.get('/api/processes/broken-service/versions')).status).toBe(404);
  });

  it('should reject a DOCTYPE and non-BPMN bodies with a 4xx and a code', async () => {
    const doctype = await admin.post('/api/processes', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>');
    expect(doctype.status).toBe(422);
    expect(doctype.body.problems[0].code).toBe('WF_ERR_BPMN_DOCTYPE');
    const wrongJson = await admin.post('/api/processes', { xml: 'nope' });
    expect(wrongJson.status).toBe(400);
    expect(wrongJson.body.message).toContain('/bpmnXml');
  });

  it('should refuse deploys from anonymous users, staff, and sessions without the CSRF token', async () => {
    const xml = await fixture('echo-service.bpmn');
    expect((await t.anonymous.post('/api/processes', xml)).status).toBe(401);
    const staff = await t.userWithRoles('staff-1', ['staff']);
    const forbidden = await staff.post('/api/processes', xml);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('WF_ERR_AUTH_FORBIDDEN');
    const noCsrf = await admin.post('/api/processes', xml, { 'x-csrf-token': 'wrong' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe('WF_ERR_AUTH_CSRF');
  });

  it('should answer 404 for an unknown process and for an instance the user may not see', async () => {
    expect((await admin.post('/api/processes/no-such-process/instances', {})).status).toBe(404);
    await admin.post('/api/processes', await fixture('echo-service.bpmn'));
    const started = await admin.post('/api/processes/echo-service/instances', { variables: { who: 'x' } });
    const staff = await t.userWithRoles('staff-2', ['staff']);
    const res = await staff.get(`/api/instances/${started.body.instanceId}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('WF_ERR_INSTANCE_NOT_FOUND');
  });

  it('should give a reloaded page its user and CSRF token back from /api/auth/me', async () => {
    const me = await admin.get('/api/auth/me');
    expect(me.body).toMatchObject({ username: 'admin', roles: ['admin'] });
    expect(me.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect((await t.anonymous.get('/api/auth/me')).status).toBe(401);
  });

  it('should report readiness only when the database and Temporal answer', async () => {
    const ready = await t.anonymous.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'ok', temporal: 'ok' });
    expect((await t.anonymous.get('/healthz')).status).toBe(200);
  });
});
