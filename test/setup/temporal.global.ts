/**
 * One real Temporal dev server for the whole test run, on free ports with an in-memory
 * store, unless TEMPORAL_ADDRESS points at an existing one. A missing binary fails the
 * run with the provisioning message: integration tests never skip.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { engineSearchAttributes } from '../../engine/workflow/search-attributes.js';
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server.js';
import { provisionTemporalCli } from '../../scripts/lib/provision-temporal.js';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalNamespace: string;
    temporalCli: string;
  }
}

const repoRoot = path.resolve(import.meta.dirname, '../..');
let server: DevServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'playbook-test';
  const toolsDir = process.env.PLAYBOOK_TOOLS_DIR ?? path.join(repoRoot, '.tools');
  const cli = await provisionTemporalCli({ toolsDir });
  project.provide('temporalCli', cli);
  if (process.env.TEMPORAL_ADDRESS) {
    project.provide('temporalAddress', process.env.TEMPORAL_ADDRESS);
    project.provide('temporalNamespace', namespace);
    return;
  }
  server = await startDevServer({ cliPath: cli, namespace, port: 0, searchAttributes: engineSearchAttributes });
  project.provide('temporalAddress', server.address);
  project.provide('temporalNamespace', namespace);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
