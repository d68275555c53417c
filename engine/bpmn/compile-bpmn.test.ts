import { describe, expect, it } from 'vitest';
import { compileBpmn } from './index.js';
import { readFixture, testContext } from './test-context.js';

describe('compileBpmn', () => {
  it('should compile the basic approval process into a graph', async () => {
    // given
    const xml = await readFixture('approval.basic.bpmn');

    // when
    const result = await compileBpmn(xml, testContext());

    // then
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    const { graph } = result;
    expect(graph).toMatchObject({ schemaVersion: 1, key: 'expense-approval', name: 'Expense approval' });
    expect(graph.startNodeIds).toEqual(['StartEvent_Submitted']);
    expect(graph.eventSubProcesses).toEqual([]);
    expect(graph.nodes.StartEvent_Submitted).toEqual({
      id: 'StartEvent_Submitted',
      name: 'Expense submitted',
      type: 'startEvent',
      trigger: { kind: 'none' },
      form: { id: 'core/expense-claim', version: 2 },
      incoming: [],
      outgoing: ['Flow_1'],
    });
    expect(graph.nodes.ServiceTask_CheckBudget).toEqual({
      id: 'ServiceTask_CheckBudget',
      name: 'Check budget',
      type: 'serviceTask',
      bpmnType: 'serviceTask',
      activity: { plugin: 'finance', name: 'checkBudget', major: 2, activityType: 'finance.checkBudget@2' },
      options: { startToCloseTimeout: '45s', maximumAttempts: 5, initialInterval: '1s', backoffCoefficient: 2 },
      resultVariable: 'budget',
      inputs: [{ source: 'claim.amount', target: 'amount' }],
      outputs: [{ source: 'budget.remaining', target: 'remaining' }],
      incoming: ['Flow_1'],
      outgoing: ['Flow_2'],
    });
    expect(graph.nodes.Gateway_Amount).toMatchObject({ type: 'exclusiveGateway', defaultFlow: 'Flow_Small' });
    expect(graph.flows.Flow_Large).toEqual({
      id: 'Flow_Large',
      name: 'large',
      source: 'Gateway_Amount',
      target: 'UserTask_Approve',
      condition: 'claim.amount > 1000',
    });
    expect(graph.nodes.UserTask_Approve).toMatchObject({
      type: 'userTask',
      form: { id: 'core/expense-review' },
      assignee: { feel: 'claim.manager' },
      candidateGroups: { literal: 'finance,managers' },
      dueDate: { literal: 'PT4H' },
      priority: 50,
      outcomes: ['approve', 'reject'],
    });
    expect(graph.nodes.TimerEvent_Cooldown).toMatchObject({
      type: 'intermediateCatchEvent',
      trigger: { kind: 'timer', timer: { kind: 'duration', value: { literal: 'PT10M' } } },
    });
    expect(graph.nodes.ServiceTask_Notify).toMatchObject({
      activity: { activityType: 'core.sendEmail@1' },
      options: { startToCloseTimeout: '30s', maximumAttempts: 3 },
    });
    expect(graph.nodes.Gateway_Join).toMatchObject({ type: 'parallelGateway', incoming: ['Flow_6', 'Flow_7'] });
    expect(graph.nodes.EndEvent_Done).toMatchObject({ type: 'endEvent', result: { kind: 'none' } });
  });

  it('should produce plain JSON that survives a round trip unchanged', async () => {
    // given
    const xml = await readFixture('approval.basic.bpmn');

    // when
    const result = await compileBpmn(xml, testContext());

    // then
    if (!result.ok) throw new Error('expected the fixture to compile');
    expect(JSON.parse(JSON.stringify(result.graph))).toEqual(result.graph);
  });
});
