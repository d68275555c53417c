import type { ServiceTaskNode } from '../../graph/index.js';
import { applyResult, visibleVariables } from '../variables.js';
import { type NodeHandler, complete } from './node-handler.js';

/**
 * Service, send and business-rule tasks: one activity call of type `node.activity.activityType`
 * on the node's task queue, with the node's timeouts and retries. Input is the node's input
 * mappings, or every visible variable when it has none.
 */
export const serviceTaskHandler: NodeHandler<ServiceTaskNode> = async ({ engine, token, node }) => {
  if (!token.done) {
    const input = token.locals ?? visibleVariables(engine, token.scopeId);
    const value = await engine.activities.run(node.activity.activityType, node.activity.taskQueue, node.options, input);
    token.done = { value };
  }
  applyResult(engine, token, node, token.done.value);
  return complete;
};
