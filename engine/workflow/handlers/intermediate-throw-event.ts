import type { IntermediateThrowEventNode } from '../../graph/index.js';
import { publishMessage } from '../message-throw.js';
import { type NodeHandler, complete } from './node-handler.js';

/** A none throw event passes through; a message throw event publishes through the host. */
export const intermediateThrowEventHandler: NodeHandler<IntermediateThrowEventNode> = ({ engine, token, node }) =>
  node.trigger.kind === 'message'
    ? publishMessage(engine, token, node, node.trigger.messageName).then(() => complete)
    : complete;
