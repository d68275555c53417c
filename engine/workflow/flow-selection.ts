import type { GraphNode } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import { IncidentError } from './errors.js';
import { evaluateCondition } from './feel.js';
import { visibleVariables } from './variables.js';

/** Outgoing flows whose condition holds (unconditional flows always do); `defaultFlow` only when none does. */
export function conditionalFlows(engine: Engine, token: TokenState, node: GraphNode, defaultFlow?: string): string[] {
  const vars = visibleVariables(engine, token.scopeId, token.locals);
  const taken = node.outgoing.filter((id) => {
    if (id === defaultFlow) return false;
    const condition = engine.flow(id).condition;
    return condition === undefined || evaluateCondition(condition, vars, engine.now());
  });
  if (taken.length === 0 && defaultFlow) return [defaultFlow];
  return taken;
}

/** Flows a non-gateway node leaves by: BPMN's implicit parallel split over the conditions that hold. */
export function selectFlows(engine: Engine, token: TokenState, node: GraphNode): string[] {
  if (node.outgoing.length === 0) return [];
  const flows = conditionalFlows(engine, token, node);
  if (flows.length === 0) {
    throw new IncidentError('noOutgoingFlow', `no condition of the flows leaving ${node.id} holds`);
  }
  return flows;
}
