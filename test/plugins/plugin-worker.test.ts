/**
 * A plugin with its own task queue: its activities run in a worker of their own (the one
 * `npm run worker -- --plugin <id>` starts) while the engine worker runs only the interpreter.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createEngineActivities,
  InMemoryDefinitionStore,
  InMemoryTaskStore,
  MemoryLogger,
} from '../../engine/activities/index.js';
import { createEngineWorker } from '../../engine/worker/index.js';
import { processStateQuery } from '../../engine/workflow/messages.js';
import { loadConfig } from '../../studio/server/config.js';
import { startPluginWorker, type RunningPluginWorker } from '../../studio/server/plugin-worker-main.js';
import { loadPlugins, type LoadedPlugins } from '../../studio/server/plugins-loader/index.js';
import { eventually } from '../support/test-platform.js';
import { ownQueuePlugin } from './fixtures/broken-plugins.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const engineQueue = `engine-${randomUUID()}`;
const pluginQueue = `sample-shop-${randomUUID()}`;
const pluginLog = new MemoryLogger();
let plugins: LoadedPlugins;
let pluginWorker: RunningPluginWorker;
let engineWorker: Worker;
let engineRun: Promise<void>;
let nativeConnection: NativeConnection;
let client: Client;

beforeAll(async () => {
  const config = loadConfig({
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: engineQueue,
  });
  plugins = await loadPlugins({ manifests: [ownQueuePlugin(pluginQueue)], engineTaskQueue: engineQueue });
  pluginWorker = await startPluginWorker({ config, pluginId: 'sample-shop', plugins, logger: pluginLog });
  nativeConnection = await NativeConnection.connect({ address: inject('temporalAddress') });
  engineWorker = await createEngineWorker({
    connection: nativeConnection,
    namespace: inject('temporalNamespace'),
    taskQueue: engineQueue,
    // The interpreter's activities only: scoreRequest is not registered here.
    activities: createEngineActivities({
      tasks: new InMemoryTaskStore(),
      definitions: new InMemoryDefinitionStore(),
      logger: new MemoryLogger(),
    }),
  });
  engineRun = engineWorker.run();
  client = new Client({
    connection: await Connection.connect({ address: inject('temporalAddress') }),
    namespace: inject('temporalNamespace'),
  });
});

afterAll(async () => {
  engineWorker?.shutdown();
  await engineRun;
  await pluginWorker?.stop();
  await nativeConnection?.close();
  await client?.connection.close();
});

describe('plugin worker on its own task queue', () => {
  it('should run the plugin activity for a process the engine worker interprets', async () => {
    // given
    const playbook = plugins.get('sample-shop')!.playbooks[0]!;
    // when
    const handle = await client.workflow.start('bpmnProcess', {
      taskQueue: engineQueue,
      workflowId: `own-queue-${randomUUID()}`,
      args: [
        {
          definitionId: `${playbook.key}:1`,
          processKey: playbook.key,
          version: 1,
          graph: playbook.graph,
          variables: { customer: 'Ada', amount: 5 },
        },
      ],
    });
    // then
    const state = await eventually(async () => {
      const current = await handle.query(processStateQuery);
      return current.openTasks.length ? current : undefined;
    });
    expect(state.variables).toMatchObject({ priority: 'normal' });
    expect(pluginLog.lines).toContainEqual(
      expect.objectContaining({
        message: 'request scored',
        fields: expect.objectContaining({ plugin: 'sample-shop' }),
      }),
    );
    await handle.terminate('test done');
  });

  it('should refuse to start for a plugin that is not installed', () => {
    // when
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'studio/server/worker-main.ts', '--plugin', 'no-such'],
      {
        cwd: repoRoot,
        env: { ...process.env, TEMPORAL_ADDRESS: inject('temporalAddress') },
        encoding: 'utf8',
      },
    );
    // then
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/No plugin "no-such" is installed \(installed: .*\)/);
  });
});
