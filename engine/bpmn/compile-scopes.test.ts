import { describe, expect, it } from 'vitest';
import { compileFixture } from './test-context.js';

describe('compiling sub-processes and call activities', () => {
  it('should give nested nodes the scope of their sub-process', async () => {
    // when
    const { graph } = await compileFixture('sub-process.embedded.bpmn');

    // then
    expect(graph.nodes.SubProcess_Assess).toMatchObject({
      type: 'subProcess',
      startNodeId: 'StartEvent_Assess',
      eventSubProcesses: ['SubProcess_Withdrawn'],
    });
    expect(graph.nodes.ServiceTask_Score).toMatchObject({ scope: 'SubProcess_Assess', resultVariable: 'risk' });
    expect(graph.nodes.SubProcess_Withdrawn).toMatchObject({
      type: 'eventSubProcess',
      scope: 'SubProcess_Assess',
      startNodeId: 'StartEvent_Withdrawn',
    });
    expect(graph.nodes.StartEvent_Withdrawn).toMatchObject({ scope: 'SubProcess_Withdrawn', interrupting: true });
    expect(graph.nodes.StartEvent_1).not.toHaveProperty('scope');
    expect(graph.startNodeIds).toEqual(['StartEvent_1']);
    expect(graph.eventSubProcesses).toEqual([]);
  });

  it('should map a multi-instance sub-process with input mappings', async () => {
    // when
    const { graph } = await compileFixture('sub-process.embedded.bpmn');

    // then
    expect(graph.nodes.SubProcess_Guarantors).toMatchObject({
      startNodeId: 'StartEvent_Guarantor',
      inputs: [{ source: 'application.guarantors', target: 'guarantors' }],
      multiInstance: { sequential: false, collection: 'guarantors', elementVariable: 'guarantor' },
    });
    expect(graph.nodes.UserTask_CallGuarantor).toMatchObject({ scope: 'SubProcess_Guarantors' });
  });

  it('should map interrupting and non-interrupting event sub-processes at process level', async () => {
    // when
    const { graph } = await compileFixture('event-sub-process.interrupting.bpmn');

    // then
    expect(graph.eventSubProcesses).toEqual(['EventSubProcess_Cancel', 'EventSubProcess_Remind']);
    expect(graph.startNodeIds).toEqual(['StartEvent_1']);
    expect(graph.nodes.EventSubProcess_Cancel).toMatchObject({
      type: 'eventSubProcess',
      startNodeId: 'StartEvent_Cancel',
    });
    expect(graph.nodes.EventSubProcess_Cancel).not.toHaveProperty('scope');
    expect(graph.nodes.StartEvent_Cancel).toMatchObject({
      scope: 'EventSubProcess_Cancel',
      interrupting: true,
      trigger: { kind: 'message', messageName: 'booking-cancelled' },
    });
    expect(graph.nodes.StartEvent_Remind).toMatchObject({
      interrupting: false,
      trigger: { kind: 'timer', timer: { kind: 'cycle' } },
    });
  });

  it('should map call activities with their binding and mappings', async () => {
    // when
    const { graph } = await compileFixture('call-activity.version-binding.bpmn');

    // then
    expect(graph.nodes.CallActivity_Kyc).toMatchObject({
      type: 'callActivity',
      calledProcess: 'kyc-review',
      binding: 'version',
      version: 3,
      propagateAll: false,
      inputs: [
        { source: 'customer.id', target: 'customerId' },
        { source: '"branch-desk"', target: 'channel' },
      ],
      outputs: [{ source: 'kycLevel', target: 'customer.kycLevel' }],
    });
    expect(graph.nodes.CallActivity_Welcome).toMatchObject({ binding: 'latest', propagateAll: true });
    expect(graph.nodes.CallActivity_Archive).toMatchObject({ binding: 'deployment', propagateAll: false });
  });

  it('should compile the executable pool of a collaboration', async () => {
    // when
    const { graph, warnings } = await compileFixture('collaboration.executable-pool.bpmn');

    // then
    expect(graph.key).toBe('card-replacement');
    expect(Object.keys(graph.nodes)).toEqual(['StartEvent_Bank', 'UserTask_Order', 'EndEvent_Bank']);
    expect(warnings).toEqual([]);
  });
});
