/**
 * The benchmark's workers, in a process of their own so its resident memory is the workers'
 * alone. Started by run.ts with `fork` (IPC) and `--expose-gc`; its options come as JSON in
 * argv[2]. Messages: it sends `ready` once polling; on `memory` it forces GC and answers with
 * its memory usage, on `cpu` with its CPU time; on `stop` it shuts the worker down and exits.
 */
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import {
  createEngineActivities,
  InMemoryDefinitionStore,
  InMemoryTaskStore,
  MemoryLogger,
  type EngineLogger,
  type OpenTaskRecord,
  type TaskStore,
} from '../../engine/activities/index.js';
import { createEngineWorker } from '../../engine/worker/index.js';

export interface WorkerChildOptions {
  address: string;
  namespace: string;
  /**
   * One Temporal worker per entry, all with the same options and activities, differing only in
   * task queue and workflow bundle (a file run.ts wrote once).
   */
  workers: Array<{ taskQueue: string; bundlePath: string }>;
  maxCachedWorkflows: number;
  /**
   * Memory runs: workflows run on the main thread (Temporal's debugMode), so `gc()` here also
   * collects the workflow sandbox's heap; by default they run on a worker thread we cannot GC.
   */
  workflowsOnMainThread: boolean;
  /**
   * Memory runs: the inbox and the log are a database and a log shipper in production, outside
   * the worker; a counting store and a silent logger keep them out of the measurement.
   */
  externalStores: boolean;
}

export type ParentMessage = { type: 'memory' } | { type: 'cpu' } | { type: 'stop' };
export type ChildMessage =
  | { type: 'ready' }
  | { type: 'memory'; rss: number; heapUsed: number; external: number; openedTasks: number }
  /** CPU time of the whole worker process (every thread) since it started, in microseconds. */
  | { type: 'cpu'; micros: number }
  | { type: 'failed'; error: string };

/** Keeps no task, only counts openTask calls (the inbox lives in a database in production). */
class CountingTaskStore implements TaskStore {
  opened = 0;
  async openTask(_task: OpenTaskRecord): Promise<void> {
    this.opened++;
  }
  async closeTask(): Promise<void> {}
}

const silentLogger: EngineLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function forceGc(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('worker-child needs --expose-gc');
  // Several passes with a turn of the event loop between them, so finalizers and weak
  // references released by one pass are collected by the next.
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function main(): Promise<void> {
  const opts = JSON.parse(process.argv[2] ?? '{}') as WorkerChildOptions;
  const counting = new CountingTaskStore();
  const tasks = opts.externalStores ? counting : new InMemoryTaskStore();
  const logger = opts.externalStores ? silentLogger : new MemoryLogger();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const connection = await NativeConnection.connect({ address: opts.address });
  const activities = createEngineActivities({ tasks, definitions: new InMemoryDefinitionStore(), logger });
  const workers = await Promise.all(
    opts.workers.map(({ taskQueue, bundlePath }) =>
      createEngineWorker({
        connection,
        namespace: opts.namespace,
        taskQueue,
        activities,
        workflowBundle: { codePath: bundlePath },
        tuning: { maxCachedWorkflows: opts.maxCachedWorkflows, debugMode: opts.workflowsOnMainThread },
      }),
    ),
  );
  const running = Promise.all(workers.map((w) => w.run()));
  const shutdown = () => {
    for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
  };

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'memory') {
      void forceGc().then(() => {
        const usage = process.memoryUsage();
        send({
          type: 'memory',
          rss: usage.rss,
          heapUsed: usage.heapUsed,
          external: usage.external,
          openedTasks: counting.opened,
        });
      });
    } else if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ type: 'cpu', micros: user + system });
    } else if (message.type === 'stop') {
      shutdown();
    }
  });
  // The parent going away must not leave a worker polling.
  process.on('disconnect', shutdown);

  send({ type: 'ready' });
  await running;
  await connection.close();
  process.exit(0);
}

main().catch((err: unknown) => {
  send({ type: 'failed', error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
