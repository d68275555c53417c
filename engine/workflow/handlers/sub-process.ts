import type { SubProcessNode } from '../../graph/index.js';
import { runScope } from '../scope-runner.js';
import { type NodeHandler, complete, parked } from './node-handler.js';

/**
 * An embedded sub-process: a child scope instance (its input mappings become its local
 * variables) started at its none start event; the node completes when the scope has no
 * tokens left. BPMN errors from inside surface here for the boundary events.
 */
export const subProcessHandler: NodeHandler<SubProcessNode> = async ({ engine, token, node }) => {
  let scopeId = token.wait?.kind === 'scope' ? token.wait.scopeId : undefined;
  if (!scopeId || !engine.state.scopes[scopeId]) {
    const scope = engine.createScope('subProcess', node.id, token.scopeId, token.locals ?? {});
    engine.newToken(node.startNodeId, scope.id);
    scopeId = scope.id;
    token.wait = { kind: 'scope', scopeId };
  }
  try {
    const outcome = await runScope(engine, scopeId);
    if (outcome === 'parked') return parked;
  } catch (err) {
    engine.deleteScope(scopeId);
    throw err;
  }
  engine.deleteScope(scopeId);
  return complete;
};
