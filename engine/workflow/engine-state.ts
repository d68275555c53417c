/**
 * Everything the interpreter must remember, as plain JSON: it is the query's source and
 * exactly what continue-as-new carries into the next run. Anything not in here (promises,
 * cancellation scopes) is rebuilt from it on resume.
 */
import type { Incident, MessageDelivery, OpenTask, CompleteTaskResult } from './messages.js';

/** What a token is waiting for inside its current node, so a new run can resume the wait. */
export type WaitState =
  | { kind: 'timer'; dueAt: number }
  | { kind: 'task'; taskId: string }
  | { kind: 'message'; messageName: string; correlationKey?: string }
  | { kind: 'join' }
  | {
      kind: 'eventGateway';
      timers: Record<string, number>;
      messages: Record<string, { messageName: string; correlationKey?: string }>;
    }
  | { kind: 'scope'; scopeId: string }
  /** The node's work is done; the token is choosing its outgoing flows (an incident may hold it here). */
  | { kind: 'leaving' };

/** An armed timer: next due time (epoch ms; -1 once exhausted), firings so far, and the cycle text for repeats. */
export interface TimerProgress {
  dueAt: number;
  fired: number;
  cycle?: string;
}

/** Progress of a multi-instance body (kept on the token at the node). */
export interface MultiInstanceState {
  items: unknown[];
  /** Index of the next item to start. */
  next: number;
  completed: number;
  results: unknown[];
  /** Scope ids of the instances currently running. */
  running: string[];
  /** Set once the completion condition held: no more instances start. */
  done?: boolean;
}

export interface TokenState {
  id: string;
  nodeId: string;
  /** The scope instance the token runs in (`root` for the process level). */
  scopeId: string;
  /** Flow the token arrived by (joins count arrivals per flow). */
  viaFlow?: string;
  wait?: WaitState;
  /** Set while the token is parked in an incident. */
  incidentId?: string;
  /** Incidents this token already had at the current node (shown as `retries`). */
  incidentCount?: number;
  /** Node-local variables (input mappings), alive while the token is in the node. */
  locals?: Record<string, unknown>;
  /** Boundary timers of the current node: due time (epoch ms), and how often a cycle fired. */
  boundaryTimers?: Record<string, TimerProgress>;
  mi?: MultiInstanceState;
  /** An inner instance of a multi-instance body: leaving the node ends its scope instead of following flows. */
  miInner?: boolean;
  /** The node's work result, kept so that retrying a failed output mapping does not redo the work. */
  done?: { value: unknown };
  /** Payload of the event that already triggered this catch node (event-based gateway, message start). */
  triggered?: { payload?: Record<string, unknown> };
}

export type ScopeKind = 'process' | 'subProcess' | 'eventSubProcess' | 'multiInstance';

export interface ScopeState {
  id: string;
  kind: ScopeKind;
  /** The sub-process / event sub-process / multi-instance node this scope instantiates. */
  nodeId?: string;
  parentId?: string;
  variables: Record<string, unknown>;
  /** For multi-instance: the outer token and which item this instance runs. */
  mi?: { ownerTokenId: string; index: number };
  /** Event sub-process listeners of this scope: timer due time and fire count per start node. */
  listeners?: Record<string, TimerProgress>;
  /** An interrupting event sub-process took over this scope: no listener re-arms. */
  interrupted?: boolean;
}

/** A user task the instance waits on, plus where to resume. */
export interface TaskEntry {
  task: OpenTask;
  tokenId: string;
  /** Set by the completeTask update; the token closes the task and moves on. */
  completion?: {
    data: Record<string, unknown>;
    outcome?: string;
    actor: string;
    updateId?: string;
    at: string;
    /** Set for 退回: the token goes back to this user task instead of moving on. */
    sendBackTo?: string;
  };
}

export interface IncidentEntry {
  incident: Incident;
  tokenId: string;
  retryRequested?: boolean;
}

/** Arrivals at a join gateway within one scope instance. */
export interface JoinState {
  /** The token that waits at the join; later arrivals are absorbed into it. */
  waitingTokenId?: string;
  arrivals: Record<string, number>;
}

export interface EngineSnapshot {
  tokens: TokenState[];
  scopes: Record<string, ScopeState>;
  tasks: Record<string, TaskEntry>;
  incidents: Record<string, IncidentEntry>;
  joins: Record<string, JoinState>;
  /** Messages no subscription took yet (bounded, oldest dropped). */
  messages: MessageDelivery[];
  /** Results of recent completions by update id, so a retried update after continue-as-new still succeeds. */
  completions: Record<string, CompleteTaskResult>;
  completedNodes: string[];
  /** Someone claimed, reassigned or completed a task: the requester can no longer withdraw. */
  acted?: boolean;
  /** Counter for deterministic token / scope / incident ids. */
  seq: number;
  /** How many runs (continue-as-new generations) came before this one. */
  generation: number;
}

export const ROOT_SCOPE = 'root';

export function initialSnapshot(variables: Record<string, unknown>): EngineSnapshot {
  return {
    tokens: [],
    scopes: { [ROOT_SCOPE]: { id: ROOT_SCOPE, kind: 'process', variables: { ...variables } } },
    tasks: {},
    incidents: {},
    joins: {},
    messages: [],
    completions: {},
    completedNodes: [],
    seq: 0,
    generation: 0,
  };
}
