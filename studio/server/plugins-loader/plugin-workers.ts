/**
 * Workers for plugins that asked for their own task queue. They run only that plugin's
 * activities (no workflows, no database), so third-party code can be isolated in its own
 * process (`npm run worker -- --plugin <id>`) or, embedded, run beside the engine worker.
 */
import { type NativeConnection, Worker } from '@temporalio/worker';
import { createPluginActivities, type PluginActivityDeps } from '../../../engine/plugin-api/index.js';
import type { LoadedPlugin, LoadedPlugins } from './loaded-plugins.js';

export interface PluginWorkers {
  workers: Worker[];
  /** Resolves when every worker has stopped. */
  run(): Promise<void>;
  shutdown(): void;
}

/** An activity-only worker on the plugin's own queue. */
export async function createPluginWorker(
  plugin: LoadedPlugin,
  connection: NativeConnection,
  namespace: string,
  deps: PluginActivityDeps,
): Promise<Worker> {
  const taskQueue = plugin.manifest.taskQueue;
  if (!taskQueue)
    throw new Error(`plugin "${plugin.manifest.id}" has no taskQueue; the engine worker runs its activities`);
  return Worker.create({ connection, namespace, taskQueue, activities: createPluginActivities(plugin.manifest, deps) });
}

/** One worker per plugin with its own queue (none when no plugin asks for one). */
export async function createOwnQueueWorkers(
  plugins: LoadedPlugins,
  connection: NativeConnection,
  namespace: string,
  deps: PluginActivityDeps,
): Promise<PluginWorkers> {
  const workers: Worker[] = [];
  for (const plugin of plugins.withOwnQueue())
    workers.push(await createPluginWorker(plugin, connection, namespace, deps));
  return {
    workers,
    run: async () => {
      await Promise.all(workers.map((w) => w.run()));
    },
    shutdown() {
      for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
    },
  };
}
