import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageSignal, processStateQuery } from './messages.js';
import { buildGraph, flowId, n } from './test-support/graph-builder.js';
import { type EngineHarness, startEngineHarness } from './test-support/harness.js';
import { waitFor } from './test-support/wait-for.js';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness('events');
});
afterAll(async () => {
  await h?.close();
});

describe('bpmnProcess events and gateways', () => {
  it('should correlate a message to a receive task and a catch event by key', async () => {
    // given
    const graph = buildGraph(
      'receive',
      [
        n.start('start'),
        { id: 'await-payment', type: 'receiveTask', messageName: 'payment', correlationKey: 'orderId' },
        n.message('await-shipping', 'shipped', 'orderId', { outputs: [{ source: 'carrier', target: 'shippedBy' }] }),
        n.end('end'),
      ],
      [
        ['start', 'await-payment'],
        ['await-payment', 'await-shipping'],
        ['await-shipping', 'end'],
      ],
    );
    const handle = await h.start(graph, { variables: { orderId: 'o-1' } });
    await waitFor(async () => (await handle.query(processStateQuery)).activeNodes.includes('await-payment'));
    // when
    await handle.signal(messageSignal, {
      messageName: 'payment',
      correlationKey: 'o-2',
      payload: { paid: 'wrong order' },
    });
    await handle.signal(messageSignal, { messageName: 'payment', correlationKey: 'o-1', payload: { paid: 42 } });
    await handle.signal(messageSignal, {
      messageName: 'shipped',
      correlationKey: 'o-1',
      payload: { carrier: 'dhl', noise: 1 },
    });
    const result = await handle.result();
    // then
    expect(result.variables).toEqual({ orderId: 'o-1', paid: 42, shippedBy: 'dhl' });
  });

  it('should take the branch of the first event after an event-based gateway', async () => {
    // given
    const graph = buildGraph(
      'race',
      [
        n.start('start'),
        n.events('gw'),
        n.message('answer', 'answer'),
        n.timer('timeout', 'PT1H'),
        n.script('answered', 'true', 'answered'),
        n.script('timedOut', 'true', 'timedOut'),
        n.end('end'),
      ],
      [
        ['start', 'gw'],
        ['gw', 'answer'],
        ['gw', 'timeout'],
        ['answer', 'answered'],
        ['timeout', 'timedOut'],
        ['answered', 'end'],
        ['timedOut', 'end'],
      ],
    );
    const handle = await h.start(graph);
    await waitFor(async () => (await handle.query(processStateQuery)).activeNodes.includes('gw'));
    // when
    await handle.signal(messageSignal, { messageName: 'answer', payload: { text: 'yes' } });
    const result = await handle.result();
    // then
    expect(result.variables).toEqual({ text: 'yes', answered: true });
  });

  it('should wait at an inclusive join only for the branches that were taken', async () => {
    // given
    const graph = buildGraph(
      'or',
      [
        n.start('start'),
        n.or('split'),
        n.script('a', '"a"', 'a'),
        n.script('b', '"b"', 'b'),
        n.timer('slow', 'PT1S'),
        n.script('c', '"c"', 'c'),
        n.or('join'),
        n.script('seen', '[a, b, c]', 'seen'),
        n.end('end'),
      ],
      [
        ['start', 'split'],
        ['split', 'a', 'wantA'],
        ['split', 'b', 'wantB'],
        ['split', 'slow', 'wantC'],
        ['slow', 'c'],
        ['a', 'join'],
        ['b', 'join'],
        ['c', 'join'],
        ['join', 'seen'],
        ['seen', 'end'],
      ],
    );
    // when
    const handle = await h.start(graph, {
      variables: { wantA: true, wantB: false, wantC: true, a: null, b: null, c: null },
    });
    const result = await handle.result();
    const state = await handle.query(processStateQuery);
    // then
    expect(result.variables.seen).toEqual(['a', null, 'c']);
    expect(state.completedNodes.filter((id) => id === 'join')).toHaveLength(1);
  });

  it('should end every token at a terminate end event', async () => {
    // given
    const graph = buildGraph(
      'terminate',
      [
        n.start('start'),
        n.and('fork'),
        n.user('forgotten'),
        n.message('halt', 'halt'),
        n.end('stop', { result: { kind: 'terminate' } }),
      ],
      [
        ['start', 'fork'],
        ['fork', 'forgotten'],
        ['fork', 'halt'],
        ['halt', 'stop'],
      ],
    );
    const handle = await h.start(graph);
    const opened = await waitFor(() => h.tasks.open(handle.workflowId)[0]);
    // when
    await handle.signal(messageSignal, { messageName: 'halt' });
    const result = await handle.result();
    // then
    expect(result.status).toBe('completed');
    expect(h.tasks.tasks.get(opened.taskId)?.closed?.reason).toBe('interrupted');
    expect((await handle.query(processStateQuery)).openTasks).toEqual([]);
  });

  it('should publish thrown messages through the host', async () => {
    // given
    const graph = buildGraph(
      'throw',
      [
        n.start('start'),
        {
          id: 'notify',
          type: 'intermediateThrowEvent',
          trigger: { kind: 'message', messageName: 'order.ready' },
          inputs: [
            { source: 'orderId', target: 'correlationKey' },
            { source: 'total * 2', target: 'double' },
          ],
        },
        n.end('end', { result: { kind: 'message', messageName: 'order.closed' } }),
      ],
      [
        ['start', 'notify'],
        ['notify', 'end'],
      ],
    );
    // when
    const handle = await h.start(graph, { variables: { orderId: 'o-9', total: 21 } });
    await handle.result();
    // then
    const mine = h.published.published.filter((m) => m.source.workflowId === handle.workflowId);
    expect(mine.map((m) => [m.messageName, m.correlationKey, m.payload])).toEqual([
      ['order.ready', 'o-9', { double: 42 }],
      ['order.closed', undefined, {}],
    ]);
  });

  it('should use the workflow clock for now() whatever the worker zone', async () => {
    // given
    const graph = buildGraph(
      'clock',
      [
        n.start('start'),
        n.script('stamp', 'string(now())', 'stamp'),
        n.script('day', 'string(today())', 'day'),
        n.end('end'),
      ],
      [
        ['start', 'stamp'],
        ['stamp', 'day'],
        ['day', 'end'],
      ],
    );
    const before = Date.now();
    // when
    const result = await (await h.start(graph)).result();
    // then
    expect(String(result.variables.stamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(String(result.variables.stamp))).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    expect(result.variables.day).toBe(String(result.variables.stamp).slice(0, 10));
  });

  it('should route by the default flow of an exclusive gateway when a condition refers to a missing variable', async () => {
    // given
    const graph = buildGraph(
      'missing-var',
      [
        n.start('start'),
        n.xor('gw', flowId('gw', 'fallback')),
        n.script('hit', '1', 'hit'),
        n.script('fallback', '2', 'hit'),
        n.end('end'),
      ],
      [
        ['start', 'gw'],
        ['gw', 'hit', 'nope > 3'],
        ['gw', 'fallback'],
        ['hit', 'end'],
        ['fallback', 'end'],
      ],
    );
    // when
    const result = await (await h.start(graph)).result();
    // then
    expect(result.variables).toEqual({ hit: 2 });
  });
});
