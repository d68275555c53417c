import type { EndEventNode } from '../../graph/index.js';
import { BpmnError } from '../errors.js';
import { publishMessage } from '../message-throw.js';
import { type NodeHandler, ended } from './node-handler.js';

/**
 * End events. `terminate` ends every token of its scope instance (the process, or just the
 * enclosing sub-process); `error` throws a BPMN error to the nearest catching boundary.
 */
export const endEventHandler: NodeHandler<EndEventNode> = ({ engine, token, node }) => {
  const result = node.result;
  switch (result.kind) {
    case 'none':
      return ended;
    case 'terminate':
      engine.runtimes.get(token.scopeId)?.base.cancel();
      return ended;
    case 'error':
      throw new BpmnError(result.errorCode, `error end event ${node.id}`);
    case 'message':
      return publishMessage(engine, token, node, result.messageName).then(() => ended);
  }
};
