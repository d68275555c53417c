import type { ScriptTaskNode } from '../../graph/index.js';
import { evaluateFeel } from '../feel.js';
import { applyResult, visibleVariables } from '../variables.js';
import { type NodeHandler, complete } from './node-handler.js';

/** A script task: one FEEL expression (never JavaScript), its value stored in `resultVariable`. */
export const scriptTaskHandler: NodeHandler<ScriptTaskNode> = ({ engine, token, node }) => {
  const value = evaluateFeel(node.expression, visibleVariables(engine, token.scopeId, token.locals), engine.now());
  applyResult(engine, token, node, value);
  return complete;
};
