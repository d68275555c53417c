import type { BoundaryEventNode } from '../../graph/index.js';
import { applyResult } from '../variables.js';
import { type NodeHandler, complete } from './node-handler.js';

/**
 * A boundary event a token was sent to (see boundaries.ts for how they fire): merges the
 * message payload, or `errorCode`/`errorMessage` for error boundaries, and moves on.
 */
export const boundaryEventHandler: NodeHandler<BoundaryEventNode> = ({ engine, token, node }) => {
  const payload = token.triggered?.payload;
  if (payload) applyResult(engine, token, node, payload);
  return complete;
};
