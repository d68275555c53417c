/**
 * An engine worker in a process of its own, for crash tests (the test SIGKILLs it). Prints
 * READY once polling. Env: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TASK_QUEUE, and optionally
 * WORKFLOW_BUNDLE (a file with prebuilt bundle code, to skip the 4 s bundling).
 *
 *   TZ=UTC node --import tsx engine/worker/test-support/worker-process.ts
 */
import { readFile } from 'node:fs/promises';
import { NativeConnection } from '@temporalio/worker';
import {
  createEngineActivities,
  InMemoryDefinitionStore,
  InMemoryTaskStore,
  MemoryLogger,
} from '../../activities/index.js';
import { createEngineWorker } from '../index.js';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const connection = await NativeConnection.connect({ address: required('TEMPORAL_ADDRESS') });
const bundlePath = process.env.WORKFLOW_BUNDLE;
const worker = await createEngineWorker({
  connection,
  namespace: required('TEMPORAL_NAMESPACE'),
  taskQueue: required('TASK_QUEUE'),
  activities: createEngineActivities({
    tasks: new InMemoryTaskStore(),
    definitions: new InMemoryDefinitionStore(),
    logger: new MemoryLogger(),
  }),
  ...(bundlePath ? { workflowBundle: { code: await readFile(bundlePath, 'utf8') } } : {}),
});
process.on('SIGTERM', () => worker.shutdown());
const running = worker.run();
process.stdout.write('READY\n');
await running;
await connection.close();
