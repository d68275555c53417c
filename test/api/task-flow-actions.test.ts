/**
 * 退回 (send back), 加签 (add a co-signer) and 撤回 (withdraw) through the API, on the real
 * interpreter: each changes the running workflow, not just the inbox table.
 */
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

const countersign = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0"
  id="Definitions_Countersign" targetNamespace="http://playbook-studio.dev/test">
  <bpmn:process id="countersign" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="UserTask_Draft" />
    <bpmn:userTask id="UserTask_Draft" name="Draft the request">
      <bpmn:extensionElements><wf:assignment assignee="=requester" /></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_Draft" targetRef="UserTask_Check" />
    <bpmn:userTask id="UserTask_Check" name="Check the request">
      <bpmn:extensionElements>
        <wf:assignment candidateGroups="bank-branch-01" />
        <wf:sendBack targets="UserTask_Draft" />
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_3" sourceRef="UserTask_Check" targetRef="UserTask_Sign" />
    <bpmn:userTask id="UserTask_Sign" name="Countersign">
      <bpmn:extensionElements>
        <wf:assignment assignee="=signer" />
        <wf:loop collection="=signers" elementVariable="signer" />
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing>
      <bpmn:multiInstanceLoopCharacteristics isSequential="false" />
    </bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_4" sourceRef="UserTask_Sign" targetRef="EndEvent_1" />
    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;

let t: TestPlatform;
let liu: HttpClient;
let sun: HttpClient;
let wang: HttpClient;

beforeAll(async () => {
  t = await startTestPlatform();
  await seedDemoOrg(t.platform);
  const admin = await t.login('admin', ADMIN_PASSWORD);
  const deployed = await admin.post('/api/processes', countersign);
  expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);
  liu = await t.login('liu.lobby', demoPassword('liu.lobby'));
  sun = await t.login('sun.teller', demoPassword('sun.teller'));
  wang = await t.login('wang.branch', demoPassword('wang.branch'));
});
afterAll(async () => t?.close());

const openTasks = (instanceId: string, nodeId: string) =>
  t.platform.database.db
    .selectFrom('tasks')
    .selectAll()
    .where('instance_id', '=', instanceId)
    .where('node_id', '=', nodeId)
    .where('status', '=', 'open')
    .execute();

async function waitForTasks(instanceId: string, nodeId: string, count = 1) {
  return eventually(
    async () => {
      const rows = await openTasks(instanceId, nodeId);
      return rows.length === count ? rows : undefined;
    },
    20_000,
    `${count} open ${nodeId}`,
  );
}

async function start(signers = ['wang.branch', 'sun.teller']) {
  const res = await liu.post('/api/processes/countersign/instances', {
    variables: { requester: 'liu.lobby', signers },
  });
  expect(res.status).toBe(201);
  return res.body.instanceId as string;
}

describe('撤回 withdraw', () => {
  it('should let the requester withdraw while nobody has acted, closing the open task', async () => {
    const id = await start();
    const [draft] = await waitForTasks(id, 'UserTask_Draft');
    expect((await sun.post(`/api/instances/${id}/withdraw`, {})).status).toBe(404);
    const res = await liu.post(`/api/instances/${id}/withdraw`, { reason: '填错了' });
    expect(res.status).toBe(200);
    const state = await eventually(
      async () => {
        const s = (await liu.get(`/api/instances/${id}`)).body;
        return s.status === 'cancelled' ? s : undefined;
      },
      20_000,
      'cancelled instance',
    );
    expect(state.activeNodes).toEqual([]);
    await eventually(async () => {
      const row = await t.platform.database.db
        .selectFrom('tasks')
        .select('status')
        .where('id', '=', draft!.id)
        .executeTakeFirst();
      return row?.status === 'cancelled' ? true : undefined;
    });
  });

  it('should refuse to withdraw once a task was completed', async () => {
    const id = await start();
    const [draft] = await waitForTasks(id, 'UserTask_Draft');
    expect((await liu.post(`/api/tasks/${draft!.id}/complete`, { data: { text: 'v1' } })).status).toBe(200);
    const res = await liu.post(`/api/instances/${id}/withdraw`, {});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('WF_ERR_PROCESS_WITHDRAW_NOT_ALLOWED');
  });
});

