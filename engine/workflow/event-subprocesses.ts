import { CancellationScope, isCancellation, log } from '@temporalio/workflow';
import type { EventSubProcessNode, StartEventNode, SubProcessNode } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { ScopeState } from './engine-state.js';
import { runScope } from './scope-runner.js';
import type { ScopeRuntime } from './scope-runtime.js';
import { advanceTimer, armTimer, sleepUntil } from './timer-waits.js';

/**
 * Event sub-processes of a running scope: a listener per timer/message start event, and
 * the instances they start. An interrupting one cancels the scope's tokens (tasks close as
 * `interrupted`) and its other listeners, then the scope ends when that instance ends.
 * A non-interrupting one runs beside the scope's tokens and keeps listening.
 */
export function startEventSubProcesses(engine: Engine, rt: ScopeRuntime): void {
  const scope = engine.scope(rt.scopeId);
  for (const child of Object.values(engine.state.scopes)) {
    if (child.parentId === scope.id && child.kind === 'eventSubProcess') runInstance(engine, rt, child.id);
  }
  if (scope.interrupted) return;
  for (const id of eventSubProcessIds(engine, scope)) {
    const esp = engine.node(id) as EventSubProcessNode;
    const start = engine.node(esp.startNodeId) as StartEventNode;
    void rt.listeners
      .run(() => listen(engine, rt, esp, start))
      .catch((err: unknown) => {
        if (isCancellation(err)) return;
        // A bad timer expression has no token to park; the listener stays off and says so.
        log.error('event sub-process listener stopped', { nodeId: esp.id, error: String(err) });
      });
  }
}

function eventSubProcessIds(engine: Engine, scope: ScopeState): string[] {
  if (scope.kind === 'process') return engine.graph.eventSubProcesses;
  if (scope.kind === 'subProcess' && scope.nodeId)
    return (engine.node(scope.nodeId) as SubProcessNode).eventSubProcesses ?? [];
  return [];
}

async function listen(
  engine: Engine,
  rt: ScopeRuntime,
  esp: EventSubProcessNode,
  start: StartEventNode,
): Promise<void> {
  const scope = engine.scope(rt.scopeId);
  const interrupting = start.interrupting !== false;
  const trigger = start.trigger;
  if (trigger.kind === 'timer') {
    const listeners = (scope.listeners ??= {});
    const progress = (listeners[start.id] ??= armTimer(engine, trigger.timer, scope.id));
    while (progress.dueAt >= 0) {
      await sleepUntil(engine, progress.dueAt);
      advanceTimer(progress);
      trigger_(engine, rt, esp, start, interrupting, undefined);
      if (interrupting) return;
    }
  } else if (trigger.kind === 'message') {
    for (;;) {
      const message = await engine.messages.waitFor({ messageName: trigger.messageName });
      trigger_(engine, rt, esp, start, interrupting, message?.payload);
      if (interrupting) return;
    }
  }
}

function trigger_(
  engine: Engine,
  rt: ScopeRuntime,
  esp: EventSubProcessNode,
  start: StartEventNode,
  interrupting: boolean,
  payload: Record<string, unknown> | undefined,
): void {
  const instance = engine.createScope('eventSubProcess', esp.id, rt.scopeId);
  engine.newToken(start.id, instance.id, { triggered: { payload: payload ?? {} } });
  if (interrupting) {
    engine.scope(rt.scopeId).interrupted = true;
    rt.listeners.cancel();
    rt.tokens.cancel();
    for (const cancel of rt.eventSubProcesses.values()) cancel.cancel();
  }
  runInstance(engine, rt, instance.id);
}

function runInstance(engine: Engine, rt: ScopeRuntime, scopeId: string): void {
  const cancel = new CancellationScope({ cancellable: true, parent: rt.base });
  rt.eventSubProcesses.set(scopeId, cancel);
  void cancel
    .run(() => runScope(engine, scopeId))
    .then(
      (outcome) => {
        if (outcome === 'completed') engine.deleteScope(scopeId);
      },
      (err: unknown) => {
        engine.deleteScope(scopeId);
        if (!isCancellation(err)) rt.fail(err);
      },
    )
    .finally(() => rt.eventSubProcesses.delete(scopeId));
}
