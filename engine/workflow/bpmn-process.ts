import {
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  isCancellation,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import { Engine } from './engine.js';
import { ROOT_SCOPE } from './engine-state.js';
import { BpmnError } from './errors.js';
import { installMessageHandlers } from './message-handlers.js';
import type { ProcessInput, ProcessResult } from './process-input.js';
import { runScope } from './scope-runner.js';
import {
  businessKeyAttribute,
  openTasksAttribute,
  processKeyAttribute,
  processVersionAttribute,
} from './search-attributes.js';

/**
 * The one generic workflow: interprets `input.graph` with tokens until the process ends.
 * Continues as new (carrying tokens, variables, tasks and incidents) when the history gets
 * long. Business problems never fail it: they become incidents or BPMN errors.
 */
export async function bpmnProcess(input: ProcessInput): Promise<ProcessResult> {
  const engine = new Engine(input);
  const processScope = new CancellationScope();
  let cancelledByTemporal = false;
  // Registered before any child scope exists, so it runs before their cleanup handlers do.
  CancellationScope.current().cancelRequested.catch(() => {
    cancelledByTemporal = true;
    engine.cancelling = true;
  });
  installMessageHandlers(engine, () => {
    engine.cancelling = true;
    processScope.cancel();
  });
  writeSearchAttributes(engine);
  if (!input.continuation) engine.newToken(startNodeOf(input), ROOT_SCOPE);
  condition(() => engine.pacing.shouldContinueAsNew())
    .then(() => void (engine.draining = true))
    .catch(() => undefined);

  const variables = () => engine.scope(ROOT_SCOPE).variables;
  let outcome: 'completed' | 'parked';
  try {
    outcome = await processScope.run(() => runScope(engine, ROOT_SCOPE));
  } catch (err) {
    if (isCancellation(err)) {
      engine.status = 'cancelled';
      if (cancelledByTemporal) throw err;
      return { status: 'cancelled', variables: variables() };
    }
    // Only a called process lets a BPMN error escape: its parent's call activity rethrows it.
    if (err instanceof BpmnError && input.parent) {
      engine.status = 'completed';
      return { status: 'completed', variables: variables(), error: { code: err.code, message: err.message } };
    }
    throw err;
  }
  if (outcome === 'parked') {
    engine.parked = true;
    await condition(allHandlersFinished);
    return continueAsNew<typeof bpmnProcess>({
      ...input,
      variables: undefined,
      continuation: { ...engine.state, generation: engine.state.generation + 1 },
    });
  }
  engine.status = 'completed';
  await condition(allHandlersFinished);
  return { status: 'completed', variables: variables() };
}

function startNodeOf(input: ProcessInput): string {
  if (input.startNodeId) return input.startNodeId;
  const { graph } = input;
  const none = graph.startNodeIds.find((id) => {
    const node = graph.nodes[id];
    return node?.type === 'startEvent' && node.trigger.kind === 'none';
  });
  const start = none ?? graph.startNodeIds[0];
  if (!start) throw new Error(`process ${graph.key} has no start event`);
  return start;
}

function writeSearchAttributes(engine: Engine): void {
  if (!engine.settings.searchAttributes) return;
  const { input } = engine;
  const openTasks = Object.keys(engine.state.tasks);
  upsertSearchAttributes([
    { key: processKeyAttribute, value: input.processKey },
    { key: processVersionAttribute, value: input.version },
    ...(input.businessKey ? [{ key: businessKeyAttribute, value: input.businessKey }] : []),
    ...(openTasks.length ? [{ key: openTasksAttribute, value: openTasks }] : []),
  ]);
}
