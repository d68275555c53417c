/**
 * A worker on its own task queue against the suite's real Temporal dev server, with
 * in-memory engine dependencies. One per test file: bundling costs ~4 s.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection, type WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import {
  createEngineActivities,
  InMemoryDefinitionStore,
  InMemoryMessagePublisher,
  InMemoryTaskStore,
  MemoryLogger,
} from '../../activities/index.js';
import type { ProcessGraph } from '../../graph/index.js';
import { createEngineWorker } from '../../worker/index.js';
import type { bpmnProcess } from '../index.js';
import type { ProcessInput } from '../process-input.js';

export interface EngineHarness {
  client: Client;
  taskQueue: string;
  tasks: InMemoryTaskStore;
  definitions: InMemoryDefinitionStore;
  published: InMemoryMessagePublisher;
  logger: MemoryLogger;
  worker: Worker;
  start(
    graph: ProcessGraph,
    input?: Partial<ProcessInput>,
    workflowId?: string,
  ): Promise<WorkflowHandleWithFirstExecutionRunId<typeof bpmnProcess>>;
  close(): Promise<void>;
}

export async function startEngineHarness(label: string): Promise<EngineHarness> {
  const address = inject('temporalAddress');
  const namespace = inject('temporalNamespace');
  const nativeConnection = await NativeConnection.connect({ address });
  const clientConnection = await Connection.connect({ address });
  const client = new Client({ connection: clientConnection, namespace });
  const taskQueue = `${label}-${randomUUID()}`;
  const tasks = new InMemoryTaskStore();
  const definitions = new InMemoryDefinitionStore();
  const published = new InMemoryMessagePublisher();
  const logger = new MemoryLogger();
  const worker = await createEngineWorker({
    connection: nativeConnection,
    namespace,
    taskQueue,
    activities: createEngineActivities({ tasks, definitions, messages: published, logger }),
  });
  const running = worker.run();
  return {
    client,
    taskQueue,
    tasks,
    definitions,
    published,
    logger,
    worker,
    start: (graph, input = {}, workflowId = `${label}-${randomUUID()}`) =>
      client.workflow.start<typeof bpmnProcess>('bpmnProcess', {
        taskQueue,
        workflowId,
        args: [{ definitionId: `${graph.key}:1`, processKey: graph.key, version: 1, graph, ...input }],
      }),
    async close() {
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await clientConnection.close();
    },
  };
}
