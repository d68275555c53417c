/**
 * Re-records test/replay/histories/bpmnProcess.<scenario>.json from replay-scenarios.ts
 * against a throwaway dev server. Run it BEFORE an interpreter change (so the histories
 * show the old behaviour), commit the files, then make the change behind patched().
 *
 *   npx tsx test/replay/record-histories.ts [scenario…]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { NativeConnection } from '@temporalio/worker';
import { format } from 'prettier';
import {
  createEngineActivities,
  InMemoryDefinitionStore,
  InMemoryMessagePublisher,
  InMemoryTaskStore,
  MemoryLogger,
} from '../../engine/activities/index.js';
import { createEngineWorker } from '../../engine/worker/index.js';
import type { bpmnProcess } from '../../engine/workflow/index.js';
import { engineSearchAttributes } from '../../engine/workflow/search-attributes.js';
import { startDevServer } from '../../scripts/lib/dev-server.js';
import { provisionTemporalCli } from '../../scripts/lib/provision-temporal.js';
import { replayDefinitions, replayScenarios } from './scenarios.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(import.meta.dirname, 'histories');
const namespace = 'replay-recording';
const taskQueue = 'replay-recording';

async function main(only: string[]): Promise<void> {
  const cli = await provisionTemporalCli({ toolsDir: path.join(repoRoot, '.tools') });
  const server = await startDevServer({ cliPath: cli, namespace, port: 0, searchAttributes: engineSearchAttributes });
  const native = await NativeConnection.connect({ address: server.address });
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, namespace });
  const definitions = new InMemoryDefinitionStore();
  for (const d of replayDefinitions) definitions.add(d);
  const worker = await createEngineWorker({
    connection: native,
    namespace,
    taskQueue,
    activities: createEngineActivities({
      tasks: new InMemoryTaskStore(),
      definitions,
      messages: new InMemoryMessagePublisher(),
      logger: new MemoryLogger(),
    }),
  });
  const running = worker.run();
  try {
    await mkdir(outDir, { recursive: true });
    for (const scenario of replayScenarios.filter((s) => only.length === 0 || only.includes(s.name))) {
      // Replay passes the file stem as workflow id; child workflow ids derive from it, so they must match.
      const workflowId = `bpmnProcess.${scenario.name}`;
      const handle = await client.workflow.start<typeof bpmnProcess>('bpmnProcess', {
        taskQueue,
        workflowId,
        args: [
          {
            definitionId: `${scenario.graph.key}:1`,
            processKey: scenario.graph.key,
            version: 1,
            graph: scenario.graph,
            ...scenario.input,
          },
        ],
      });
      await scenario.drive?.(handle);
      await handle.result();
      const recorded = scenario.firstRun ? client.workflow.getHandle(workflowId, handle.firstExecutionRunId) : handle;
      const file = path.join(outDir, `bpmnProcess.${scenario.name}.json`);
      // Formatted like the rest of the repository, so `prettier --check` stays green.
      await writeFile(file, await format(historyToJSON(await recorded.fetchHistory()), { parser: 'json' }));
      console.log(`recorded ${path.relative(repoRoot, file)}`);
    }
  } finally {
    worker.shutdown();
    await running;
    await native.close();
    await connection.close();
    await server.stop();
  }
}

await main(process.argv.slice(2));
