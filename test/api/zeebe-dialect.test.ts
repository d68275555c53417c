/**
 * A diagram drawn in Camunda Modeler for Camunda 8 (zeebe extension elements, `=` FEEL)
 * deploys through the API and runs on our interpreter: task definition, I/O mappings,
 * assignment, conditions.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPassword } from '../../studio/server/seed/demo-org.js';
import { seedDemoOrg } from '../../studio/server/seed/seed-demo.js';
import { ADMIN_PASSWORD, eventually, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const camunda8 = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_Zeebe" targetNamespace="http://bpmn.io/schema/bpmn"
  exporter="Camunda Modeler" exporterVersion="5.30.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
  <bpmn:process id="zeebe-refund" name="Refund" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Quote" />
    <bpmn:serviceTask id="Task_Quote" name="Quote refund">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="core.echo@1" retries="2" />
        <zeebe:ioMapping>
          <zeebe:input source="=amount * 0.9" target="refund" />
          <zeebe:output source="=refund" target="refundAmount" />
        </zeebe:ioMapping>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Quote" targetRef="Gateway_Big" />
    <bpmn:exclusiveGateway id="Gateway_Big" default="Flow_Small">
      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_Big</bpmn:outgoing><bpmn:outgoing>Flow_Small</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:sequenceFlow id="Flow_Big" sourceRef="Gateway_Big" targetRef="Task_Approve">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">=refundAmount &gt; 100</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_Small" sourceRef="Gateway_Big" targetRef="End_Auto" />
    <bpmn:userTask id="Task_Approve" name="Approve refund">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:assignmentDefinition candidateGroups="bank-branch-01" />
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_Big</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Approve" targetRef="End_Approved" />
    <bpmn:endEvent id="End_Approved"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="End_Auto"><bpmn:incoming>Flow_Small</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
  await seedDemoOrg(t.platform);
});
afterAll(async () => t?.close());

it('should deploy a Camunda 8 diagram and run both of its paths', async () => {
  const admin = await t.login('admin', ADMIN_PASSWORD);
  const deployed = await admin.post('/api/processes', camunda8);
  expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);

  // a small refund finishes on its own
  const small = (await admin.post('/api/processes/zeebe-refund/instances', { variables: { amount: 50 } })).body
    .instanceId;
  const smallDone = await eventually(
    async () => {
      const s = (await admin.get(`/api/instances/${small}`)).body;
      return s.status === 'completed' ? s : undefined;
    },
    20_000,
    'small refund',
  );
  expect(smallDone.variables.refundAmount).toBe(45);
  expect(smallDone.completedNodes).toContain('End_Auto');

  // a big one waits for the branch, whose member approves it
  const big = (await admin.post('/api/processes/zeebe-refund/instances', { variables: { amount: 500 } })).body
    .instanceId;
  const task = await eventually(async () =>
    t.platform.database.db.selectFrom('tasks').selectAll().where('instance_id', '=', big).executeTakeFirst(),
  );
  expect(task.candidate_groups).toEqual(['bank-branch-01']);
  const sun = await t.login('sun.teller', demoPassword('sun.teller'));
  expect((await sun.post(`/api/tasks/${task.id}/complete`, { data: {} })).status).toBe(200);
  const bigDone = await eventually(
    async () => {
      const s = (await admin.get(`/api/instances/${big}`)).body;
      return s.status === 'completed' ? s : undefined;
    },
    20_000,
    'big refund',
  );
  expect(bigDone.variables.refundAmount).toBe(450);
  expect(bigDone.completedNodes).toContain('End_Approved');
});
