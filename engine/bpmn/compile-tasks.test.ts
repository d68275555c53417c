import { describe, expect, it } from 'vitest';
import { compileFixture } from './test-context.js';

describe('compiling tasks', () => {
  it('should map a FEEL script body, send and business-rule tasks, and default manual and untyped tasks', async () => {
    // when
    const { graph, warnings } = await compileFixture('script-task.feel-body.bpmn');

    // then
    expect(graph.nodes.ScriptTask_Total).toMatchObject({
      type: 'scriptTask',
      expression: 'sum(for line in lines return line.price * line.quantity)',
      resultVariable: 'total',
    });
    expect(graph.nodes.SendTask_Quote).toMatchObject({
      type: 'serviceTask',
      bpmnType: 'sendTask',
      options: { maximumAttempts: 2, startToCloseTimeout: '120s' },
    });
    expect(graph.nodes.BusinessRuleTask_Discount).toMatchObject({
      type: 'serviceTask',
      bpmnType: 'businessRuleTask',
      resultVariable: 'discount',
    });
    expect(graph.nodes.ManualTask_Print).toMatchObject({ type: 'userTask' });
    expect(graph.nodes.Task_File).toMatchObject({ type: 'userTask' });
    expect(warnings.map((w) => [w.code, w.elementId])).toEqual([
      ['WF_WARN_BPMN_MANUAL_TASK', 'ManualTask_Print'],
      ['WF_WARN_BPMN_UNTYPED_TASK', 'Task_File'],
    ]);
  });

  it('should map a wf:script expression', async () => {
    // when
    const { graph } = await compileFixture('start-event.timer-cycle.bpmn');

    // then
    expect(graph.nodes.ScriptTask_Threshold).toMatchObject({
      expression: 'max([10, count(items) * 2])',
      resultVariable: 'threshold',
    });
  });

  it('should map inclusive gateways with conditions and a default flow', async () => {
    // when
    const { graph } = await compileFixture('inclusive-gateway.conditions.bpmn');

    // then
    expect(graph.nodes.Gateway_Notify).toMatchObject({ type: 'inclusiveGateway', defaultFlow: 'Flow_Ops' });
    expect(graph.flows.Flow_Press?.condition).toBe('severity in ["high", "critical"]');
    expect(graph.flows.Flow_Ops).not.toHaveProperty('condition');
    expect(graph.nodes.Gateway_Join).toMatchObject({
      type: 'inclusiveGateway',
      incoming: ['Flow_2', 'Flow_3', 'Flow_4'],
    });
  });

  it('should map sequential and parallel multi-instance tasks', async () => {
    // when
    const { graph } = await compileFixture('multi-instance.sequential.bpmn');

    // then
    expect(graph.nodes.UserTask_Visit?.multiInstance).toEqual({
      sequential: true,
      collection: 'stores',
      elementVariable: 'store',
      completionCondition: 'count(visitReports) >= 5',
      outputCollection: 'visitReports',
      outputElement: 'report',
    });
    expect(graph.nodes.ServiceTask_Notify?.multiInstance).toEqual({
      sequential: false,
      collection: 'managers',
      elementVariable: 'manager',
    });
  });
});
