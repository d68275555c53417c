/**
 * What the engine's activities need from the host, as interfaces: the API server passes
 * database-backed implementations, tests pass the in-memory ones from memory-stores.ts.
 */
import type { ProcessGraph } from '../graph/index.js';
import type { OpenTask } from '../workflow/messages.js';

/** A task as written to the inbox: the workflow's OpenTask plus which instance it belongs to. */
export interface OpenTaskRecord extends OpenTask {
  workflowId: string;
  runId: string;
  definitionId: string;
  processKey: string;
  processVersion: number;
  businessKey?: string;
}

/** `sentBack`: 退回 to an earlier step, which opens a new task there. */
export type CloseReason = 'completed' | 'cancelled' | 'interrupted' | 'sentBack';

export interface CloseTaskInfo {
  reason: CloseReason;
  completedBy?: string;
  data?: Record<string, unknown>;
  outcome?: string;
}

/** The task inbox. Both calls may be repeated (activity retries), so they must be idempotent. */
export interface TaskStore {
  /** Inserts or updates the task by `taskId`. */
  openTask(task: OpenTaskRecord): Promise<void>;
  /** Marks the task closed; closing an unknown or already closed task is not an error. */
  closeTask(taskId: string, info: CloseTaskInfo): Promise<void>;
}

/** Which version of a called process to run. */
export type DefinitionBinding = 'latest' | { version: number };

export interface DeployedGraph {
  definitionId: string;
  version: number;
  graph: ProcessGraph;
}

/** Deployed process definitions, for call activities. */
export interface DefinitionStore {
  getGraph(processKey: string, binding: DefinitionBinding): Promise<DeployedGraph | undefined>;
}

/** A message thrown by a message end / intermediate throw event. */
export interface PublishedMessage {
  messageName: string;
  correlationKey?: string;
  payload: Record<string, unknown>;
  source: { workflowId: string; processKey: string; nodeId: string; businessKey?: string };
}

/** Delivers thrown messages (the host signals matching instances or starts new ones). */
export interface MessagePublisher {
  publish(message: PublishedMessage): Promise<void>;
}

export interface EngineLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** An in-app (or plugin-provided) notification to people, by username. */
export interface EngineNotification {
  kind: string;
  message: string;
  instanceId?: string;
  taskId?: string;
}

export interface EngineNotifier {
  notify(usernames: string[], notification: EngineNotification): Promise<void>;
}

/** Who a user task goes to, before org rules and the fallback are applied. */
export interface AssignmentRequest {
  processKey: string;
  nodeId: string;
  /** Username of whoever started the instance: the base of `@supervisor` and `@head`. */
  startedBy?: string;
  assignee?: string;
  candidateUsers?: string[];
  candidateGroups?: string[];
}

export interface AssignmentResult {
  assignee?: string;
  candidateUsers?: string[];
  candidateGroups?: string[];
  /** Set when nobody matched and the configured fallback chose the recipients. */
  fallback?: string;
}

/**
 * Resolves org rules (`@supervisor`, `@supervisor:<user>`, `@head`, `@head:<group>`) and applies
 * the fallback when nobody matches. Hosts implement it against their org directory.
 */
export interface AssignmentResolver {
  resolve(request: AssignmentRequest): Promise<AssignmentResult>;
}

/** Everything `createEngineActivities` needs. */
export interface EngineDeps {
  tasks: TaskStore;
  definitions: DefinitionStore;
  /** Optional: without it, thrown messages are only logged. */
  messages?: MessagePublisher;
  /** Optional: without it, `core.notify@1` only logs. */
  notifier?: EngineNotifier;
  /** Optional: without it, assignments are used as the model computed them. */
  assignments?: AssignmentResolver;
  logger: EngineLogger;
}
