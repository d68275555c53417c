/**
 * `runGoldenRun`: plays one `<playbook>.<scenario>.run.json` on the time-skipping Temporal test
 * server with the real interpreter, the core activities and the plugins' activities, and
 * throws a message naming the file, the step and what differed when the run does not go as
 * written.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssignmentResolver } from '../../activities/index.js';
import type { ProcessState } from '../../workflow/messages.js';
import type { ProcessInput } from '../../workflow/process-input.js';
import type { PluginManifest } from '../define-plugin.js';
import { staticSecretSource } from '../plugin-secrets.js';
import { coreFormsDir, FormLibrary, type FormInput } from './form-library.js';
import { GoldenDriver } from './golden-driver.js';
import { goldenEnvironment } from './golden-environment.js';
import { checkExpectations } from './golden-expect.js';
import { compileGoldenProcesses } from './golden-processes.js';
import { readGoldenRun } from './golden-run-format.js';
import { runStep } from './golden-steps.js';
import { createGoldenWorkers, runQueues } from './golden-workers.js';
import { memoryPluginDeps, type MemoryPluginDeps } from './memory-plugin-deps.js';

export interface GoldenRunOptions {
  /** Plugins whose activities, forms and playbooks the run may use. */
  plugins?: readonly PluginManifest[];
  /** More `.bpmn` files, or folders of them, the run can reach besides its own folder's (processes it calls). */
  extraProcesses?: readonly (URL | string)[];
  /** More forms: documents, `.schema.json` files or folders of them (core forms and `<run folder>/forms` are always known). */
  extraForms?: readonly FormInput[];
  /** Secret values for plugin activities: `{ [pluginId]: { [name]: value } }`. */
  secrets?: Record<string, Record<string, string>>;
  /** How long to wait for any one thing: a task to open, the instance to settle, the end. Default 20 000 ms. */
  timeoutMs?: number;
  /** Resolves assignments (`@supervisor`, groups) the way the platform's org directory would; none by default. */
  assignments?: AssignmentResolver;
}

export interface GoldenRunResult {
  workflowId: string;
  /** The instance's state at the end. */
  state: ProcessState;
  /** What plugin activities (and `core.notify@1`) sent, stored and logged during the run. */
  deps: MemoryPluginDeps;
}

/**
 * Runs one golden-run file; resolves with the final state, throws when anything differs.
 * @example
 * await runGoldenRun(new URL('./request-review.main.run.json', import.meta.url), { plugins: [shopPlugin] });
 */
export async function runGoldenRun(runFile: string | URL, opts: GoldenRunOptions = {}): Promise<GoldenRunResult> {
  const file = runFile instanceof URL ? fileURLToPath(runFile) : path.resolve(runFile);
  const runDir = path.dirname(file);
  const label = `golden run ${path.basename(file)}`;
  const run = await readGoldenRun(file, path.basename(file));
  const plugins = opts.plugins ?? [];
  const forms = new FormLibrary();
  for (const input of [coreFormsDir, path.join(runDir, 'forms'), ...(opts.extraForms ?? [])]) {
    await forms.addInput(input);
  }
  for (const plugin of plugins) await forms.addPlugin(plugin);
  const queues = runQueues(plugins);
  const { definitions, target } = await compileGoldenProcesses({
    label: path.basename(file),
    runDir,
    process: run.process,
    plugins,
    extraProcesses: opts.extraProcesses ?? [],
    forms,
    queueOf: (plugin) => queues.get(plugin.id),
  });
  const golden = await goldenEnvironment();
  const deps = memoryPluginDeps(opts.secrets ? staticSecretSource(opts.secrets) : undefined);
  const workers = await createGoldenWorkers(golden, plugins, queues, {
    definitions,
    deps,
    assignments: opts.assignments,
  });
  const input: ProcessInput = {
    definitionId: `${target.key}:1`,
    processKey: target.key,
    version: 1,
    graph: target,
    variables: run.start.variables ?? {},
    ...(run.start.businessKey ? { businessKey: run.start.businessKey } : {}),
    ...(run.start.startedBy ? { startedBy: run.start.startedBy } : {}),
    // The test server has none of the platform's search attributes registered.
    settings: { searchAttributes: false },
  };
  const workflowId = `golden-${target.key}-${randomUUID()}`;
  const work = (async () => {
    const handle = await golden.env.client.workflow.start('bpmnProcess', {
      taskQueue: workers.taskQueue,
      workflowId,
      args: [input],
    });
    const driver = new GoldenDriver(handle, label, opts.timeoutMs ?? 20_000);
    const expectedIncidents = new Set<string>();
    try {
      const actor = run.start.startedBy ?? 'golden-run';
      const ctx = { driver, env: golden.env, forms, actor, expectedIncidents, inbox: workers.tasks };
      for (const [i, step] of run.steps.entries()) await runStep(step, i, ctx);
      return await checkExpectations(run.expect, driver, expectedIncidents);
    } finally {
      await handle.terminate('golden run finished').catch(() => undefined);
    }
  })();
  const state = await workers.runUntil(work);
  return { workflowId, state, deps };
}
