/**
 * Runs the engine worker inside the platform process, wired to the platform's stores.
 * With embedded PGlite the database belongs to one process, so the worker lives beside
 * the API server; with PostgreSQL more workers can run as separate processes.
 */
import { NativeConnection, type Worker } from '@temporalio/worker';
import { createEngineActivities, type EngineLogger } from '../../engine/activities/index.js';
import { createEngineWorker } from '../../engine/worker/index.js';
import type { Platform } from './platform.js';
import { connectionOptions } from './platform.js';
import { createOwnQueueWorkers, hostPluginDeps } from './plugins-loader/index.js';
import { DirectoryAssignmentResolver } from './services/assignment-resolver.js';
import { TaskProjection } from './services/task-projection.js';

export interface RunningWorker {
  worker: Worker;
  /** Resolves when the worker has stopped (after `stop()` or a fatal error). */
  done: Promise<void>;
  stop(): Promise<void>;
}

export async function startEngineWorker(
  platform: Platform,
  address: string,
  logger: EngineLogger,
): Promise<RunningWorker> {
  const connection = await NativeConnection.connect(await connectionOptions(platform.config, address));
  const pluginDeps = hostPluginDeps({ notifier: platform.notifier, blobStore: platform.blobs, logger });
  const engineActivities = createEngineActivities({
    tasks: new TaskProjection(platform.database.db, (formId) =>
      platform.forms.resolveVersion(formId).catch(() => undefined),
    ),
    definitions: platform.definitions,
    messages: platform.messages,
    notifier: platform.notifier,
    assignments: new DirectoryAssignmentResolver(platform.database.db, platform.config.assignmentFallback),
    logger,
  });
  const worker = await createEngineWorker({
    connection,
    namespace: platform.temporal.namespace,
    taskQueue: platform.temporal.taskQueue,
    activities: { ...engineActivities, ...platform.plugins.engineQueueActivities(pluginDeps) },
  });
  // Embedded, plugins with their own task queue run here too; `npm run worker -- --plugin <id>` runs one alone.
  const pluginWorkers = await createOwnQueueWorkers(
    platform.plugins,
    connection,
    platform.temporal.namespace,
    pluginDeps,
  );
  const done = Promise.all([worker.run(), pluginWorkers.run()])
    .then(() => undefined)
    .finally(() => connection.close());
  return {
    worker,
    done,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      pluginWorkers.shutdown();
      await done;
    },
  };
}
