import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import {
  createEngineActivities,
  InMemoryDefinitionStore,
  InMemoryTaskStore,
  MemoryLogger,
} from '../../engine/activities/index.js';
import { createEngineWorker } from '../../engine/worker/index.js';
import type { ProcessInput, ProcessResult } from '../../engine/workflow/index.js';
import { benchEntries, bundleBenchWorkflows } from './bundle.js';
import { tenStepGraph } from './processes.js';
import { type HandWrittenResult, releaseSignal } from './shared.js';

// The benchmark compares the interpreter with hand-written workflows; this checks they do the
// same work. No timing here: speed is measured by `npm run bench:engine`.

let client: Client;
let clientConnection: Connection;
let nativeConnection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `bench-workflows-${randomUUID()}`;

beforeAll(async () => {
  const address = inject('temporalAddress');
  const namespace = inject('temporalNamespace');
  nativeConnection = await NativeConnection.connect({ address });
  clientConnection = await Connection.connect({ address });
  client = new Client({ connection: clientConnection, namespace });
  worker = await createEngineWorker({
    connection: nativeConnection,
    namespace,
    taskQueue,
    activities: createEngineActivities({
      tasks: new InMemoryTaskStore(),
      definitions: new InMemoryDefinitionStore(),
      logger: new MemoryLogger(),
    }),
    workflowBundle: await bundleBenchWorkflows(benchEntries.combined),
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await nativeConnection?.close();
  await clientConnection?.close();
});

describe('engine benchmark workflows', () => {
  it('should end the hand-written 10 steps with the same result as the interpreter running the compiled diagram', async () => {
    // given
    const graph = await tenStepGraph();
    const variables = { orderId: 'order-7', amount: 107, customer: { name: 'Ada', tier: 'gold' }, items: ['a', 'b'] };
    const input: ProcessInput = { definitionId: `${graph.key}:1`, processKey: graph.key, version: 1, graph, variables };

    // when
    const [interpreted, handWritten] = await Promise.all([
      client.workflow.execute('bpmnProcess', { taskQueue, workflowId: `a-${randomUUID()}`, args: [input] }),
      client.workflow.execute('handWrittenTenSteps', {
        taskQueue,
        workflowId: `b-${randomUUID()}`,
        args: [{ variables }],
      }),
    ]);

    // then
    expect(interpreted as ProcessResult).toEqual({ status: 'completed', variables });
    expect(handWritten as HandWrittenResult).toEqual(interpreted);
  });

  it('should call the activity once per step in both, in the same order with the same inputs', async () => {
    // given
    const graph = await tenStepGraph();
    const variables = { n: 1 };
    const activityCalls = async (workflowId: string) => {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      return (history.events ?? []).flatMap((e) => {
        const scheduled = e.activityTaskScheduledEventAttributes;
        const payload = scheduled?.input?.payloads?.[0];
        return scheduled && payload
          ? [{ type: scheduled.activityType?.name, input: defaultPayloadConverter.fromPayload(payload) }]
          : [];
      });
    };
    const a = `a-${randomUUID()}`;
    const b = `b-${randomUUID()}`;

    // when
    await client.workflow.execute('bpmnProcess', {
      taskQueue,
      workflowId: a,
      args: [{ definitionId: `${graph.key}:1`, processKey: graph.key, version: 1, graph, variables }],
    });
    await client.workflow.execute('handWrittenTenSteps', { taskQueue, workflowId: b, args: [{ variables }] });

    // then
    expect(await activityCalls(a)).toEqual(Array(10).fill({ type: 'core.echo@1', input: variables }));
    expect(await activityCalls(b)).toEqual(await activityCalls(a));
  });

  it('should keep a hand-written waiting run open until it is released', async () => {
    // given
    const handle = await client.workflow.start('handWrittenWaiting', {
      taskQueue,
      workflowId: `w-${randomUUID()}`,
      args: [{ variables: { x: 1 } }],
    });
    await handle.query('__stack_trace'); // answered once the run has reached its wait
    expect((await handle.describe()).status.name).toBe('RUNNING');

    // when
    await handle.signal(releaseSignal, { done: true });

    // then
    expect(await handle.result()).toEqual({ status: 'completed', variables: { x: 1, done: true } });
  });
});
