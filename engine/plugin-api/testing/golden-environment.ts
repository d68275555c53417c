/**
 * One time-skipping Temporal test server and one workflow bundle per test file: the server
 * takes about a second to start and the bundle about four, while a run takes well under one.
 * `describeGoldenRuns` and `describePluginConformance` close it after the file's tests.
 */
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { provisionTestServer } from '../../../scripts/lib/provision-temporal.js';
import { bundleEngineWorkflows } from '../../worker/index.js';

export interface GoldenEnvironment {
  env: TestWorkflowEnvironment;
  namespace: string;
  bundle: WorkflowBundleWithSourceMap;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let shared: Promise<GoldenEnvironment> | undefined;

/** The file's environment, started on first use. */
export function goldenEnvironment(): Promise<GoldenEnvironment> {
  shared ??= start().catch((err: unknown) => {
    shared = undefined;
    throw err;
  });
  return shared;
}

/** Stops the test server; the next run starts a new one. Safe to call when none was started. */
export async function closeGoldenEnvironment(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (!current) return;
  const { env } = await current.catch(() => ({ env: undefined }));
  await env?.teardown();
}

async function start(): Promise<GoldenEnvironment> {
  quietSdkLogs();
  const toolsDir = process.env.PLAYBOOK_TOOLS_DIR ?? path.join(repoRoot, '.tools');
  const [server, bundle] = await Promise.all([provisionTestServer({ toolsDir }), bundleEngineWorkflows()]);
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: server } },
  });
  return { env, namespace: env.namespace ?? 'default', bundle };
}

// The test server lacks capabilities the SDK warns about once per worker; failures show in the
// run's own error messages, so keep the SDK to errors. The runtime is per process: first wins.
function quietSdkLogs(): void {
  try {
    Runtime.install({
      logger: new DefaultLogger('ERROR'),
      telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' } } },
    });
  } catch {
    // Already installed by the host or an earlier test: keep its settings.
  }
}
