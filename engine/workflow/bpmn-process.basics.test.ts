import { WorkflowUpdateFailedError } from '@temporalio/client';
import { type ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeTaskUpdate, processStateQuery, reassignTaskUpdate, UpdateRejection } from './messages.js';
import { openTasksAttribute } from './search-attributes.js';
import { buildGraph, flowId, n } from './test-support/graph-builder.js';
import { type EngineHarness, startEngineHarness } from './test-support/harness.js';
import { waitFor } from './test-support/wait-for.js';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness('basics');
});
afterAll(async () => {
  await h?.close();
});

describe('bpmnProcess basics', () => {
  it('should run a straight-through process with an activity', async () => {
    // given
    const graph = buildGraph(
      'straight',
      [
        n.start('start'),
        n.service('echo', 'core.echo@1', { inputs: [{ source: 'name + "!"', target: 'shout' }] }),
        n.end('end'),
      ],
      [
        ['start', 'echo'],
        ['echo', 'end'],
      ],
    );
    // when
    const handle = await h.start(graph, { variables: { name: 'ada' } });
    const result = await handle.result();
    // then
    expect(result.status).toBe('completed');
    expect(result.variables).toEqual({ name: 'ada', shout: 'ada!' });
  });

  it('should complete a user task by update, return the first result for a duplicate and reject a closed task', async () => {
    // given
    const graph = buildGraph(
      'review',
      [
        n.start('start'),
        n.user('review', { name: 'Review', outcomes: ['approve', 'reject'], candidateGroups: { literal: 'managers' } }),
        n.user('archive'),
        n.end('end'),
      ],
      [
        ['start', 'review'],
        ['review', 'archive'],
        ['archive', 'end'],
      ],
    );
    const handle = await h.start(graph);
    const task = await waitFor(async () => (await handle.query(processStateQuery)).openTasks[0]);
    await waitFor(() => h.tasks.open(handle.workflowId).length === 1);
    const request = { taskId: task.taskId, data: { comment: 'fine' }, outcome: 'approve', actor: 'bob' };
    // when
    const first = await handle.executeUpdate(completeTaskUpdate, { args: [request], updateId: 'submit-1' });
    const duplicate = await handle.executeUpdate(completeTaskUpdate, { args: [request], updateId: 'submit-1' });
    const rejected = await handle
      .executeUpdate(completeTaskUpdate, { args: [request], updateId: 'submit-2' })
      .catch((err: unknown) => err);
    const archive = await waitFor(async () => (await handle.query(processStateQuery)).openTasks[0]);
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: archive.taskId, data: {}, actor: 'eve' }] });
    const result = await handle.result();
    // then
    expect(task).toMatchObject({
      nodeId: 'review',
      name: 'Review',
      candidateGroups: ['managers'],
      outcomes: ['approve', 'reject'],
    });
    expect(duplicate).toEqual(first);
    expect(first).toMatchObject({ taskId: task.taskId, outcome: 'approve', completedBy: 'bob' });
    expect(rejected).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(((rejected as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(
      UpdateRejection.taskNotActive,
    );
    expect(result.variables).toEqual({ comment: 'fine', outcome: 'approve' });
    expect(h.tasks.tasks.get(task.taskId)).toMatchObject({
      status: 'closed',
      closed: { reason: 'completed', completedBy: 'bob' },
    });
  });

  it('should reject an outcome the task does not offer', async () => {
    // given
    const graph = buildGraph(
      'outcomes',
      [n.start('start'), n.user('review', { outcomes: ['approve'] }), n.end('end')],
      [
        ['start', 'review'],
        ['review', 'end'],
      ],
    );
    const handle = await h.start(graph);
    const task = await waitFor(async () => (await handle.query(processStateQuery)).openTasks[0]);
    // when
    const err = await handle
      .executeUpdate(completeTaskUpdate, { args: [{ taskId: task.taskId, data: {}, outcome: 'shrug', actor: 'bob' }] })
      .catch((e: unknown) => e);
    // then
    expect(((err as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(
      UpdateRejection.outcomeNotOffered,
    );
    expect((await handle.query(processStateQuery)).openTasks).toHaveLength(1);
    await handle.terminate();
  });

  it('should reassign an open task and list open tasks in the PsOpenTasks search attribute', async () => {
    // given
    const graph = buildGraph(
      'reassign',
      [n.start('start'), n.user('work', { assignee: { literal: 'ann' } }), n.end('end')],
      [
        ['start', 'work'],
        ['work', 'end'],
      ],
    );
    const handle = await h.start(graph);
    const task = await waitFor(async () => (await handle.query(processStateQuery)).openTasks[0]);
    // when
    const delegated = await handle.executeUpdate(reassignTaskUpdate, {
      args: [{ taskId: task.taskId, assignee: 'bob', owner: 'ann', actor: 'ann' }],
    });
    const afterDelegation = (await handle.query(processStateQuery)).openTasks[0];
    const attribute = (await handle.describe()).typedSearchAttributes.get(openTasksAttribute);
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: task.taskId, data: {}, actor: 'bob' }] });
    await handle.result();
    const unknown = await handle
      .executeUpdate(reassignTaskUpdate, { args: [{ taskId: task.taskId, actor: 'ann' }] })
      .catch((e: unknown) => e);
    // then
    expect(task.assignee).toBe('ann');
    expect(delegated).toEqual({ taskId: task.taskId, assignee: 'bob', owner: 'ann' });
    expect(afterDelegation).toMatchObject({ assignee: 'bob', owner: 'ann' });
    expect(attribute).toEqual([task.taskId]);
    expect(unknown).toBeInstanceOf(Error);
  });

  it('should route an exclusive gateway by FEEL condition and fall back to the default flow', async () => {
    // given
    const graph = buildGraph(
      'xor',
      [n.start('start'), n.xor('gw', flowId('gw', 'small')), n.service('big'), n.service('small'), n.end('end')],
      [
        ['start', 'gw'],
        ['gw', 'big', 'amount > 100'],
        ['gw', 'small'],
        ['big', 'end'],
        ['small', 'end'],
      ],
    );
    // when
    const big = await (await h.start(graph, { variables: { amount: 500 } })).result();
    const small = await h.start(graph, { variables: { amount: 5 } });
    await small.result();
    const state = await small.query(processStateQuery);
    // then
    expect(big.status).toBe('completed');
    expect(state.completedNodes).toEqual(['start', 'gw', 'small', 'end']);
  });

  it('should fork and join a parallel gateway', async () => {
    // given
    const graph = buildGraph(
      'and',
      [
        n.start('start'),
        n.and('fork'),
        n.script('a', '1', 'a'),
        n.service('b', 'core.setVariables@1', { inputs: [{ source: '2', target: 'b' }] }),
        n.and('join'),
        n.script('sum', 'a + b', 'sum'),
        n.end('end'),
      ],
      [
        ['start', 'fork'],
        ['fork', 'a'],
        ['fork', 'b'],
        ['a', 'join'],
        ['b', 'join'],
        ['join', 'sum'],
        ['sum', 'end'],
      ],
    );
    // when
    const handle = await h.start(graph);
    const result = await handle.result();
    const state = await handle.query(processStateQuery);
    // then
    expect(result.variables).toEqual({ a: 1, b: 2, sum: 3 });
    expect(state.completedNodes.filter((id) => id === 'sum')).toHaveLength(1);
    expect(state.activeNodes).toEqual([]);
  });

  it('should wait on a short intermediate timer', async () => {
    // given
    const graph = buildGraph(
      'timer',
      [n.start('start'), n.timer('wait', 'PT1S'), n.end('end')],
      [
        ['start', 'wait'],
        ['wait', 'end'],
      ],
    );
    const began = Date.now();
    // when
    const handle = await h.start(graph);
    const waiting = await waitFor(async () => (await handle.query(processStateQuery)).activeNodes.includes('wait'));
    const result = await handle.result();
    // then
    expect(waiting).toBe(true);
    expect(result.status).toBe('completed');
    expect(Date.now() - began).toBeGreaterThanOrEqual(1000);
  });
});
