/**
 * The workers of one golden run, on task queues unique to it: the interpreter with the engine,
 * core and plugin activities, plus an activity-only worker per plugin that asks for its own
 * queue (as `npm run worker -- --plugin <id>` would run it).
 */
import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import {
  createEngineActivities,
  InMemoryMessagePublisher,
  InMemoryTaskStore,
  MemoryLogger,
  type AssignmentResolver,
  type DefinitionStore,
} from '../../activities/index.js';
import { createEngineWorker } from '../../worker/index.js';
import { createPluginActivities } from '../create-plugin-activities.js';
import type { PluginManifest } from '../define-plugin.js';
import type { GoldenEnvironment } from './golden-environment.js';
import type { MemoryPluginDeps } from './memory-plugin-deps.js';

export interface GoldenWorkers {
  taskQueue: string;
  tasks: InMemoryTaskStore;
  messages: InMemoryMessagePublisher;
  /** Runs the workers until `work` settles, then shuts them down. */
  runUntil<T>(work: Promise<T>): Promise<T>;
}

/** A unique queue per run for plugins with their own, so runs never pick up each other's tasks. */
export function runQueues(plugins: readonly PluginManifest[]): Map<string, string> {
  const suffix = randomUUID().slice(0, 8);
  return new Map(plugins.filter((p) => p.taskQueue).map((p) => [p.id, `${p.taskQueue}-${suffix}`]));
}

export async function createGoldenWorkers(
  golden: GoldenEnvironment,
  plugins: readonly PluginManifest[],
  queues: Map<string, string>,
  stores: { definitions: DefinitionStore; deps: MemoryPluginDeps; assignments?: AssignmentResolver },
): Promise<GoldenWorkers> {
  const { definitions, deps, assignments } = stores;
  const taskQueue = `golden-${randomUUID()}`;
  const tasks = new InMemoryTaskStore();
  const messages = new InMemoryMessagePublisher();
  // core.notify@1 and plugin activities notify into the same recorder.
  const engineActivities = createEngineActivities({
    tasks,
    definitions,
    messages,
    notifier: deps.notifier,
    ...(assignments ? { assignments } : {}),
    logger: new MemoryLogger(),
  });
  const inEngine = plugins.filter((p) => !queues.has(p.id)).map((p) => createPluginActivities(p, deps));
  const workers = [
    await createEngineWorker({
      connection: golden.env.nativeConnection,
      namespace: golden.namespace,
      taskQueue,
      activities: Object.assign({}, engineActivities, ...inEngine),
      workflowBundle: golden.bundle,
    }),
  ];
  for (const plugin of plugins.filter((p) => queues.has(p.id))) {
    workers.push(
      await Worker.create({
        connection: golden.env.nativeConnection,
        namespace: golden.namespace,
        taskQueue: queues.get(plugin.id)!,
        activities: createPluginActivities(plugin, deps),
      }),
    );
  }
  return {
    taskQueue,
    tasks,
    messages,
    async runUntil(work) {
      // Wait for every worker to shut down, even when the work failed: the test server's
      // connection cannot close while a worker still holds it.
      const settled = await Promise.allSettled(workers.map((w) => w.runUntil(work)));
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      return (settled[0] as PromiseFulfilledResult<Awaited<typeof work>>).value;
    },
  };
}
