import { type NativeConnection, Worker, type WorkerOptions, type WorkflowBundleOption } from '@temporalio/worker';
import type { EngineActivities } from '../activities/index.js';
import { bundleEngineWorkflows } from './bundle.js';

export interface EngineWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** From `createEngineActivities(deps)`, plus any plugin activities the host adds. */
  activities: EngineActivities | Record<string, (...args: never[]) => Promise<unknown>>;
  /** A prebuilt bundle; bundled (and cached per process) when omitted. */
  workflowBundle?: WorkflowBundleOption;
  /** Extra Temporal worker options (tuning: maxCachedWorkflows, concurrency…). */
  tuning?: Partial<
    Omit<WorkerOptions, 'connection' | 'namespace' | 'taskQueue' | 'activities' | 'workflowBundle' | 'workflowsPath'>
  >;
}

/**
 * A worker that runs the BPMN interpreter workflow and the given activities. The process must
 * run with TZ=UTC for plugin code; the interpreter itself does not depend on the zone.
 */
export async function createEngineWorker(opts: EngineWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: opts.activities as Record<string, (...args: unknown[]) => Promise<unknown>>,
    workflowBundle: opts.workflowBundle ?? (await bundleEngineWorkflows()),
    ...opts.tuning,
  });
}
