import type { ReceiveTaskNode } from '../../graph/index.js';
import { catchMessage } from '../message-catch.js';
import type { NodeHandler } from './node-handler.js';

/** A receive task: waits for the message like an intermediate message catch event. */
export const receiveTaskHandler: NodeHandler<ReceiveTaskNode> = ({ engine, token, node }) =>
  catchMessage(engine, token, node, node.messageName, node.correlationKey);
