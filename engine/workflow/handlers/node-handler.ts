import type { GraphNode } from '../../graph/index.js';
import type { Engine } from '../engine.js';
import type { TokenState } from '../engine-state.js';

/** What a handler tells the token runner after the token's work at a node is done. */
export type NodeOutcome =
  /** Leave the node by `flows` (flow ids; default: every outgoing flow whose condition holds). */
  | { kind: 'complete'; flows?: string[]; triggered?: TokenState['triggered'] }
  /** The token ends here: an end event (`completed`), or absorbed by a join (not a completion). */
  | { kind: 'consumed'; completed?: boolean }
  /** Continue-as-new is under way; the token stays in state and resumes in the next run. */
  | { kind: 'parked' }
  /** An interrupting boundary fired: continue at that boundary event with its payload. */
  | { kind: 'jump'; nodeId: string; payload?: Record<string, unknown> };

export interface NodeContext<N extends GraphNode> {
  engine: Engine;
  token: TokenState;
  node: N;
}

/** A plain value or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}

/**
 * Behaviour of one node kind. Handlers must be resumable: after continue-as-new they are
 * called again with the token's `wait` state and must pick up where it says.
 *
 * Handlers that never wait (scripts, gateway splits, none events) return their outcome
 * synchronously: the SDK captures a stack trace for every promise a workflow creates, so an
 * `async` handler costs about 0.1 ms per call, which dominates tight in-memory loops.
 */
export type NodeHandler<N extends GraphNode> = (ctx: NodeContext<N>) => MaybePromise<NodeOutcome>;

export const complete: NodeOutcome = { kind: 'complete' };
export const consumed: NodeOutcome = { kind: 'consumed' };
export const ended: NodeOutcome = { kind: 'consumed', completed: true };
export const parked: NodeOutcome = { kind: 'parked' };
