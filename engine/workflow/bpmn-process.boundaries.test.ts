import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeTaskUpdate, messageSignal, processStateQuery } from './messages.js';
import { buildGraph, flowId, n } from './test-support/graph-builder.js';
import { type EngineHarness, startEngineHarness } from './test-support/harness.js';
import { waitFor } from './test-support/wait-for.js';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness('boundaries');
});
afterAll(async () => {
  await h?.close();
});

const timer = (value: string, kind: 'duration' | 'cycle' = 'duration') => ({
  kind: 'timer' as const,
  timer: { kind, value: { literal: value } },
});

describe('bpmnProcess boundary events and scopes', () => {
  it('should interrupt a user task with a timer boundary and close it as interrupted', async () => {
    // given
    const graph = buildGraph(
      'sla-escalate',
      [
        n.start('start'),
        n.user('approve'),
        n.boundary('late', 'approve', timer('PT1S')),
        n.script('escalate', 'true', 'escalated'),
        n.end('done'),
        n.end('escalated-end'),
      ],
      [
        ['start', 'approve'],
        ['approve', 'done'],
        ['late', 'escalate'],
        ['escalate', 'escalated-end'],
      ],
    );
    // when
    const handle = await h.start(graph);
    const result = await handle.result();
    // then
    expect(result.variables).toEqual({ escalated: true });
    const task = [...h.tasks.tasks.values()].find((t) => t.workflowId === handle.workflowId);
    expect(task?.closed?.reason).toBe('interrupted');
  });

  it('should send reminders from a non-interrupting cycle timer and keep the task open', async () => {
    // given
    const graph = buildGraph(
      'sla-remind',
      [
        n.start('start'),
        n.user('approve'),
        n.boundary('remind', 'approve', timer('R2/PT1S', 'cycle'), false),
        n.script('count', 'reminders + 1', 'reminders'),
        n.end('reminded'),
        n.end('done'),
      ],
      [
        ['start', 'approve'],
        ['approve', 'done'],
        ['remind', 'count'],
        ['count', 'reminded'],
      ],
    );
    const handle = await h.start(graph, { variables: { reminders: 0 } });
    // when
    await waitFor(async () => (await handle.query(processStateQuery)).variables.reminders === 2, 15_000);
    const state = await handle.query(processStateQuery);
    const [task] = state.openTasks;
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task!.taskId, data: { ok: true }, actor: 'ann' }],
    });
    const result = await handle.result();
    // then
    expect(state.openTasks).toHaveLength(1);
    expect(result.variables).toEqual({ reminders: 2, ok: true });
  });

  it('should route a business error from an activity to a matching error boundary', async () => {
    // given
    const graph = buildGraph(
      'error-boundary',
      [
        n.start('start'),
        n.service('check', 'core.fail@1', { inputs: [{ source: '"CREDIT_DENIED"', target: 'errorCode' }] }),
        n.boundary('other', 'check', { kind: 'error', errorCode: 'SOMETHING_ELSE' }),
        n.boundary('denied', 'check', { kind: 'error', errorCode: 'CREDIT_DENIED' }),
        n.script('handle', 'true', 'handled'),
        n.end('ok'),
        n.end('handled-end'),
        n.end('other-end'),
      ],
      [
        ['start', 'check'],
        ['check', 'ok'],
        ['denied', 'handle'],
        ['handle', 'handled-end'],
        ['other', 'other-end'],
      ],
    );
    // when
    const result = await (await h.start(graph)).result();
    // then
    expect(result.variables).toMatchObject({ errorCode: 'CREDIT_DENIED', handled: true });
  });

  it('should interrupt a task with a correlated message boundary', async () => {
    // given
    const graph = buildGraph(
      'message-boundary',
      [
        n.start('start'),
        n.user('pack'),
        n.boundary('cancelled', 'pack', { kind: 'message', messageName: 'order.cancelled', correlationKey: 'orderId' }),
        n.end('done'),
        n.end('cancelled-end'),
      ],
      [
        ['start', 'pack'],
        ['pack', 'done'],
        ['cancelled', 'cancelled-end'],
      ],
    );
    const handle = await h.start(graph, { variables: { orderId: 'o-7' } });
    const opened = await waitFor(() => h.tasks.open(handle.workflowId)[0]);
    // when
    await handle.signal(messageSignal, {
      messageName: 'order.cancelled',
      correlationKey: 'o-7',
      payload: { why: 'customer' },
    });
    const result = await handle.result();
    // then
    expect(result.variables).toEqual({ orderId: 'o-7', why: 'customer' });
    expect(h.tasks.tasks.get(opened.taskId)?.closed?.reason).toBe('interrupted');
  });

  it('should run an embedded sub-process with local inputs and catch its error end event', async () => {
    // given
    const graph = buildGraph(
      'sub-error',
      [
        n.start('start'),
        { id: 'sp', type: 'subProcess', startNodeId: 'sp-start', inputs: [{ source: 'seed * 10', target: 'local' }] },
        n.start('sp-start', { scope: 'sp' }),
        n.script('calc', 'local + 1', 'x', { scope: 'sp' }),
        n.xor('sp-gw', flowId('sp-gw', 'sp-end')),
        n.end('sp-end', { scope: 'sp' }),
        n.end('sp-fail', { scope: 'sp', result: { kind: 'error', errorCode: 'TOO_BIG' } }),
        n.boundary('too-big', 'sp', { kind: 'error', errorCode: 'TOO_BIG' }),
        n.script('recover', 'true', 'recovered'),
        n.end('end'),
        n.end('recovered-end'),
      ],
      [
        ['start', 'sp'],
        ['sp-start', 'calc'],
        ['calc', 'sp-gw'],
        ['sp-gw', 'sp-fail', 'x > 100'],
        ['sp-gw', 'sp-end'],
        ['sp', 'end'],
        ['too-big', 'recover'],
        ['recover', 'recovered-end'],
      ],
    );
    (graph.nodes['sp-gw'] as { scope?: string }).scope = 'sp';
    // when
    const small = await (await h.start(graph, { variables: { seed: 1 } })).result();
    const big = await (await h.start(graph, { variables: { seed: 50 } })).result();
    // then
    expect(small.variables).toEqual({ seed: 1, x: 11 });
    expect(big.variables).toMatchObject({ seed: 50, x: 501, recovered: true, errorCode: 'TOO_BIG' });
  });

  it('should end only the sub-process at a terminate end event inside it', async () => {
    // given
    const graph = buildGraph(
      'sub-terminate',
      [
        n.start('start'),
        { id: 'sp', type: 'subProcess', startNodeId: 'sp-start' },
        n.start('sp-start', { scope: 'sp' }),
        { ...n.and('sp-fork'), scope: 'sp' },
        n.user('sp-task', { scope: 'sp' }),
        n.end('sp-stop', { scope: 'sp', result: { kind: 'terminate' } }),
        n.script('after', 'true', 'after'),
        n.end('end'),
      ],
      [
        ['start', 'sp'],
        ['sp-start', 'sp-fork'],
        ['sp-fork', 'sp-task'],
        ['sp-fork', 'sp-stop'],
        ['sp', 'after'],
        ['after', 'end'],
      ],
    );
    // when
    const result = await (await h.start(graph)).result();
    // then
    expect(result.variables).toEqual({ after: true });
  });

  it('should interrupt the process with a message event sub-process and close its tasks', async () => {
    // given
    const graph = buildGraph(
      'esp-abort',
      [
        n.start('start'),
        n.user('work'),
        n.end('end'),
        { id: 'esp', type: 'eventSubProcess', startNodeId: 'esp-start' },
        n.start('esp-start', { scope: 'esp', trigger: { kind: 'message', messageName: 'abort' }, interrupting: true }),
        n.script('mark', 'reason', 'aborted', { scope: 'esp' }),
        n.end('esp-end', { scope: 'esp' }),
      ],
      [
        ['start', 'work'],
        ['work', 'end'],
        ['esp-start', 'mark'],
        ['mark', 'esp-end'],
      ],
    );
    const handle = await h.start(graph);
    const opened = await waitFor(() => h.tasks.open(handle.workflowId)[0]);
    // when
    await handle.signal(messageSignal, { messageName: 'abort', payload: { reason: 'fraud' } });
    const result = await handle.result();
    // then
    expect(result.variables).toEqual({ reason: 'fraud', aborted: 'fraud' });
    expect(h.tasks.tasks.get(opened.taskId)?.closed?.reason).toBe('interrupted');
  });

  it('should run a non-interrupting timer event sub-process beside the main flow', async () => {
    // given
    const graph = buildGraph(
      'esp-ping',
      [
        n.start('start'),
        n.user('work'),
        n.end('end'),
        { id: 'esp', type: 'eventSubProcess', startNodeId: 'esp-start' },
        n.start('esp-start', { scope: 'esp', trigger: timer('PT1S'), interrupting: false }),
        n.script('ping', 'true', 'pinged', { scope: 'esp' }),
        n.end('esp-end', { scope: 'esp' }),
      ],
      [
        ['start', 'work'],
        ['work', 'end'],
        ['esp-start', 'ping'],
        ['ping', 'esp-end'],
      ],
    );
    const handle = await h.start(graph);
    // when
    await waitFor(async () => (await handle.query(processStateQuery)).variables.pinged === true, 15_000);
    const [task] = (await handle.query(processStateQuery)).openTasks;
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: task!.taskId, data: {}, actor: 'ann' }] });
    const result = await handle.result();
    // then
    expect(result.variables).toEqual({ pinged: true });
  });
});
