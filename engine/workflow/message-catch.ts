import type { FeelExpression, GraphNode } from '../graph/index.js';
import { resolveCorrelationKey } from './correlation.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import { type NodeOutcome, complete, parked } from './handlers/node-handler.js';
import { applyResult } from './variables.js';

/**
 * Waits for a message (delivered by messageSignal) matching the name and, when the node has
 * one, the correlation key evaluated on entry. The payload is merged (or output-mapped).
 */
export async function catchMessage(
  engine: Engine,
  token: TokenState,
  node: GraphNode,
  messageName: string,
  correlationKey: FeelExpression | undefined,
): Promise<NodeOutcome> {
  let payload = token.triggered?.payload;
  if (!token.triggered) {
    if (token.wait?.kind !== 'message') {
      const key = resolveCorrelationKey(engine, correlationKey, token.scopeId, token.locals);
      token.wait = { kind: 'message', messageName, ...(key !== undefined ? { correlationKey: key } : {}) };
    }
    const message = await engine.messages.waitFor(token.wait, () => engine.draining);
    if (!message) return parked;
    payload = message.payload;
  }
  applyResult(engine, token, node, payload ?? {});
  return complete;
}
