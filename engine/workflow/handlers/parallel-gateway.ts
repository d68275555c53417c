import type { ParallelGatewayNode } from '../../graph/index.js';
import { consumeParallelArrivals, joinTokens, parallelJoinReady } from '../joins.js';
import { type NodeContext, type NodeHandler, type NodeOutcome, consumed, parked } from './node-handler.js';

/** AND: a join waits for a token on every incoming flow; a split forks one token per outgoing flow. */
export const parallelGatewayHandler: NodeHandler<ParallelGatewayNode> = (ctx) =>
  ctx.node.incoming.length > 1 ? join(ctx) : { kind: 'complete', flows: [...ctx.node.outgoing] };

async function join({ engine, token, node }: NodeContext<ParallelGatewayNode>): Promise<NodeOutcome> {
  const joined = await joinTokens(engine, token, node, parallelJoinReady(node));
  if (joined === 'absorbed') return consumed;
  if (joined === 'parked') return parked;
  consumeParallelArrivals(engine, token, node);
  return { kind: 'complete', flows: [...node.outgoing] };
}
