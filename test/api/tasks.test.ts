/**
 * The task inbox over real HTTP, a real Temporal server and the real interpreter: who sees
 * which task, each action, idempotent completion, races, urge, CC and the audit trail.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../studio/server/seed/demo-org.js';
import { seedDemoOrg } from '../../studio/server/seed/seed-demo.js';
import {
  ADMIN_PASSWORD,
  eventually,
  startTestPlatform,
  type HttpClient,
  type TestPlatform,
} from '../support/test-platform.js';

let t: TestPlatform;
let admin: HttpClient;
let liu: HttpClient; // bank branch, the requester
let sun: HttpClient; // bank branch, a candidate
let wang: HttpClient; // bank branch head
let zhou: HttpClient; // tobacco district: must see nothing of the bank's work
const as = (username: string) => t.login(username, demoPassword(username));

beforeAll(async () => {
  t = await startTestPlatform();
  await seedDemoOrg(t.platform);
  admin = await t.login('admin', ADMIN_PASSWORD);
  liu = await as('liu.lobby');
  sun = await as('sun.teller');
  wang = await as('wang.branch');
  zhou = await as('zhou.manager');
  const xml = await readFile(path.resolve(import.meta.dirname, '../fixtures/bpmn/branch-approval.bpmn'), 'utf8');
  expect((await admin.post('/api/processes', xml)).status).toBe(201);
});
afterAll(async () => t?.close());

/** Starts an approval as liu.lobby and waits until its review task is in the inbox. */
async function startApproval(variables: Record<string, unknown> = { amount: 500, storeId: 'S-12' }) {
  const businessKey = `BK-${randomUUID().slice(0, 8)}`;
  const started = await liu.post('/api/processes/branch-approval/instances', { variables, businessKey });
  expect(started.status).toBe(201);
  const instanceId: string = started.body.instanceId;
  const task = await eventually(
    async () => {
      const rows = await t.platform.database.db
        .selectFrom('tasks')
        .selectAll()
        .where('instance_id', '=', instanceId)
        .execute();
      return rows[0];
    },
    20_000,
    'review task',
  );
  return { instanceId, taskId: task.id, businessKey };
}

