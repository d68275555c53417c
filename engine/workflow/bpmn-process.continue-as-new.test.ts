import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeTaskUpdate, processStateQuery, retryIncidentUpdate } from './messages.js';
import { buildGraph, flowId, n } from './test-support/graph-builder.js';
import { type EngineHarness, startEngineHarness } from './test-support/harness.js';
import { waitFor } from './test-support/wait-for.js';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness('can');
});
afterAll(async () => {
  await h?.close();
});

describe('bpmnProcess continue-as-new', () => {
  it('should finish a 10,000-iteration loop across several runs', async () => {
    // given
    const graph = buildGraph(
      'loop',
      [n.start('start'), n.script('inc', 'counter + 1', 'counter'), n.xor('more', flowId('more', 'end')), n.end('end')],
      [
        ['start', 'inc'],
        ['inc', 'more'],
        ['more', 'inc', 'counter < 10000'],
        ['more', 'end'],
      ],
    );
    // when
    const handle = await h.start(graph, { variables: { counter: 0 }, settings: { continueAsNewAfterEvents: 30 } });
    const result = await handle.result();
    const firstRun = await h.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId).describe();
    const lastRun = await handle.describe();
    // then
    expect(result).toEqual({ status: 'completed', variables: { counter: 10_000 } });
    expect(firstRun.status.name).toBe('CONTINUED_AS_NEW');
    expect(lastRun.runId).not.toBe(handle.firstExecutionRunId);
    expect(lastRun.historyLength).toBeLessThan(60);
  });

  it('should carry open tasks, incidents, timers and update results into the next run', async () => {
    // given
    const key = randomUUID();
    const graph = buildGraph(
      'carry',
      [
        n.start('start'),
        n.and('fork'),
        n.user('approve'),
        n.service('flaky', 'core.fail@1', {
          inputs: [
            { source: '2', target: 'failTimes' },
            { source: `"${key}"`, target: 'key' },
          ],
        }),
        n.timer('wait', 'PT3S'),
        n.script('waited', 'true', 'waited'),
        n.and('join'),
        n.end('end'),
      ],
      [
        ['start', 'fork'],
        ['fork', 'approve'],
        ['fork', 'flaky'],
        ['fork', 'wait'],
        ['wait', 'waited'],
        ['approve', 'join'],
        ['flaky', 'join'],
        ['waited', 'join'],
        ['join', 'end'],
      ],
    );
    const handle = await h.start(graph, { settings: { continueAsNewAfterEvents: 15 } });
    const ready = await waitFor(async () => {
      const state = await handle.query(processStateQuery);
      const described = await handle.describe();
      return (
        state.incidents.length === 1 &&
        state.openTasks.length === 1 &&
        described.runId !== handle.firstExecutionRunId &&
        state
      );
    });
    // when
    const request = { taskId: ready.openTasks[0]!.taskId, data: { ok: true }, actor: 'ann' };
    const first = await handle.executeUpdate(completeTaskUpdate, { args: [request], updateId: 'carry-1' });
    await handle.executeUpdate(retryIncidentUpdate, { args: [{ incidentId: ready.incidents[0]!.incidentId }] });
    const again = await handle.executeUpdate(completeTaskUpdate, { args: [request], updateId: 'carry-1' });
    const result = await handle.result();
    // then
    expect(again).toEqual(first);
    expect(result.variables).toEqual({ ok: true, attempts: 3, waited: true });
    expect(h.tasks.tasks.get(request.taskId)?.closed?.reason).toBe('completed');
  });
});
