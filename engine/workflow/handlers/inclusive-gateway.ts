import type { InclusiveGatewayNode } from '../../graph/index.js';
import { IncidentError } from '../errors.js';
import { conditionalFlows } from '../flow-selection.js';
import { consumeInclusiveArrivals, inclusiveJoinReady, joinTokens } from '../joins.js';
import { type NodeContext, type NodeHandler, type NodeOutcome, consumed, parked } from './node-handler.js';

/**
 * OR: a join waits until no other token of its scope instance can still reach it; a split
 * takes every flow whose condition holds, or the default flow when none does.
 */
export const inclusiveGatewayHandler: NodeHandler<InclusiveGatewayNode> = (ctx) =>
  ctx.node.incoming.length > 1 ? join(ctx) : split(ctx);

async function join(ctx: NodeContext<InclusiveGatewayNode>): Promise<NodeOutcome> {
  const { engine, token, node } = ctx;
  const joined = await joinTokens(engine, token, node, inclusiveJoinReady(engine, token.scopeId, node));
  if (joined === 'absorbed') return consumed;
  if (joined === 'parked') return parked;
  consumeInclusiveArrivals(engine, token, node);
  return split(ctx);
}

function split({ engine, token, node }: NodeContext<InclusiveGatewayNode>): NodeOutcome {
  if (node.outgoing.length <= 1) return { kind: 'complete', flows: [...node.outgoing] };
  const flows = conditionalFlows(engine, token, node, node.defaultFlow);
  if (flows.length === 0) {
    throw new IncidentError(
      'noOutgoingFlow',
      `No condition of inclusive gateway ${node.id} holds and it has no default flow`,
    );
  }
  return { kind: 'complete', flows };
}