describe('inbox visibility', () => {
  it('should show a group task to group members only, and answer 404 to everyone else', async () => {
    // given
    const { taskId, instanceId } = await startApproval();
    // when
    const sunGroups = await sun.get('/api/tasks?scope=groups');
    const zhouGroups = await zhou.get('/api/tasks?scope=groups');
    // then
    expect(sunGroups.body.items.map((i: { id: string }) => i.id)).toContain(taskId);
    expect(zhouGroups.body.items.map((i: { id: string }) => i.id)).not.toContain(taskId);
    for (const [method, url] of [
      ['get', `/api/tasks/${taskId}`],
      ['post', `/api/tasks/${taskId}/claim`],
      ['post', `/api/tasks/${taskId}/complete`],
      ['post', `/api/tasks/${taskId}/transfer`],
      ['post', `/api/tasks/${taskId}/delegate`],
      ['post', `/api/tasks/${taskId}/unclaim`],
      ['post', `/api/tasks/${taskId}/return`],
      ['post', `/api/tasks/${taskId}/cc`],
      ['post', `/api/tasks/${taskId}/urge`],
      ['post', `/api/tasks/${taskId}/send-back`],
      ['post', `/api/tasks/${taskId}/co-signers`],
      ['get', `/api/instances/${instanceId}`],
      ['post', `/api/instances/${instanceId}/withdraw`],
    ] as const) {
      const bodies: Record<string, unknown> = {
        complete: { data: {}, outcome: 'approve' },
        transfer: { to: 'zhou.manager' },
        delegate: { to: 'zhou.manager' },
        cc: { users: ['zhou.manager'] },
        'send-back': { to: 'UserTask_Review' },
        'co-signers': { username: 'zhou.manager' },
      };
      const body = bodies[url.split('/').pop()!];
      const res = method === 'get' ? await zhou.get(url) : await zhou.post(url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
    }
  });

  it('should answer 404 on the instance endpoints to staff outside the case, and 403 on owner-only actions', async () => {
    const { instanceId } = await startApproval();
    expect((await zhou.post(`/api/instances/${instanceId}/cancel`, {})).status).toBe(403);
    expect((await zhou.post(`/api/instances/${instanceId}/incidents/none/retry`, {})).status).toBe(403);
    const owner = await t.userWithRoles(`owner-${instanceId.slice(-6)}`, ['owner']);
    expect((await owner.post(`/api/instances/${instanceId}/incidents/none/retry`, {})).status).toBe(409);
    expect((await owner.post(`/api/instances/${instanceId}/cancel`, { reason: 'test' })).status).toBe(204);
    expect((await owner.post(`/api/instances/no-such-instance/cancel`, {})).status).toBe(404);
  });

  it('should give the task detail with its input, SLA and outcomes to a candidate', async () => {
    const { taskId } = await startApproval({ amount: 900, storeId: 'S-77' });
    const res = await sun.get(`/api/tasks/${taskId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: taskId,
      name: 'Review the request',
      outcomes: ['approve', 'reject'],
      priority: 70,
      sla: 'dueSoon',
    });
    expect(res.body.input).toEqual({ amount: 900, storeId: 'S-77' });
    expect(res.body.candidateGroups).toEqual(['bank-branch-01']);
  });

  it('should filter by process, business key, SLA and business field, with counts', async () => {
    const { taskId, businessKey } = await startApproval({ amount: 1, storeId: 'S-FILTER' });
    const byField = await sun.get('/api/tasks?scope=groups&field.storeId=S-FILTER');
    expect(byField.body.items.map((i: { id: string }) => i.id)).toEqual([taskId]);
    const byKey = await sun.get(
      `/api/tasks?scope=groups&businessKey=${businessKey}&processKey=branch-approval&sla=dueSoon`,
    );
    expect(byKey.body.total).toBe(1);
    expect((await sun.get(`/api/tasks?scope=groups&businessKey=${businessKey}&sla=overdue`)).body.total).toBe(0);
    const started = await liu.get('/api/tasks?scope=started');
    expect(started.body.items.map((i: { id: string }) => i.id)).toContain(taskId);
    const counts = await sun.get('/api/tasks/counts');
    expect(counts.body.groups).toBeGreaterThanOrEqual(1);
    const paged = await sun.get('/api/tasks?scope=groups&limit=1&sort=createdAt&order=desc');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(1);
    expect((await sun.get('/api/tasks?scope=all')).status).toBe(403);
  });
});

describe('task actions', () => {
  it('should claim, refuse a second claimer, unclaim, transfer, delegate and return', async () => {
    const { taskId } = await startApproval();
    // claim
    const claimed = await sun.post(`/api/tasks/${taskId}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body.assignee).toBe('sun.teller');
    expect((await sun.get('/api/tasks?scope=mine')).body.items.map((i: { id: string }) => i.id)).toContain(taskId);
    // a second candidate can no longer see it as claimable
    const second = await liu.post(`/api/tasks/${taskId}/claim`);
    expect(second.status).toBe(404);
    // unclaim
    expect((await sun.post(`/api/tasks/${taskId}/unclaim`)).body.assignee).toBeNull();
    // transfer (转交)
    await sun.post(`/api/tasks/${taskId}/claim`);
    const transferred = await sun.post(`/api/tasks/${taskId}/transfer`, { to: 'wang.branch' });
    expect(transferred.body.assignee).toBe('wang.branch');
    expect((await sun.get(`/api/tasks/${taskId}`)).status).toBe(404);
    // delegate (委托) and return
    const delegated = await wang.post(`/api/tasks/${taskId}/delegate`, { to: 'liu.lobby' });
    expect(delegated.body).toMatchObject({ assignee: 'liu.lobby', owner: 'wang.branch' });
    const blocked = await liu.post(`/api/tasks/${taskId}/complete`, { data: {}, outcome: 'approve' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('WF_ERR_TASK_DELEGATED');
    const returned = await liu.post(`/api/tasks/${taskId}/return`);
    expect(returned.body).toMatchObject({ assignee: 'wang.branch', owner: null });
    // the workflow agrees on the assignee
    const state = await t.platform.temporal.client.workflow
      .getHandle(
        (
          await t.platform.database.db
            .selectFrom('tasks')
            .select('instance_id')
            .where('id', '=', taskId)
            .executeTakeFirstOrThrow()
        ).instance_id,
      )
      .query('processState');
    expect(
      (state as { openTasks: Array<{ taskId: string; assignee?: string }> }).openTasks.find((x) => x.taskId === taskId)
        ?.assignee,
    ).toBe('wang.branch');
    // audit trail
    const audit = await admin.get(`/api/audit?subjectType=task&subjectId=${taskId}`);
    expect(audit.body.map((a: { action: string }) => a.action).reverse()).toEqual([
      'task.claimed',
      'task.unclaimed',
      'task.claimed',
      'task.transferred',
      'task.delegated',
      'task.returned',
    ]);
    expect((await sun.get('/api/audit')).status).toBe(403);
  });

  it('should complete with an Idempotency-Key once, replay the answer, and route by the outcome', async () => {
    const { taskId, instanceId } = await startApproval();
    const key = randomUUID();
    const first = await sun.post(
      `/api/tasks/${taskId}/complete`,
      { data: { comment: 'ok' }, outcome: 'approve' },
      { 'idempotency-key': key },
    );
    const again = await sun.post(
      `/api/tasks/${taskId}/complete`,
      { data: { comment: 'ok' }, outcome: 'approve' },
      { 'idempotency-key': key },
    );
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const reused = await sun.post(
      `/api/tasks/${taskId}/complete`,
      { data: { comment: 'changed' }, outcome: 'approve' },
      { 'idempotency-key': key },
    );
    expect(reused.status).toBe(422);
    const done = await eventually(
      async () => {
        const res = await liu.get(`/api/instances/${instanceId}`);
        return res.body.status === 'completed' ? res.body : undefined;
      },
      20_000,
      'instance to complete',
    );
    expect(done.completedNodes).toContain('EndEvent_Approved');
    const completedBySun = await sun.get('/api/tasks?scope=completed');
    expect(completedBySun.body.items.map((i: { id: string }) => i.id)).toContain(taskId);
  });

  it('should reject an outcome the task does not offer with 400 and keep the task open', async () => {
    const { taskId } = await startApproval();
    const res = await sun.post(`/api/tasks/${taskId}/complete`, { data: {}, outcome: 'maybe' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('WF_ERR_TASK_OUTCOME_NOT_OFFERED');
    expect((await sun.get(`/api/tasks/${taskId}`)).body.status).toBe('open');
  });

  it('should let exactly one of 20 simultaneous completions win', async () => {
    // given one open task and 20 sessions of candidates
    const { taskId, instanceId } = await startApproval();
    const clients = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? as('sun.teller') : as('liu.lobby'))),
    );
    // when all complete at once
    const results = await Promise.all(
      clients.map((c, i) =>
        c.post(
          `/api/tasks/${taskId}/complete`,
          { data: { n: i }, outcome: 'reject' },
          { 'idempotency-key': `race-${i}` },
        ),
      ),
    );
    // then one 200, nineteen 409, and one completion in the workflow history
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const history = await t.platform.temporal.client.workflow.getHandle(instanceId).fetchHistory();
    const completions = (history.events ?? []).filter((e) => e.workflowExecutionUpdateCompletedEventAttributes);
    const accepted = (history.events ?? []).filter(
      (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'completeTask',
    );
    expect(accepted).toHaveLength(1);
    expect(completions).toHaveLength(1);
  }, 90_000);

  it('should let the requester urge once per 10 minutes and notify the assignee', async () => {
    const { taskId } = await startApproval();
    await sun.post(`/api/tasks/${taskId}/claim`);
    expect((await sun.post(`/api/tasks/${taskId}/urge`)).status).toBe(404); // not the requester
    const urged = await liu.post(`/api/tasks/${taskId}/urge`, { message: '请尽快处理' });
    expect(urged.status).toBe(200);
    expect(urged.body.notified).toEqual(['sun.teller']);
    expect((await liu.post(`/api/tasks/${taskId}/urge`)).status).toBe(429);
    const notes = await sun.get('/api/notifications');
    expect(notes.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'task.urged', taskId, message: '请尽快处理' })]),
    );
  });

  it('should CC another user so they can read the instance, but only its form fields', async () => {
    const { taskId, instanceId } = await startApproval({ amount: 42, storeId: 'S-CC', secret: 'hidden' });
    expect((await zhou.get(`/api/instances/${instanceId}`)).status).toBe(404);
    const cc = await sun.post(`/api/tasks/${taskId}/cc`, { users: ['zhou.manager'] });
    expect(cc.status).toBe(200);
    const seen = await zhou.get(`/api/instances/${instanceId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.variables.secret).toBeUndefined();
    const asCandidate = await sun.get(`/api/instances/${instanceId}`);
    expect(asCandidate.body.variables).toEqual({ amount: 42, storeId: 'S-CC' });
    const asAdmin = await admin.get(`/api/instances/${instanceId}`);
    expect(asAdmin.body.variables.secret).toBe('hidden');
  });
});

describe('identity', () => {
  it('should end sessions of a disabled user and refuse API tokens once revoked', async () => {
    const created = await admin.post('/api/users', {
      username: 'temp.user',
      displayName: 'Temp',
      password: 'temp-password',
      roles: ['staff'],
      groups: ['bank-branch-01'],
    });
    expect(created.status).toBe(201);
    expect(created.body.groups).toEqual(['bank-branch-01']);
    const temp = await t.login('temp.user', 'temp-password');
    const token = await temp.post('/api/tokens', { name: 'ci' });
    expect(token.status).toBe(201);
    const bearer = (await import('../support/test-platform.js')).httpClient(t.baseUrl, {
      authorization: `Bearer ${token.body.token}`,
    });
    expect((await bearer.get('/api/auth/me')).body.username).toBe('temp.user');
    expect((await admin.post(`/api/users/${created.body.id}/disable`)).status).toBe(204);
    expect((await temp.get('/api/auth/me')).status).toBe(401);
    expect((await bearer.get('/api/auth/me')).status).toBe(401);
  });

  it('should throttle repeated failed logins', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${t.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'wang.branch', password: 'wrong' }),
      });
      expect(res.status).toBe(401);
    }
    const blocked = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'wang.branch', password: demoPassword('wang.branch') }),
    });
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { code: string }).code).toBe('WF_ERR_AUTH_THROTTLED');
  });
});

describe('reconcile', () => {
  it('should find and repair a deliberately corrupted projection', async () => {
    // given three open tasks, and a projection where one row is missing, one lost its assignee
    // and an extra open row belongs to nothing running
    const a = await startApproval();
    const b = await startApproval();
    await sun.post(`/api/tasks/${b.taskId}/claim`);
    const db = t.platform.database.db;
    await db.deleteFrom('tasks').where('id', '=', a.taskId).execute();
    await db.updateTable('tasks').set({ assignee: 'zhou.manager' }).where('id', '=', b.taskId).execute();
    await db
      .insertInto('tasks')
      .values({
        id: 'ghost-task',
        instance_id: b.instanceId,
        process_key: 'branch-approval',
        node_id: 'UserTask_Review',
        name: null,
        form_id: null,
        form_version: null,
        assignee: 'sun.teller',
        candidate_users: '[]',
        candidate_groups: '[]',
        outcomes: '[]',
        priority: 50,
        due_at: null,
        status: 'open',
        completed_by: null,
        closed_at: null,
      })
      .execute();
    // when an admin asks for a report, then for a repair
    const report = await admin.post('/api/admin/reconcile');
    const repaired = await admin.post('/api/admin/reconcile?repair=true');
    const after = await admin.post('/api/admin/reconcile');
    // then
    expect(report.status).toBe(200);
    expect(report.body.differences).toEqual(
      expect.arrayContaining([
        { kind: 'missing', instanceId: a.instanceId, taskId: a.taskId },
        expect.objectContaining({
          kind: 'changed',
          taskId: b.taskId,
          field: 'assignee',
          table: 'zhou.manager',
          workflow: 'sun.teller',
        }),
        { kind: 'stale', instanceId: b.instanceId, taskId: 'ghost-task' },
      ]),
    );
    expect(repaired.body.repaired).toBe(true);
    expect(after.body.differences).toEqual([]);
    expect((await sun.get(`/api/tasks/${a.taskId}`)).status).toBe(200);
    expect((await sun.get(`/api/tasks/${b.taskId}`)).body.assignee).toBe('sun.teller');
    expect((await sun.post('/api/admin/reconcile')).status).toBe(403);
  }, 60_000);
});
