import { randomUUID } from 'node:crypto';
import { WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateRejection, cancelProcessSignal, processStateQuery, retryIncidentUpdate } from './messages.js';
import { buildGraph, n } from './test-support/graph-builder.js';
import { type EngineHarness, startEngineHarness } from './test-support/harness.js';
import { waitFor } from './test-support/wait-for.js';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness('incidents');
});
afterAll(async () => {
  await h?.close();
});

const incidentOf = async (handle: {
  query: (
    q: typeof processStateQuery,
  ) => Promise<{ incidents: { incidentId: string; kind: string; errorCode?: string; message: string }[] }>;
}) => waitFor(async () => (await handle.query(processStateQuery)).incidents[0]);

describe('bpmnProcess incidents and cancellation', () => {
  it('should park an activity that exhausted its retries in an incident and resume it on retry', async () => {
    // given
    const key = randomUUID();
    const graph = buildGraph(
      'flaky',
      [
        n.start('start'),
        n.service('call', 'core.fail@1', {
          inputs: [
            { source: '3', target: 'failTimes' },
            { source: `"${key}"`, target: 'key' },
          ],
        }),
        n.end('end'),
      ],
      [
        ['start', 'call'],
        ['call', 'end'],
      ],
    );
    const handle = await h.start(graph);
    // when
    const incident = await incidentOf(handle);
    const state = await handle.query(processStateQuery);
    await handle.executeUpdate(retryIncidentUpdate, { args: [{ incidentId: incident.incidentId }] });
    const result = await handle.result();
    // then
    expect(incident).toMatchObject({ kind: 'activity' });
    expect(incident.message).toContain('core.fail@1');
    expect(state.status).toBe('running');
    expect(state.activeNodes).toEqual(['call']);
    // Calls 1-2 exhaust the first schedule; after the retry call 3 fails and call 4 succeeds.
    expect(result.variables).toEqual({ attempts: 4 });
  });

  it('should raise an expression incident and keep the workflow running', async () => {
    // given
    const graph = buildGraph(
      'bad-feel',
      [n.start('start'), n.script('calc', 'a +', 'b'), n.end('end')],
      [
        ['start', 'calc'],
        ['calc', 'end'],
      ],
    );
    const handle = await h.start(graph, { variables: { a: 1 } });
    // when
    const incident = await incidentOf(handle);
    const state = await handle.query(processStateQuery);
    // then
    expect(incident.kind).toBe('expression');
    expect(incident.message).toContain('a +');
    expect(state.status).toBe('running');
    await handle.terminate();
  });

  it('should raise an incident for a business error no boundary catches', async () => {
    // given
    const graph = buildGraph(
      'uncaught',
      [
        n.start('start'),
        n.service('call', 'core.fail@1', { inputs: [{ source: '"LIMIT"', target: 'errorCode' }] }),
        n.end('end'),
      ],
      [
        ['start', 'call'],
        ['call', 'end'],
      ],
    );
    const handle = await h.start(graph);
    // when
    const incident = await incidentOf(handle);
    // then
    expect(incident).toMatchObject({ kind: 'unhandledError', errorCode: 'LIMIT' });
    await handle.terminate();
  });

  it('should reject a retry for an unknown incident', async () => {
    // given
    const graph = buildGraph(
      'no-incident',
      [n.start('start'), n.user('wait'), n.end('end')],
      [
        ['start', 'wait'],
        ['wait', 'end'],
      ],
    );
    const handle = await h.start(graph);
    // when
    const err = await handle
      .executeUpdate(retryIncidentUpdate, { args: [{ incidentId: 'nope' }] })
      .catch((e: unknown) => e);
    // then
    expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(((err as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(UpdateRejection.incidentNotOpen);
    await handle.terminate();
  });

  it('should close open tasks as cancelled when Temporal cancels the workflow', async () => {
    // given
    const graph = buildGraph(
      'cancel-me',
      [n.start('start'), n.and('fork'), n.user('a'), n.user('b')],
      [
        ['start', 'fork'],
        ['fork', 'a'],
        ['fork', 'b'],
      ],
    );
    const handle = await h.start(graph);
    const opened = await waitFor(() => h.tasks.open(handle.workflowId).length === 2 && h.tasks.open(handle.workflowId));
    // when
    await handle.cancel();
    const err = await handle.result().catch((e: unknown) => e);
    // then
    expect(err).toBeInstanceOf(WorkflowFailedError);
    expect(opened.map((t) => h.tasks.tasks.get(t.taskId)?.closed?.reason)).toEqual(['cancelled', 'cancelled']);
    expect((await handle.query(processStateQuery)).status).toBe('cancelled');
  });

  it('should cancel through the cancel signal and report the cancelled status', async () => {
    // given
    const graph = buildGraph(
      'cancel-signal',
      [n.start('start'), n.user('a'), n.end('end')],
      [
        ['start', 'a'],
        ['a', 'end'],
      ],
    );
    const handle = await h.start(graph);
    const [task] = await waitFor(() => h.tasks.open(handle.workflowId).length === 1 && h.tasks.open(handle.workflowId));
    // when
    await handle.signal(cancelProcessSignal, { reason: 'duplicate', actor: 'admin' });
    const result = await handle.result();
    // then
    expect(result.status).toBe('cancelled');
    expect(h.tasks.tasks.get(task!.taskId)?.closed?.reason).toBe('cancelled');
  });
});
