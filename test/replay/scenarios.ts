/**
 * Scenarios whose histories are recorded into histories/ and replayed by
 * replay-histories.test.ts. Each one drives a different part of the interpreter, so an
 * interpreter change that alters the commands of a running instance fails the replay.
 * Add a scenario (and re-record) before changing a handler; never re-record to make a
 * failing replay pass: put the change behind patched() instead.
 */
import type { WorkflowHandle } from '@temporalio/client';
import type { DeployedGraph } from '../../engine/activities/index.js';
import type { ProcessGraph } from '../../engine/graph/index.js';
import type { bpmnProcess } from '../../engine/workflow/index.js';
import {
  completeTaskUpdate,
  messageSignal,
  processStateQuery,
  retryIncidentUpdate,
} from '../../engine/workflow/messages.js';
import type { ProcessInput } from '../../engine/workflow/process-input.js';
import { buildGraph, flowId, n } from '../../engine/workflow/test-support/graph-builder.js';
import { waitFor } from '../../engine/workflow/test-support/wait-for.js';

type Handle = WorkflowHandle<typeof bpmnProcess>;

export interface ReplayScenario {
  /** File name part: histories/bpmnProcess.<name>.json */
  name: string;
  graph: ProcessGraph;
  input?: Partial<ProcessInput>;
  /** Sends the updates and signals the scenario needs while it runs. */
  drive?(handle: Handle): Promise<void>;
  /** Record the first run instead of the last (continue-as-new scenarios). */
  firstRun?: boolean;
}

/** Definitions the call-activity scenario loads through the DefinitionStore. */
export const replayDefinitions: DeployedGraph[] = [
  {
    definitionId: 'replay-child:1',
    version: 1,
    graph: buildGraph(
      'replay-child',
      [n.start('start'), n.script('double', 'value * 2', 'doubled'), n.end('end')],
      [
        ['start', 'double'],
        ['double', 'end'],
      ],
    ),
  },
];

const firstTask = (handle: Handle) => waitFor(async () => (await handle.query(processStateQuery)).openTasks[0]);
const complete = async (handle: Handle, data: Record<string, unknown>, outcome?: string, updateId?: string) => {
  const task = await firstTask(handle);
  await handle.executeUpdate(completeTaskUpdate, {
    args: [{ taskId: task.taskId, data, outcome, actor: 'replay' }],
    updateId,
  });
};

