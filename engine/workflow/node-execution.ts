import type { GraphNode } from '../graph/index.js';
import { withBoundaries } from './boundaries.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import { BpmnError, IncidentError } from './errors.js';
import { hasErrorBoundary } from './error-routing.js';
import { handlers } from './handlers/index.js';
import {
  type MaybePromise,
  type NodeHandler,
  type NodeOutcome,
  complete,
  isPromise,
  parked,
} from './handlers/node-handler.js';
import { runMultiInstance } from './multi-instance.js';
import { evaluateInputs } from './variables.js';

/**
 * Runs a node for a token: multi-instance body and boundary events around the handler, and
 * incidents: a failed attempt parks the token until `retryIncident`, then runs the node again.
 * Synchronous when the handler is (see NodeHandler for why that matters).
 */
export function executeNode(engine: Engine, token: TokenState, node: GraphNode): MaybePromise<NodeOutcome> {
  // The node's work finished in an earlier run; only the choice of flows is left.
  if (token.wait?.kind === 'leaving') return complete;
  if (token.incidentId) return retryLoop(engine, token, node);
  try {
    const result = attempt(engine, token, node);
    if (!isPromise(result)) return result;
    return result.catch((err: unknown) => {
      engine.incidents.raise(token, node, toIncident(engine, token, err));
      return retryLoop(engine, token, node);
    });
  } catch (err) {
    engine.incidents.raise(token, node, toIncident(engine, token, err));
    return retryLoop(engine, token, node);
  }
}

async function retryLoop(engine: Engine, token: TokenState, node: GraphNode): Promise<NodeOutcome> {
  for (;;) {
    if ((await engine.incidents.waitForRetry(token)) === 'parked') return parked;
    try {
      return await attempt(engine, token, node);
    } catch (err) {
      engine.incidents.raise(token, node, toIncident(engine, token, err));
    }
  }
}

function attempt(engine: Engine, token: TokenState, node: GraphNode): MaybePromise<NodeOutcome> {
  const body =
    node.multiInstance && !token.miInner
      ? () => runMultiInstance(engine, token, node)
      : () => runHandler(engine, token, node);
  // Boundaries attach to the multi-instance body as a whole, never to its items.
  if (!token.miInner && node.boundaryEvents?.length) return withBoundaries(engine, token, node, async () => body());
  return body();
}

function runHandler(engine: Engine, token: TokenState, node: GraphNode): MaybePromise<NodeOutcome> {
  if (node.inputs?.length && token.locals === undefined) token.locals = evaluateInputs(engine, token, node);
  const handler = handlers[node.type] as NodeHandler<GraphNode>;
  return handler({ engine, token, node });
}

/** BPMN errors that someone above catches keep travelling; everything else the token parks on. */
function toIncident(engine: Engine, token: TokenState, err: unknown): IncidentError {
  if (err instanceof BpmnError) {
    if (errorCaughtAbove(engine, token.scopeId, err.code)) throw err;
    return new IncidentError('unhandledError', `No error boundary catches "${err.code}": ${err.message}`, err.code);
  }
  if (err instanceof IncidentError) return err;
  throw err;
}

/** Whether an enclosing sub-process / multi-instance body (or the calling process) catches `code`. */
export function errorCaughtAbove(engine: Engine, scopeId: string, code: string): boolean {
  for (let s = engine.state.scopes[scopeId]; s; s = s.parentId ? engine.state.scopes[s.parentId] : undefined) {
    if (
      (s.kind === 'subProcess' || s.kind === 'multiInstance') &&
      s.nodeId &&
      hasErrorBoundary(engine, s.nodeId, code)
    ) {
      return true;
    }
    if (s.kind === 'process') return engine.input.parent !== undefined;
  }
  return false;
}
