import { condition } from '@temporalio/workflow';
import type { EventBasedGatewayNode } from '../../graph/index.js';
import { resolveCorrelationKey } from '../correlation.js';
import type { Engine } from '../engine.js';
import type { TokenState, WaitState } from '../engine-state.js';
import { armTimer } from '../timer-waits.js';
import { type NodeHandler, parked } from './node-handler.js';

type GatewayWait = Extract<WaitState, { kind: 'eventGateway' }>;

/**
 * Waits for whichever event after the gateway happens first (timer catch, message catch or
 * receive task) and sends the token down that branch; the catch node then completes at once.
 */
export const eventBasedGatewayHandler: NodeHandler<EventBasedGatewayNode> = async ({ engine, token, node }) => {
  const wait = token.wait?.kind === 'eventGateway' ? token.wait : arm(engine, token, node);
  token.wait = wait;
  let winner: { nodeId: string; payload?: Record<string, unknown> } | undefined;
  const takeMessage = () => {
    for (const [nodeId, sub] of Object.entries(wait.messages)) {
      const message = engine.messages.take(sub);
      if (message) {
        winner = { nodeId, payload: message.payload };
        return true;
      }
    }
    return engine.draining;
  };
  const timers = Object.entries(wait.timers).sort((a, b) => a[1] - b[1]);
  const earliest = timers[0];
  if (!earliest) await condition(takeMessage);
  else if (earliest[1] <= engine.now() || !(await condition(takeMessage, earliest[1] - engine.now()))) {
    winner ??= { nodeId: earliest[0] };
  }
  if (!winner) return parked;
  const target = winner.nodeId;
  const flow = node.outgoing.find((f) => engine.flow(f).target === target) as string;
  return { kind: 'complete', flows: [flow], triggered: { payload: winner.payload ?? {} } };
};

function arm(engine: Engine, token: TokenState, node: EventBasedGatewayNode): GatewayWait {
  const wait: GatewayWait = { kind: 'eventGateway', timers: {}, messages: {} };
  for (const flowId of node.outgoing) {
    const target = engine.node(engine.flow(flowId).target);
    const trigger = target.type === 'intermediateCatchEvent' ? target.trigger : undefined;
    if (trigger?.kind === 'timer') wait.timers[target.id] = armTimer(engine, trigger.timer, token.scopeId).dueAt;
    const message = trigger?.kind === 'message' ? trigger : target.type === 'receiveTask' ? target : undefined;
    if (message) {
      const key = resolveCorrelationKey(engine, message.correlationKey, token.scopeId);
      wait.messages[target.id] = {
        messageName: message.messageName,
        ...(key !== undefined ? { correlationKey: key } : {}),
      };
    }
  }
  return wait;
}