export const replayScenarios: ReplayScenario[] = [
  {
    name: 'service-task',
    graph: buildGraph(
      'r-service',
      [
        n.start('start'),
        n.service('echo', 'core.echo@1', { inputs: [{ source: 'x + 1', target: 'y' }] }),
        n.end('end'),
      ],
      [
        ['start', 'echo'],
        ['echo', 'end'],
      ],
    ),
    input: { variables: { x: 1 } },
  },
  {
    name: 'user-task',
    graph: buildGraph(
      'r-user',
      [n.start('start'), n.user('review', { outcomes: ['approve', 'reject'] }), n.end('end')],
      [
        ['start', 'review'],
        ['review', 'end'],
      ],
    ),
    drive: async (h) => {
      await complete(h, { note: 'ok' }, 'approve', 'replay-u1');
      await h
        .executeUpdate(completeTaskUpdate, { args: [{ taskId: 'gone', data: {}, actor: 'x' }] })
        .catch(() => undefined);
    },
  },
  {
    name: 'gateways',
    graph: buildGraph(
      'r-gateways',
      [
        n.start('start'),
        n.and('fork'),
        n.timer('wait', 'PT1S'),
        n.xor('xor', flowId('xor', 'low')),
        n.script('high', '"high"', 'band'),
        n.script('low', '"low"', 'band'),
        n.or('join'),
        n.end('end'),
      ],
      [
        ['start', 'fork'],
        ['fork', 'wait'],
        ['fork', 'xor'],
        ['xor', 'high', 'amount > 10'],
        ['xor', 'low'],
        ['wait', 'join'],
        ['high', 'join'],
        ['low', 'join'],
        ['join', 'end'],
      ],
    ),
    input: { variables: { amount: 50 } },
  },
  {
    name: 'boundary-timer',
    graph: buildGraph(
      'r-boundary',
      [
        n.start('start'),
        n.user('approve'),
        n.boundary('late', 'approve', { kind: 'timer', timer: { kind: 'duration', value: { literal: 'PT1S' } } }),
        n.end('done'),
        n.end('late-end'),
      ],
      [
        ['start', 'approve'],
        ['approve', 'done'],
        ['late', 'late-end'],
      ],
    ),
  },
  {
    name: 'messages',
    graph: buildGraph(
      'r-messages',
      [
        n.start('start'),
        { id: 'pay', type: 'receiveTask', messageName: 'paid', correlationKey: 'orderId' },
        n.events('race'),
        n.message('answer', 'answer'),
        n.timer('timeout', 'PT1H'),
        { id: 'tell', type: 'intermediateThrowEvent', trigger: { kind: 'message', messageName: 'done' } },
        n.end('end'),
        n.end('timeout-end'),
      ],
      [
        ['start', 'pay'],
        ['pay', 'race'],
        ['race', 'answer'],
        ['race', 'timeout'],
        ['answer', 'tell'],
        ['tell', 'end'],
        ['timeout', 'timeout-end'],
      ],
    ),
    input: { variables: { orderId: 'o-1' } },
    drive: async (h) => {
      await h.signal(messageSignal, { messageName: 'paid', correlationKey: 'o-1', payload: { amount: 3 } });
      await waitFor(async () => (await h.query(processStateQuery)).activeNodes.includes('race'));
      await h.signal(messageSignal, { messageName: 'answer', payload: { text: 'yes' } });
    },
  },
  {
    name: 'incident-retry',
    graph: buildGraph(
      'r-incident',
      [
        n.start('start'),
        n.service('flaky', 'core.fail@1', {
          inputs: [
            { source: '2', target: 'failTimes' },
            { source: 'key', target: 'key' },
          ],
        }),
        n.end('end'),
      ],
      [
        ['start', 'flaky'],
        ['flaky', 'end'],
      ],
    ),
    input: { variables: { key: `replay-${Date.now()}` } },
    drive: async (h) => {
      const incident = await waitFor(async () => (await h.query(processStateQuery)).incidents[0]);
      await h.executeUpdate(retryIncidentUpdate, { args: [{ incidentId: incident.incidentId }] });
    },
  },
  {
    name: 'sub-process-error',
    graph: buildGraph(
      'r-sub',
      [
        n.start('start'),
        { id: 'sp', type: 'subProcess', startNodeId: 'sp-start' },
        n.start('sp-start', { scope: 'sp' }),
        n.end('sp-fail', { scope: 'sp', result: { kind: 'error', errorCode: 'BAD' } }),
        n.boundary('caught', 'sp', { kind: 'error', errorCode: 'BAD' }),
        n.end('end'),
        n.end('caught-end'),
      ],
      [
        ['start', 'sp'],
        ['sp-start', 'sp-fail'],
        ['sp', 'end'],
        ['caught', 'caught-end'],
      ],
    ),
  },
  {
    name: 'multi-instance',
    graph: buildGraph(
      'r-mi',
      [
        n.start('start'),
        n.service('each', 'core.echo@1', {
          inputs: [{ source: 'item * 10', target: 'v' }],
          multiInstance: {
            sequential: false,
            collection: 'items',
            elementVariable: 'item',
            outputElement: 'v',
            outputCollection: 'vs',
          },
        }),
        n.end('end'),
      ],
      [
        ['start', 'each'],
        ['each', 'end'],
      ],
    ),
    input: { variables: { items: [1, 2, 3] } },
  },
  {
    name: 'event-sub-process',
    graph: buildGraph(
      'r-esp',
      [
        n.start('start'),
        n.user('work'),
        n.end('end'),
        { id: 'esp', type: 'eventSubProcess', startNodeId: 'esp-start' },
        n.start('esp-start', { scope: 'esp', trigger: { kind: 'message', messageName: 'abort' }, interrupting: true }),
        n.end('esp-end', { scope: 'esp' }),
      ],
      [
        ['start', 'work'],
        ['work', 'end'],
        ['esp-start', 'esp-end'],
      ],
    ),
    drive: async (h) => {
      await firstTask(h);
      await h.signal(messageSignal, { messageName: 'abort' });
    },
  },
  {
    name: 'call-activity',
    graph: buildGraph(
      'r-call',
      [
        n.start('start'),
        {
          id: 'call',
          type: 'callActivity',
          calledProcess: 'replay-child',
          binding: 'version',
          version: 1,
          propagateAll: true,
        },
        n.end('end'),
      ],
      [
        ['start', 'call'],
        ['call', 'end'],
      ],
    ),
    input: { variables: { value: 21 } },
  },
  {
    name: 'continue-as-new',
    graph: buildGraph(
      'r-loop',
      [n.start('start'), n.script('inc', 'i + 1', 'i'), n.xor('more', flowId('more', 'end')), n.end('end')],
      [
        ['start', 'inc'],
        ['inc', 'more'],
        ['more', 'inc', 'i < 1500'],
        ['more', 'end'],
      ],
    ),
    input: { variables: { i: 0 }, settings: { continueAsNewAfterEvents: 6 } },
    firstRun: true,
  },
];
