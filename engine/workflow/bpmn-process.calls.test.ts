import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MultiInstance } from '../graph/index.js';
import { completeTaskUpdate, processStateQuery } from './messages.js';
import { buildGraph, n } from './test-support/graph-builder.js';
import { type EngineHarness, startEngineHarness } from './test-support/harness.js';
import { waitFor } from './test-support/wait-for.js';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness('calls');
  for (const version of [1, 2]) {
    const child = buildGraph(
      'pricing',
      [
        n.start('start'),
        n.script('price', `base * ${version}`, 'price'),
        n.xor('gw'),
        n.end('end'),
        n.end('fail', { result: { kind: 'error', errorCode: 'NO_PRICE' } }),
      ],
      [
        ['start', 'price'],
        ['price', 'gw'],
        ['gw', 'fail', 'base < 0'],
        ['gw', 'end', 'base >= 0'],
      ],
    );
    h.definitions.add({ definitionId: `pricing:${version}`, version, graph: child });
  }
});
afterAll(async () => {
  await h?.close();
});

const mi = (m: Partial<MultiInstance>): MultiInstance => ({
  sequential: false,
  collection: 'items',
  elementVariable: 'item',
  ...m,
});

describe('bpmnProcess call activities and multi-instance', () => {
  it('should call the pinned or latest version of a process as a child workflow', async () => {
    // given
    const caller = (binding: 'latest' | 'version') =>
      buildGraph(
        `caller-${binding}`,
        [
          n.start('start'),
          {
            id: 'call',
            type: 'callActivity',
            calledProcess: 'pricing',
            binding,
            ...(binding === 'version' ? { version: 1 } : {}),
            propagateAll: false,
            inputs: [{ source: 'amount', target: 'base' }],
            outputs: [{ source: 'price', target: 'quoted' }],
          },
          n.end('end'),
        ],
        [
          ['start', 'call'],
          ['call', 'end'],
        ],
      );
    // when
    const pinned = await (await h.start(caller('version'), { variables: { amount: 10 } })).result();
    const latest = await (await h.start(caller('latest'), { variables: { amount: 10 } })).result();
    // then
    expect(pinned.variables).toEqual({ amount: 10, quoted: 10 });
    expect(latest.variables).toEqual({ amount: 10, quoted: 20 });
  });

  it('should rethrow an uncaught error of the called process at the call activity', async () => {
    // given
    const graph = buildGraph(
      'caller-error',
      [
        n.start('start'),
        { id: 'call', type: 'callActivity', calledProcess: 'pricing', binding: 'latest', propagateAll: true },
        n.boundary('no-price', 'call', { kind: 'error', errorCode: 'NO_PRICE' }),
        n.end('end'),
        n.end('failed'),
      ],
      [
        ['start', 'call'],
        ['call', 'end'],
        ['no-price', 'failed'],
      ],
    );
    // when
    const handle = await h.start(graph, { variables: { base: -1 } });
    const result = await handle.result();
    // then
    expect(result.variables).toMatchObject({ base: -1, errorCode: 'NO_PRICE' });
    expect((await handle.query(processStateQuery)).completedNodes).toContain('no-price');
  });

  it('should run a parallel multi-instance service task and collect its outputs in order', async () => {
    // given
    const graph = buildGraph(
      'mi-parallel',
      [
        n.start('start'),
        n.service('double', 'core.echo@1', {
          inputs: [{ source: 'item * 2', target: 'doubled' }],
          multiInstance: mi({ outputElement: 'doubled', outputCollection: 'results' }),
        }),
        n.end('end'),
      ],
      [
        ['start', 'double'],
        ['double', 'end'],
      ],
    );
    // when
    const result = await (await h.start(graph, { variables: { items: [1, 2, 3] } })).result();
    // then
    expect(result.variables).toEqual({ items: [1, 2, 3], results: [2, 4, 6] });
  });

  it('should run sequential user tasks until the completion condition holds', async () => {
    // given
    const graph = buildGraph(
      'mi-sequential',
      [
        n.start('start'),
        n.user('vote', {
          assignee: { feel: 'item' },
          multiInstance: mi({
            sequential: true,
            outputElement: 'choice',
            outputCollection: 'votes',
            completionCondition: 'numberOfCompletedInstances >= 2',
          }),
        }),
        n.end('end'),
      ],
      [
        ['start', 'vote'],
        ['vote', 'end'],
      ],
    );
    const handle = await h.start(graph, { variables: { items: ['ann', 'bob', 'cid'] } });
    // when
    for (const choice of ['yes', 'no']) {
      const task = await waitFor(async () => (await handle.query(processStateQuery)).openTasks[0]);
      await handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.taskId, data: { choice }, actor: task.assignee ?? '?' }],
      });
    }
    const result = await handle.result();
    // then
    const assignees = [...h.tasks.tasks.values()]
      .filter((t) => t.workflowId === handle.workflowId)
      .map((t) => t.assignee);
    expect(assignees).toEqual(['ann', 'bob']);
    expect(result.variables).toEqual({ items: ['ann', 'bob', 'cid'], votes: ['yes', 'no', null] });
  });

  it('should cancel the remaining parallel items when the completion condition holds', async () => {
    // given
    const graph = buildGraph(
      'mi-first-wins',
      [
        n.start('start'),
        n.user('offer', { multiInstance: mi({ completionCondition: 'numberOfCompletedInstances >= 1' }) }),
        n.end('end'),
      ],
      [
        ['start', 'offer'],
        ['offer', 'end'],
      ],
    );
    const handle = await h.start(graph, { variables: { items: [1, 2, 3] } });
    const tasks = await waitFor(async () => {
      const open = (await handle.query(processStateQuery)).openTasks;
      return open.length === 3 && open;
    });
    // when
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: tasks[1]!.taskId, data: {}, actor: 'ann' }] });
    await handle.result();
    // then
    const reasons = tasks.map((t) => h.tasks.tasks.get(t.taskId)?.closed?.reason);
    expect(reasons).toEqual(['interrupted', 'completed', 'interrupted']);
  });

  it('should run a multi-instance embedded sub-process per item', async () => {
    // given
    const graph = buildGraph(
      'mi-sub',
      [
        n.start('start'),
        {
          id: 'sp',
          type: 'subProcess',
          startNodeId: 'sp-start',
          multiInstance: mi({ outputElement: 'square', outputCollection: 'squares' }),
        },
        n.start('sp-start', { scope: 'sp' }),
        n.timer('sp-wait', 'PT0.1S', { scope: 'sp' }),
        n.script('sp-square', 'item * item', 'square', { scope: 'sp' }),
        n.end('sp-end', { scope: 'sp' }),
        n.end('end'),
      ],
      [
        ['start', 'sp'],
        ['sp-start', 'sp-wait'],
        ['sp-wait', 'sp-square'],
        ['sp-square', 'sp-end'],
        ['sp', 'end'],
      ],
    );
    // when
    const result = await (await h.start(graph, { variables: { items: [2, 3, 4] } })).result();
    // then
    expect(result.variables).toEqual({ items: [2, 3, 4], squares: [4, 9, 16] });
  });
});
