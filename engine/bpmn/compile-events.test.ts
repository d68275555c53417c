import { describe, expect, it } from 'vitest';
import { compileFixture } from './test-context.js';

describe('compiling events', () => {
  it('should map message start, message and none throw, and message end events', async () => {
    // when
    const { graph } = await compileFixture('start-event.message.bpmn');

    // then
    expect(graph.startNodeIds).toEqual(['StartEvent_OrderPlaced']);
    expect(graph.nodes.StartEvent_OrderPlaced).toMatchObject({
      trigger: { kind: 'message', messageName: 'order-placed' },
    });
    expect(graph.nodes.ThrowEvent_Accepted).toMatchObject({
      type: 'intermediateThrowEvent',
      trigger: { kind: 'message', messageName: 'order-accepted' },
    });
    expect(graph.nodes.ThrowEvent_Milestone).toMatchObject({ trigger: { kind: 'none' } });
    expect(graph.nodes.EndEvent_Closed).toMatchObject({ result: { kind: 'message', messageName: 'order-closed' } });
  });

  it('should map a timer start with timeCycle as a recurring schedule and one with timeDate', async () => {
    // when
    const { graph } = await compileFixture('start-event.timer-cycle.bpmn');

    // then
    expect(graph.startNodeIds).toEqual(['StartEvent_Daily', 'StartEvent_Once']);
    expect(graph.nodes.StartEvent_Daily).toMatchObject({
      trigger: { kind: 'timer', timer: { kind: 'cycle', value: { literal: 'R/2025-01-01T09:00:00Z/P1D' } } },
    });
    expect(graph.nodes.StartEvent_Once).toMatchObject({
      trigger: { kind: 'timer', timer: { kind: 'date', value: { literal: '2025-03-01T08:00:00+08:00' } } },
    });
  });

  it('should map none, terminate, error and message end events', async () => {
    // when
    const { graph } = await compileFixture('end-event.kinds.bpmn');

    // then
    expect(graph.nodes.EndEvent_Rejected).toMatchObject({ result: { kind: 'error', errorCode: 'CLAIM_REJECTED' } });
    expect(graph.nodes.EndEvent_Fraud).toMatchObject({ result: { kind: 'terminate' } });
    expect(graph.nodes.EndEvent_Paid).toMatchObject({ result: { kind: 'message', messageName: 'claim-paid' } });
    expect(graph.flows.Flow_Reject?.condition).toBe('decision = "reject"');
    expect(graph.flows.Flow_Fraud?.condition).toBe('fraudScore >= 0.9');
  });

  it('should map message catch events and receive tasks with their correlation keys', async () => {
    // when
    const { graph } = await compileFixture('receive-task.correlation.bpmn');

    // then
    expect(graph.nodes.ReceiveTask_Documents).toMatchObject({
      type: 'receiveTask',
      messageName: 'documents-received',
      correlationKey: 'applicationId',
    });
    expect(graph.nodes.CatchEvent_Signed).toMatchObject({
      type: 'intermediateCatchEvent',
      trigger: { kind: 'message', messageName: 'contract-signed', correlationKey: 'contract.id' },
    });
  });

  it('should map an event-based gateway racing a message against a FEEL timer', async () => {
    // when
    const { graph } = await compileFixture('event-gateway.timeout.bpmn');

    // then
    expect(graph.nodes.Gateway_Wait).toMatchObject({ type: 'eventBasedGateway', outgoing: ['Flow_2', 'Flow_3'] });
    expect(graph.nodes.CatchEvent_Timeout).toMatchObject({
      trigger: {
        kind: 'timer',
        timer: { kind: 'duration', value: { feel: 'duration("P" + string(waitDays) + "D")' } },
      },
    });
  });

  it('should map timer, error and message boundary events and attach them to their activity', async () => {
    // when
    const { graph } = await compileFixture('boundary-event.kinds.bpmn');

    // then
    expect(graph.nodes.ServiceTask_Verify?.boundaryEvents).toEqual([
      'BoundaryEvent_Rejected',
      'BoundaryEvent_AnyError',
    ]);
    expect(graph.nodes.UserTask_Review?.boundaryEvents).toEqual([
      'BoundaryEvent_Reminder',
      'BoundaryEvent_Deadline',
      'BoundaryEvent_Cancel',
    ]);
    expect(graph.nodes.BoundaryEvent_Rejected).toMatchObject({
      type: 'boundaryEvent',
      attachedTo: 'ServiceTask_Verify',
      interrupting: true,
      trigger: { kind: 'error', errorCode: 'IdentityRejected' },
    });
    expect(graph.nodes.BoundaryEvent_AnyError).toMatchObject({ trigger: { kind: 'error' } });
    expect(graph.nodes.BoundaryEvent_AnyError).not.toHaveProperty('trigger.errorCode');
    expect(graph.nodes.BoundaryEvent_Reminder).toMatchObject({
      interrupting: false,
      trigger: { kind: 'timer', timer: { kind: 'cycle', value: { literal: 'R3/PT4H' } } },
    });
    expect(graph.nodes.BoundaryEvent_Deadline).toMatchObject({ interrupting: true });
    expect(graph.nodes.BoundaryEvent_Cancel).toMatchObject({
      interrupting: false,
      trigger: { kind: 'message', messageName: 'cancel-request' },
    });
    expect(graph.nodes.ServiceTask_Verify).toMatchObject({ activity: { taskQueue: 'banking' } });
  });
});
