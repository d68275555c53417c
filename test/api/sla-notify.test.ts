/**
 * SLA reminders: a non-interrupting boundary timer on a user task calls core.notify@1, which
 * lands in the supervisor's in-app notifications while the task stays open.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPassword } from '../../studio/server/seed/demo-org.js';
import { seedDemoOrg } from '../../studio/server/seed/seed-demo.js';
import { ADMIN_PASSWORD, eventually, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const withReminder = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0"
  id="Definitions_Sla" targetNamespace="http://playbook-studio.dev/test">
  <bpmn:process id="sla-reminder" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="UserTask_Handle" />
    <bpmn:userTask id="UserTask_Handle" name="处理投诉">
      <bpmn:extensionElements><wf:assignment candidateGroups="bank-branch-01" /></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_Handle" targetRef="EndEvent_1" />
    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
    <bpmn:boundaryEvent id="BoundaryEvent_Reminder" attachedToRef="UserTask_Handle" cancelActivity="false">
      <bpmn:outgoing>Flow_3</bpmn:outgoing>
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="Flow_3" sourceRef="BoundaryEvent_Reminder" targetRef="ServiceTask_Remind" />
    <bpmn:serviceTask id="ServiceTask_Remind" name="Remind the supervisor">
      <bpmn:extensionElements>
        <wf:activity ref="core.notify@1" />
        <wf:ioMapping>
          <wf:input source="=supervisor" target="to" />
          <wf:input source="投诉处理即将超时" target="message" />
          <wf:input source="sla.reminder" target="kind" />
        </wf:ioMapping>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_4" sourceRef="ServiceTask_Remind" targetRef="EndEvent_Reminded" />
    <bpmn:endEvent id="EndEvent_Reminded"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
  await seedDemoOrg(t.platform);
});
afterAll(async () => t?.close());

it('should notify the supervisor when the reminder timer fires, leaving the task open', async () => {
  // given
  const admin = await t.login('admin', ADMIN_PASSWORD);
  expect((await admin.post('/api/processes', withReminder)).status).toBe(201);
  const liu = await t.login('liu.lobby', demoPassword('liu.lobby'));
  const wang = await t.login('wang.branch', demoPassword('wang.branch'));
  // when
  const id = (await liu.post('/api/processes/sla-reminder/instances', { variables: { supervisor: 'wang.branch' } }))
    .body.instanceId;
  // then
  const note = await eventually(
    async () => {
      const notes = (await wang.get('/api/notifications')).body as Array<{ kind: string; message: string }>;
      return notes.find((n) => n.kind === 'sla.reminder');
    },
    20_000,
    'reminder notification',
  );
  expect(note.message).toBe('投诉处理即将超时');
  const state = (await liu.get(`/api/instances/${id}`)).body;
  expect(state.activeNodes).toContain('UserTask_Handle');
  expect(state.completedNodes).toContain('ServiceTask_Remind');
});
