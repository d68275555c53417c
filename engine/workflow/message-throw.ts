import { workflowInfo } from '@temporalio/workflow';
import type { GraphNode } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';

/**
 * Throws a BPMN message through the host's MessagePublisher (engine.publishMessage
 * activity). The payload is the node's input mappings; an input named `correlationKey`
 * becomes the message's correlation key instead of payload.
 */
export async function publishMessage(
  engine: Engine,
  token: TokenState,
  node: GraphNode,
  messageName: string,
): Promise<void> {
  const { correlationKey, ...payload } = token.locals ?? {};
  await engine.activities.engine['engine.publishMessage']({
    messageName,
    ...(correlationKey === undefined || correlationKey === null ? {} : { correlationKey: String(correlationKey) }),
    payload,
    source: {
      workflowId: workflowInfo().workflowId,
      processKey: engine.input.processKey,
      nodeId: node.id,
      ...(engine.input.businessKey ? { businessKey: engine.input.businessKey } : {}),
    },
  });
}
