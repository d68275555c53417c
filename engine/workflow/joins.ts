import { condition } from '@temporalio/workflow';
import type { GraphNode } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { JoinState, TokenState } from './engine-state.js';
import { canReach } from './reachability.js';

function joinKey(token: TokenState, node: GraphNode): string {
  // Scope-qualified: each sub-process or multi-instance item joins its own tokens.
  return `${token.scopeId}/${node.id}`;
}

/**
 * Records the token's arrival at a join. The first arrival waits (and is the one that
 * leaves); later arrivals are absorbed. Resolves `fire` when `ready` holds.
 */
export async function joinTokens(
  engine: Engine,
  token: TokenState,
  node: GraphNode,
  ready: (join: JoinState) => boolean,
): Promise<'fire' | 'absorbed' | 'parked'> {
  const key = joinKey(token, node);
  if (token.wait?.kind !== 'join') {
    const join = (engine.state.joins[key] ??= { arrivals: {} });
    const via = token.viaFlow ?? '';
    join.arrivals[via] = (join.arrivals[via] ?? 0) + 1;
    if (
      join.waitingTokenId &&
      join.waitingTokenId !== token.id &&
      engine.state.tokens.some((t) => t.id === join.waitingTokenId)
    ) {
      return 'absorbed';
    }
    join.waitingTokenId = token.id;
    token.wait = { kind: 'join' };
  }
  const join = engine.state.joins[key] as JoinState;
  await condition(() => ready(join) || engine.draining);
  return ready(join) ? 'fire' : 'parked';
}

export function parallelJoinReady(node: GraphNode): (join: JoinState) => boolean {
  return (join) => node.incoming.every((flowId) => (join.arrivals[flowId] ?? 0) > 0);
}

/** One arrival per incoming flow leaves; surplus arrivals (loops) wait for the next firing. */
export function consumeParallelArrivals(engine: Engine, token: TokenState, node: GraphNode): void {
  const key = joinKey(token, node);
  const join = engine.state.joins[key];
  if (!join) return;
  for (const flowId of node.incoming) {
    const left = (join.arrivals[flowId] ?? 1) - 1;
    if (left > 0) join.arrivals[flowId] = left;
    else delete join.arrivals[flowId];
  }
  delete join.waitingTokenId;
  if (Object.keys(join.arrivals).length === 0) delete engine.state.joins[key];
}

/** Ready when something arrived and no other token of the scope instance can still get here. */
export function inclusiveJoinReady(engine: Engine, scopeId: string, node: GraphNode): (join: JoinState) => boolean {
  return (join) =>
    Object.values(join.arrivals).some((n) => n > 0) &&
    engine.state.tokens.every(
      (t) => t.scopeId !== scopeId || t.id === join.waitingTokenId || !canReach(engine, t.nodeId, node.id),
    );
}

export function consumeInclusiveArrivals(engine: Engine, token: TokenState, node: GraphNode): void {
  delete engine.state.joins[joinKey(token, node)];
}
