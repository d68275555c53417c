import { isCancellation } from '@temporalio/workflow';
import type { GraphNode } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import { selectFlows } from './flow-selection.js';
import { IncidentError } from './errors.js';
import { type MaybePromise, isPromise } from './handlers/node-handler.js';
import { executeNode } from './node-execution.js';

/**
 * One token's fiber: execute the node, follow the chosen flows (forking extra tokens),
 * repeat until the token ends or parks. A cancelled fiber (interrupt, terminate, process
 * cancel) removes its token after the handler cleaned up.
 */
export async function runToken(engine: Engine, token: TokenState): Promise<void> {
  try {
    for (;;) {
      if (engine.draining) return;
      if (engine.pacing.shouldYield()) {
        await engine.activities.local['engine.yield']();
        if (engine.draining) return;
      }
      const node = engine.node(token.nodeId);
      const executed = executeNode(engine, token, node);
      // Await only real promises: every promise costs a stack capture in the sandbox.
      const outcome = isPromise(executed) ? await executed : executed;
      if (outcome.kind === 'parked') return;
      if (outcome.kind === 'consumed') {
        if (outcome.completed) engine.markCompleted(node.id);
        engine.removeToken(token);
        return;
      }
      if (outcome.kind === 'jump') {
        moveTo(token, outcome.nodeId, undefined);
        token.triggered = { payload: outcome.payload };
        continue;
      }
      engine.markCompleted(node.id);
      // An inner instance of a multi-instance body ends its item scope instead of moving on.
      const chosen = token.miInner ? [] : (outcome.flows ?? leaveNode(engine, token, node));
      const flows = isPromise(chosen) ? await chosen : chosen;
      if (flows === undefined) return;
      if (flows.length === 0) {
        engine.removeToken(token);
        return;
      }
      for (const flowId of flows.slice(1)) engine.spawn(engine.flow(flowId).target, token.scopeId, { viaFlow: flowId });
      const first = flows[0] as string;
      moveTo(token, engine.flow(first).target, first);
      if (outcome.triggered) token.triggered = outcome.triggered;
    }
  } catch (err) {
    if (isCancellation(err)) {
      engine.removeToken(token);
      return;
    }
    throw err;
  }
}

/**
 * Chooses the flows after the node's work is done. A failing condition parks the token here
 * (not in the handler), so retrying the incident does not redo the node's work.
 */
function leaveNode(engine: Engine, token: TokenState, node: GraphNode): MaybePromise<string[] | undefined> {
  token.wait = { kind: 'leaving' };
  if (!token.incidentId) {
    try {
      return selectFlows(engine, token, node);
    } catch (err) {
      if (!(err instanceof IncidentError)) throw err;
      engine.incidents.raise(token, node, err);
    }
  }
  return leaveAfterIncident(engine, token, node);
}

async function leaveAfterIncident(engine: Engine, token: TokenState, node: GraphNode): Promise<string[] | undefined> {
  for (;;) {
    if (token.incidentId && (await engine.incidents.waitForRetry(token)) === 'parked') return undefined;
    try {
      return selectFlows(engine, token, node);
    } catch (err) {
      if (!(err instanceof IncidentError)) throw err;
      engine.incidents.raise(token, node, err);
    }
  }
}

/** Puts the token on a new node, dropping everything that belonged to the old one. */
function moveTo(token: TokenState, nodeId: string, viaFlow: string | undefined): void {
  token.nodeId = nodeId;
  token.viaFlow = viaFlow;
  delete token.wait;
  delete token.incidentId;
  delete token.incidentCount;
  delete token.locals;
  delete token.boundaryTimers;
  delete token.mi;
  delete token.triggered;
  delete token.done;
}
