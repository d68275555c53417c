/**
 * Messages and timer starts through the API: a message starts processes with a message start
 * event and wakes the waiting instance whose correlation key matches; messages thrown by a
 * running process are delivered the same way; timer start events become Temporal Schedules
 * that follow the latest deployed version.
 */
import { ScheduleNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  eventually,
  startTestPlatform,
  type HttpClient,
  type TestPlatform,
} from '../support/test-platform.js';

const definitions = (process: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0"
  id="Definitions_Test" targetNamespace="http://playbook-studio.dev/test">${process}</bpmn:definitions>`;

const orderIntake = definitions(`
  <bpmn:message id="Message_Order" name="order-received" />
  <bpmn:process id="order-intake" isExecutable="true">
    <bpmn:startEvent id="StartEvent_Order"><bpmn:outgoing>Flow_1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="Message_Order" /></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Order" targetRef="ServiceTask_Echo" />
    <bpmn:serviceTask id="ServiceTask_Echo"><bpmn:extensionElements><wf:activity ref="core.echo@1" resultVariable="echoed" /></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="ServiceTask_Echo" targetRef="EndEvent_Done" />
    <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>`);

const awaitPayment = definitions(`
  <bpmn:message id="Message_Paid" name="payment-confirmed">
    <bpmn:extensionElements><wf:subscription correlationKey="=orderId" /></bpmn:extensionElements>
  </bpmn:message>
  <bpmn:process id="await-payment" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="ReceiveTask_Paid" />
    <bpmn:receiveTask id="ReceiveTask_Paid" messageRef="Message_Paid">
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:receiveTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="ReceiveTask_Paid" targetRef="EndEvent_Paid" />
    <bpmn:endEvent id="EndEvent_Paid"><bpmn:incoming>Flow_2</bpmn:incoming>
      <bpmn:messageEventDefinition messageRef="Message_Order" /></bpmn:endEvent>
  </bpmn:process>
  <bpmn:message id="Message_Order" name="order-received" />`);

const reportDaily = (withTimer: boolean) =>
  definitions(`
  <bpmn:process id="daily-report" isExecutable="true">
    <bpmn:startEvent id="StartEvent_Manual"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Manual" targetRef="EndEvent_Done" />
    ${
      withTimer
        ? `<bpmn:startEvent id="StartEvent_Hourly"><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="StartEvent_Hourly" targetRef="EndEvent_Done" />`
        : ''
    }
    <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_1</bpmn:incoming>${withTimer ? '<bpmn:incoming>Flow_2</bpmn:incoming>' : ''}</bpmn:endEvent>
  </bpmn:process>`);

let t: TestPlatform;
let admin: HttpClient;

beforeAll(async () => {
  t = await startTestPlatform();
  admin = await t.login('admin', ADMIN_PASSWORD);
  for (const xml of [orderIntake, awaitPayment]) {
    const res = await admin.post('/api/processes', xml);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
});
afterAll(async () => t?.close());

const statusOf = async (id: string) => (await admin.get(`/api/instances/${id}`)).body;

describe('messages', () => {
  it('should start a process with a message start event, carrying the payload', async () => {
    const res = await admin.post('/api/messages', { messageName: 'order-received', payload: { orderId: 'O-1' } });
    expect(res.status).toBe(200);
    expect(res.body.started).toHaveLength(1);
    const done = await eventually(
      async () => {
        const s = await statusOf(res.body.started[0]);
        return s.status === 'completed' ? s : undefined;
      },
      20_000,
      'message-started instance',
    );
    expect(done.variables).toMatchObject({ orderId: 'O-1', echoed: { orderId: 'O-1' } });
  });

  it('should wake only the instance whose correlation key matches, and deliver what it throws', async () => {
    // given two instances waiting for payment of different orders
    const a = (await admin.post('/api/processes/await-payment/instances', { variables: { orderId: 'A' } })).body
      .instanceId;
    const b = (await admin.post('/api/processes/await-payment/instances', { variables: { orderId: 'B' } })).body
      .instanceId;
    await eventually(async () => ((await statusOf(a)).activeNodes.includes('ReceiveTask_Paid') ? true : undefined));
    await eventually(async () => ((await statusOf(b)).activeNodes.includes('ReceiveTask_Paid') ? true : undefined));
    const intakeBefore = await t.platform.database.db
      .selectFrom('process_instances')
      .select('id')
      .where('process_key', '=', 'order-intake')
      .execute();
    // when payment of order A is confirmed
    const res = await admin.post('/api/messages', {
      messageName: 'payment-confirmed',
      correlationKey: 'A',
      payload: { paid: true },
    });
    // then A completes, B keeps waiting
    expect(res.body.signalled).toEqual(expect.arrayContaining([a, b]));
    const doneA = await eventually(
      async () => {
        const s = await statusOf(a);
        return s.status === 'completed' ? s : undefined;
      },
      20_000,
      'instance A',
    );
    expect(doneA.variables.paid).toBe(true);
    const stateB = await statusOf(b);
    expect(stateB.activeNodes, JSON.stringify(stateB)).toContain('ReceiveTask_Paid');
    // and the message end event of A started a new order intake through the worker's publisher
    await eventually(
      async () => {
        const after = await t.platform.database.db
          .selectFrom('process_instances')
          .select('id')
          .where('process_key', '=', 'order-intake')
          .execute();
        return after.length > intakeBefore.length ? true : undefined;
      },
      20_000,
      'order intake started by a thrown message',
    );
  });

  it('should refuse messages from staff and malformed bodies', async () => {
    const staff = await t.userWithRoles('msg-staff', ['staff']);
    expect((await staff.post('/api/messages', { messageName: 'order-received' })).status).toBe(403);
    const bad = await admin.post('/api/messages', { name: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('WF_ERR_REQUEST_INVALID');
  });
});

describe('timer start schedules', () => {
  it('should create a schedule per timer start event and remove it when a new version drops the timer', async () => {
    // when a version with an hourly timer start is deployed
    expect((await admin.post('/api/processes', reportDaily(true))).status).toBe(201);
    // then a Temporal schedule starts the process at that start event
    const handle = t.platform.temporal.client.schedule.getHandle('process:daily-report:StartEvent_Hourly');
    const described = await handle.describe();
    expect(described.spec.intervals?.[0]?.every).toBe(3_600_000);
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'bpmnProcess' });
    // when a version without it is deployed
    expect((await admin.post('/api/processes', reportDaily(false))).status).toBe(201);
    // then the schedule is gone
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('should reject a timer start a schedule cannot express, naming the element, and store nothing', async () => {
    const feelCycle = reportDaily(true).replace('daily-report', 'feel-report').replace('R/PT1H', '=cycle');
    const res = await admin.post('/api/processes', feelCycle);
    expect(res.status).toBe(422);
    expect(res.body.problems[0]).toMatchObject({ elementId: 'StartEvent_Hourly' });
    expect((await admin.get('/api/processes/feel-report/versions')).status).toBe(404);
  });
});
