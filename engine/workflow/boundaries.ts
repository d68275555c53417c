import { CancellationScope, condition, isCancellation } from '@temporalio/workflow';
import type { BoundaryEventNode, GraphNode } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import { BpmnError } from './errors.js';
import { matchErrorBoundary } from './error-routing.js';
import type { NodeOutcome } from './handlers/node-handler.js';
import { armTimer, sleepUntil, advanceTimer } from './timer-waits.js';
import { resolveCorrelationKey } from './correlation.js';

interface Interrupt {
  boundary: BoundaryEventNode;
  payload?: Record<string, unknown>;
}

/**
 * Runs a node's work with its boundary events armed. Interrupting timer/message boundaries
 * cancel the work (the handler closes its task with reason `interrupted`) and send the token
 * out through the boundary; non-interrupting ones fork a new token and keep the work
 * running (SLA reminders). Error boundaries catch BPMN errors the work throws.
 */
export async function withBoundaries(
  engine: Engine,
  token: TokenState,
  node: GraphNode,
  work: () => Promise<NodeOutcome>,
): Promise<NodeOutcome> {
  const boundaries = (node.boundaryEvents ?? []).map((id) => engine.node(id) as BoundaryEventNode);
  const workScope = new CancellationScope();
  const listenerScope = new CancellationScope();
  let interrupt: Interrupt | undefined;
  let outcome: NodeOutcome | undefined;
  let failure: { error: unknown } | undefined;

  // Arm everything before the work starts, so a bad timer or key expression fails the node cleanly.
  const armed = boundaries.map((boundary) => arm(engine, token, boundary));
  for (const [i, boundary] of boundaries.entries()) {
    const listener = armed[i];
    if (!listener) continue;
    const fire = (payload?: Record<string, unknown>) => {
      if (boundary.interrupting) interrupt ??= { boundary, payload };
      else engine.spawn(boundary.id, token.scopeId, { triggered: { payload } });
    };
    void listenerScope
      .run(() => listener(fire))
      .catch((err: unknown) => {
        if (!isCancellation(err)) failure ??= { error: err };
      });
  }
  const running = workScope.run(work).then(
    (o) => void (outcome = o),
    (error: unknown) => void (failure ??= { error }),
  );

  try {
    await condition(() => outcome !== undefined || failure !== undefined || interrupt !== undefined);
  } catch (err) {
    // The scope around this node was interrupted: let the work clean up before the token goes.
    listenerScope.cancel();
    await running;
    throw err;
  }
  listenerScope.cancel();
  if (interrupt && outcome === undefined && failure === undefined) {
    workScope.cancel();
    await running;
    return { kind: 'jump', nodeId: interrupt.boundary.id, payload: interrupt.payload };
  }
  if (failure) {
    if (outcome === undefined) {
      workScope.cancel();
      await running;
    }
    const { error } = failure;
    const caught = error instanceof BpmnError ? matchErrorBoundary(engine, node.id, error.code) : undefined;
    if (caught && error instanceof BpmnError) {
      return { kind: 'jump', nodeId: caught.id, payload: { errorCode: error.code, errorMessage: error.message } };
    }
    throw error;
  }
  return outcome as NodeOutcome;
}

type Listener = (fire: (payload?: Record<string, unknown>) => void) => Promise<void>;

/** Resolves a timer or message boundary's settings now and returns its waiting loop. */
function arm(engine: Engine, token: TokenState, boundary: BoundaryEventNode): Listener | undefined {
  const trigger = boundary.trigger;
  if (trigger.kind === 'timer') {
    const timers = (token.boundaryTimers ??= {});
    const progress = (timers[boundary.id] ??= armTimer(engine, trigger.timer, token.scopeId, token.locals));
    return async (fire) => {
      while (progress.dueAt >= 0) {
        await sleepUntil(engine, progress.dueAt);
        advanceTimer(progress);
        fire();
        if (boundary.interrupting) return;
      }
    };
  }
  if (trigger.kind === 'message') {
    const sub = {
      messageName: trigger.messageName,
      correlationKey: resolveCorrelationKey(engine, trigger.correlationKey, token.scopeId, token.locals),
    };
    return async (fire) => {
      for (;;) {
        const message = await engine.messages.waitFor(sub);
        fire(message?.payload);
        if (boundary.interrupting) return;
      }
    };
  }
  return undefined;
}
