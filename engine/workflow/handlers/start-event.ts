import type { StartEventNode } from '../../graph/index.js';
import { applyResult } from '../variables.js';
import { type NodeHandler, complete } from './node-handler.js';

/** A start event: passes through, merging the payload of the message that started it, if any. */
export const startEventHandler: NodeHandler<StartEventNode> = ({ engine, token, node }) => {
  const payload = token.triggered?.payload;
  if (payload) applyResult(engine, token, node, payload);
  return complete;
};
