import type { IntermediateCatchEventNode } from '../../graph/index.js';
import { catchMessage } from '../message-catch.js';
import { armTimer, waitUntilDue } from '../timer-waits.js';
import { applyResult } from '../variables.js';
import { type NodeHandler, complete, parked } from './node-handler.js';

/** Waits for a timer (duration, date or the first firing of a cycle) or a correlated message. */
export const intermediateCatchEventHandler: NodeHandler<IntermediateCatchEventNode> = async ({
  engine,
  token,
  node,
}) => {
  const trigger = node.trigger;
  if (trigger.kind === 'message') return catchMessage(engine, token, node, trigger.messageName, trigger.correlationKey);
  // Chosen by an event-based gateway: the timer already fired there.
  if (token.triggered) {
    applyResult(engine, token, node, token.triggered.payload ?? {});
    return complete;
  }
  if (token.wait?.kind !== 'timer')
    token.wait = { kind: 'timer', dueAt: armTimer(engine, trigger.timer, token.scopeId, token.locals).dueAt };
  const due = await waitUntilDue(engine, token.wait.dueAt, () => engine.draining);
  return due ? complete : parked;
};
