import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestServer } from '../../scripts/lib/provision-temporal.js';
import {
  createEngineActivities,
  InMemoryDefinitionStore,
  InMemoryTaskStore,
  MemoryLogger,
} from '../activities/index.js';
import { createEngineWorker } from '../worker/index.js';
import type { bpmnProcess } from './index.js';
import type { ProcessInput } from './process-input.js';
import { buildGraph, n } from './test-support/graph-builder.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const taskQueue = `long-timers-${randomUUID()}`;
const tasks = new InMemoryTaskStore();
let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  const testServer = await provisionTestServer({ toolsDir: path.join(repoRoot, '.tools') });
  env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServer } },
  });
  worker = await createEngineWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    activities: createEngineActivities({
      tasks,
      definitions: new InMemoryDefinitionStore(),
      logger: new MemoryLogger(),
    }),
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
});

const execute = (graph: ReturnType<typeof buildGraph>, input: Partial<ProcessInput> = {}) =>
  env.client.workflow.execute<typeof bpmnProcess>('bpmnProcess', {
    taskQueue,
    workflowId: `long-${randomUUID()}`,
    // The time-skipping server has no custom search attributes registered.
    args: [
      {
        definitionId: `${graph.key}:1`,
        processKey: graph.key,
        version: 1,
        graph,
        settings: { searchAttributes: false },
        ...input,
      },
    ],
  });

const timer = (kind: 'duration' | 'cycle', literal: string) => ({
  kind: 'timer' as const,
  timer: { kind, value: { literal } },
});

describe('bpmnProcess long timers (time-skipping server)', () => {
  it('should sleep 30 days on the workflow clock and see the new date in FEEL', async () => {
    // given
    const graph = buildGraph(
      'month',
      [
        n.start('start'),
        n.script('before', 'now()', 'before'),
        n.timer('wait', 'P30D'),
        n.script('after', 'now()', 'after'),
        n.end('end'),
      ],
      [
        ['start', 'before'],
        ['before', 'wait'],
        ['wait', 'after'],
        ['after', 'end'],
      ],
    );
    // when
    const result = await execute(graph);
    // then
    const days =
      (Date.parse(String(result.variables.after)) - Date.parse(String(result.variables.before))) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(30);
    expect(days).toBeLessThan(31);
  });

  it('should remind daily and escalate after three days when nobody completes the task', async () => {
    // given
    const graph = buildGraph(
      'sla',
      [
        n.start('start'),
        n.user('approve'),
        n.boundary('remind', 'approve', timer('cycle', 'R/P1D'), false),
        n.script('count', 'reminders + 1', 'reminders'),
        n.end('reminded'),
        n.boundary('escalate', 'approve', timer('duration', 'P3DT1H')),
        n.end('escalated'),
        n.end('done'),
      ],
      [
        ['start', 'approve'],
        ['approve', 'done'],
        ['remind', 'count'],
        ['count', 'reminded'],
        ['escalate', 'escalated'],
      ],
    );
    // when
    const result = await execute(graph, { variables: { reminders: 0 } });
    // then
    expect(result.variables).toEqual({ reminders: 3 });
    const [task] = [...tasks.tasks.values()].filter((t) => t.nodeId === 'approve');
    expect(task?.closed?.reason).toBe('interrupted');
  });
});
