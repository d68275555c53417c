/**
 * A worker process for one plugin that asked for its own task queue: it runs only that
 * plugin's activities, needs no database, and can be started as often as the load needs
 * (`npm run worker -- --plugin <id>`). Without TEMPORAL_ADDRESS it joins the dev server
 * `npm start` runs on TEMPORAL_DEV_PORT.
 */
import path from 'node:path';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { PluginLogger } from '../../engine/plugin-api/index.js';
import type { PlatformConfig } from './config.js';
import { connectionOptions } from './platform.js';
import {
  createPluginWorker,
  hostPluginDeps,
  loadConfiguredPlugins,
  loggingNotifier,
  type LoadedPlugins,
} from './plugins-loader/index.js';
import { LocalFolderBlobStore } from './services/blob-store.js';

export interface RunningPluginWorker {
  worker: Worker;
  taskQueue: string;
  /** Resolves when the worker has stopped. */
  done: Promise<void>;
  stop(): Promise<void>;
}

export interface PluginWorkerOptions {
  config: PlatformConfig;
  pluginId: string;
  /** Already loaded plugins (tests); loaded from plugins/* and PLAYBOOK_PLUGINS otherwise. */
  plugins?: LoadedPlugins;
  logger?: PluginLogger;
}

export async function startPluginWorker(opts: PluginWorkerOptions): Promise<RunningPluginWorker> {
  const { config } = opts;
  const plugins = opts.plugins ?? (await loadConfiguredPlugins(config));
  const plugin = plugins.get(opts.pluginId);
  if (!plugin) {
    const known = plugins.all.map((p) => p.manifest.id).join(', ') || 'none';
    throw new Error(`No plugin "${opts.pluginId}" is installed (installed: ${known})`);
  }
  if (!plugin.manifest.taskQueue) {
    throw new Error(`Plugin "${opts.pluginId}" has no taskQueue: the engine worker runs its activities`);
  }
  const address = config.temporal.address ?? `127.0.0.1:${config.temporal.devPort}`;
  const connection = await NativeConnection.connect(await connectionOptions(config, address));
  const logger = opts.logger ?? jsonLogger;
  const deps = hostPluginDeps({
    notifier: loggingNotifier(logger),
    blobStore: new LocalFolderBlobStore(path.join(config.dataDir, 'attachments')),
    logger,
  });
  const worker = await createPluginWorker(plugin, connection, config.temporal.namespace, deps);
  const done = worker.run().finally(() => connection.close());
  return {
    worker,
    taskQueue: plugin.manifest.taskQueue,
    done,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}

/** One JSON object per line on stdout, as log collectors expect. */
const jsonLogger: PluginLogger = {
  info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  warn: (message, fields) => console.log(JSON.stringify({ level: 'warn', message, ...fields })),
  error: (message, fields) => console.log(JSON.stringify({ level: 'error', message, ...fields })),
};
