import type { ExclusiveGatewayNode } from '../../graph/index.js';
import { IncidentError } from '../errors.js';
import { evaluateCondition } from '../feel.js';
import { visibleVariables } from '../variables.js';
import { type NodeHandler, complete } from './node-handler.js';

/** XOR: the first outgoing flow (in diagram order) whose condition holds, else the default flow. */
export const exclusiveGatewayHandler: NodeHandler<ExclusiveGatewayNode> = ({ engine, token, node }) => {
  // A merging exclusive gateway just passes every token through.
  if (node.outgoing.length <= 1) return complete;
  const vars = visibleVariables(engine, token.scopeId, token.locals);
  for (const flowId of node.outgoing) {
    if (flowId === node.defaultFlow) continue;
    const condition = engine.flow(flowId).condition;
    if (condition === undefined || evaluateCondition(condition, vars, engine.now())) {
      return { kind: 'complete', flows: [flowId] };
    }
  }
  if (node.defaultFlow) return { kind: 'complete', flows: [node.defaultFlow] };
  throw new IncidentError(
    'noOutgoingFlow',
    `No condition of exclusive gateway ${node.id} holds and it has no default flow`,
  );
};
