import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { bpmnProcess } from '../workflow/index.js';
import { processStateQuery } from '../workflow/messages.js';
import { buildGraph, n } from '../workflow/test-support/graph-builder.js';
import { waitFor } from '../workflow/test-support/wait-for.js';
import { bundleEngineWorkflows } from './index.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const script = path.join(import.meta.dirname, 'test-support/worker-process.ts');
const taskQueue = `crash-${randomUUID()}`;
let bundleFile: string;
let connection: Connection;
let client: Client;
const children: ChildProcess[] = [];

beforeAll(async () => {
  const bundle = await bundleEngineWorkflows();
  bundleFile = path.join(await mkdtemp(path.join(tmpdir(), 'engine-bundle-')), 'bundle.js');
  await writeFile(bundleFile, bundle.code);
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection, namespace: inject('temporalNamespace') });
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await connection?.close();
});

/** Starts a worker process and resolves once it polls. */
async function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: {
      ...process.env,
      TZ: 'UTC',
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('temporalNamespace'),
      TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE: bundleFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${output}`)));
  });
  return child;
}

describe('engine worker crash', () => {
  it('should complete an instance waiting on a timer after its worker process was SIGKILLed', async () => {
    // given
    const graph = buildGraph(
      'crash',
      [
        n.start('start'),
        n.service('before', 'core.echo@1', { inputs: [{ source: '"done"', target: 'before' }] }),
        n.timer('wait', 'PT3S'),
        n.script('after', 'true', 'after'),
        n.end('end'),
      ],
      [
        ['start', 'before'],
        ['before', 'wait'],
        ['wait', 'after'],
        ['after', 'end'],
      ],
    );
    const first = await startWorkerProcess();
    const handle = await client.workflow.start<typeof bpmnProcess>('bpmnProcess', {
      taskQueue,
      workflowId: `crash-${randomUUID()}`,
      args: [{ definitionId: 'crash:1', processKey: 'crash', version: 1, graph }],
    });
    await waitFor(async () => (await handle.query(processStateQuery)).activeNodes.includes('wait'));
    // when
    first.kill('SIGKILL');
    await once(first, 'exit');
    const second = await startWorkerProcess();
    const result = await handle.result();
    // then
    expect(first.signalCode).toBe('SIGKILL');
    expect(result).toEqual({ status: 'completed', variables: { before: 'done', after: true } });
    second.kill('SIGTERM');
    await once(second, 'exit');
  });
});