describe('退回 send back and 加签 co-signer', () => {
  it('should send a check back to the draft step, then collect three signatures after a co-signer is added', async () => {
    // given a drafted request waiting to be checked
    const id = await start();
    const [draft] = await waitForTasks(id, 'UserTask_Draft');
    await liu.post(`/api/tasks/${draft!.id}/complete`, { data: { text: 'v1' } });
    const [check] = await waitForTasks(id, 'UserTask_Check');
    await sun.post(`/api/tasks/${check!.id}/claim`);
    // and the task names the steps it may go back to; the draft offers none
    expect((await sun.get(`/api/tasks/${check!.id}`)).body.sendBackTargets).toEqual([
      { nodeId: 'UserTask_Draft', name: 'Draft the request' },
    ]);
    expect((await liu.get(`/api/tasks/${draft!.id}`)).body.sendBackTargets).toEqual([]);
    // when the checker sends it to a step the model does not allow, then to the draft step
    const refused = await sun.post(`/api/tasks/${check!.id}/send-back`, { to: 'UserTask_Sign' });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('WF_ERR_TASK_SEND_BACK_NOT_ALLOWED');
    const sent = await sun.post(`/api/tasks/${check!.id}/send-back`, { to: 'UserTask_Draft', reason: '金额不对' });
    expect(sent.status).toBe(200);
    expect(sent.body.sentBackTo).toBe('UserTask_Draft');
    // then a new draft task is open for the requester and the check task is closed as sent back
    const [redraft] = await waitForTasks(id, 'UserTask_Draft');
    expect(redraft!.id).not.toBe(draft!.id);
    expect(redraft!.assignee).toBe('liu.lobby');
    expect(
      (
        await t.platform.database.db
          .selectFrom('tasks')
          .select('status')
          .where('id', '=', check!.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('sentBack');
    // when it is redrafted and checked
    await liu.post(`/api/tasks/${redraft!.id}/complete`, { data: { text: 'v2' } });
    const [check2] = await waitForTasks(id, 'UserTask_Check');
    await sun.post(`/api/tasks/${check2!.id}/complete`, { data: {} });
    // then two signers are asked; one of them adds the requester as a third (加签)
    const signs = await waitForTasks(id, 'UserTask_Sign', 2);
    const wangTask = signs.find((s) => s.assignee === 'wang.branch')!;
    const added = await wang.post(`/api/tasks/${wangTask.id}/co-signers`, { username: 'liu.lobby' });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.instances).toBe(3);
    const three = await waitForTasks(id, 'UserTask_Sign', 3);
    expect(three.map((s) => s.assignee).sort()).toEqual(['liu.lobby', 'sun.teller', 'wang.branch']);
    expect((await wang.post(`/api/tasks/${wangTask.id}/co-signers`, { username: 'liu.lobby' })).status).toBe(400);
    expect((await liu.post(`/api/tasks/${redraft!.id}/co-signers`, { username: 'sun.teller' })).status).toBe(409);
    // and the instance completes when all three signed
    for (const task of three) {
      const who = task.assignee === 'wang.branch' ? wang : task.assignee === 'sun.teller' ? sun : liu;
      expect((await who.post(`/api/tasks/${task.id}/complete`, { data: {} })).status).toBe(200);
    }
    await eventually(
      async () => ((await liu.get(`/api/instances/${id}`)).body.status === 'completed' ? true : undefined),
      20_000,
      'completion',
    );
  }, 90_000);
});

describe('assignment org rules', () => {
  const routed = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0"
  id="Definitions_Routed" targetNamespace="http://playbook-studio.dev/test">
  <bpmn:process id="routed" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="UserTask_Handle" />
    <bpmn:userTask id="UserTask_Handle" name="Handle">
      <bpmn:extensionElements><wf:assignment assignee="=who" candidateGroups="=groups" /></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_Handle" targetRef="EndEvent_1" />
    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;

  beforeAll(async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    expect((await admin.post('/api/processes', routed)).status).toBe(201);
    await t.platform.org.createGroup({ id: 'empty-desk', name: 'Nobody here' });
  });

  it.each([
    ['@supervisor', undefined, { assignee: 'wang.branch' }],
    ['@supervisor:qian.am', undefined, { assignee: 'zhao.team' }],
    ['@head:tea-house-01', undefined, { assignee: 'chen.lobby' }],
    ['@head', undefined, { assignee: 'wang.branch' }],
    [undefined, ['empty-desk'], { assignee: null, candidateUsers: ['admin'] }],
    [undefined, ['bank-branch-01'], { assignee: null, candidateGroups: ['bank-branch-01'] }],
  ])('should route who=%s groups=%j to %j', async (who, groups, expected) => {
    const variables = { ...(who ? { who } : {}), ...(groups ? { groups } : {}) };
    const id = (await liu.post('/api/processes/routed/instances', { variables })).body.instanceId as string;
    const [task] = await waitForTasks(id, 'UserTask_Handle');
    expect(task).toMatchObject({
      assignee: expected.assignee,
      ...('candidateUsers' in expected ? { candidate_users: expected.candidateUsers } : {}),
      ...('candidateGroups' in expected ? { candidate_groups: expected.candidateGroups } : {}),
    });
  });
});
