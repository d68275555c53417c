import { describe, expect, it } from 'vitest';
import { detectDialect } from './dialect.js';
import { compileFixture } from './test-context.js';

describe('Camunda 8 (zeebe) diagrams', () => {
  it('should detect the dialect from the zeebe namespace or the execution platform', () => {
    // then
    expect(detectDialect('<x xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"/>')).toBe('zeebe');
    expect(detectDialect('<x modeler:executionPlatform="Camunda Cloud"/>')).toBe('zeebe');
    expect(detectDialect('<x xmlns:camunda="http://camunda.org/schema/1.0/bpmn"/>')).toBe('wf');
  });

  it('should map task definitions, forms, assignments, schedules and io mappings', async () => {
    // when
    const { graph, warnings } = await compileFixture('zeebe.service-and-user-task.bpmn');

    // then
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'WF_WARN_BPMN_IGNORED_EXTENSIONS', elementId: 'UserTask_Review' }),
    ]);
    expect(graph.nodes.StartEvent_1).toMatchObject({ form: { id: 'core/expense-claim' } });
    expect(graph.nodes.ServiceTask_Verify).toMatchObject({
      activity: { activityType: 'banking.verifyIdentity@2', taskQueue: 'banking' },
      options: { maximumAttempts: 4 },
      inputs: [{ source: 'customer.id', target: 'clientId' }],
      outputs: [{ source: 'level', target: 'kycLevel' }],
    });
    // A zeebe task type without @major means major 1.
    expect(graph.nodes.ServiceTask_Score).toMatchObject({ activity: { activityType: 'banking.scoreRisk@1' } });
    expect(graph.nodes.UserTask_Review).toMatchObject({
      form: { id: 'banking/kyc-review' },
      assignee: { feel: 'reviewer' },
      candidateGroups: { literal: 'compliance,risk' },
      candidateUsers: { literal: 'anna,li.wei' },
      dueDate: { feel: 'now() + duration("P1D")' },
      priority: 80,
    });
    expect(graph.flows.Flow_High?.condition).toBe('riskScore > 70');
  });

  it('should map called elements, loop characteristics, scripts and message subscriptions', async () => {
    // when
    const { graph } = await compileFixture('zeebe.call-loop-message.bpmn');

    // then
    expect(graph.nodes.ScriptTask_Stores).toMatchObject({
      expression: 'filter(stores, function(s) s.active)',
      resultVariable: 'activeStores',
    });
    expect(graph.nodes.CallActivity_Rollout).toMatchObject({
      calledProcess: 'store-rollout',
      binding: 'deployment',
      propagateAll: false,
      multiInstance: {
        sequential: false,
        collection: 'activeStores',
        elementVariable: 'store',
        outputCollection: 'results',
        outputElement: 'result',
      },
    });
    // Camunda 8 propagates all child variables by default.
    expect(graph.nodes.CallActivity_Report).toMatchObject({ binding: 'latest', propagateAll: true });
    expect(graph.nodes.CatchEvent_Ack).toMatchObject({
      trigger: { kind: 'message', messageName: 'store-acknowledged', correlationKey: 'storeId' },
    });
  });
});
