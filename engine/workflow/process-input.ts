import type { ProcessGraph } from '../graph/index.js';
import type { EngineSnapshot } from './engine-state.js';
import type { ProcessStatus } from './messages.js';

/** Knobs that change how the interpreter paces itself; defaults suit production. */
export interface EngineSettings {
  /** Continue-as-new once the history has this many events (Temporal also suggests it at ~4k). Default 3000. */
  continueAsNewAfterEvents?: number;
  /**
   * Node executions allowed without a durable wait before the interpreter yields (a no-op
   * local activity), so a long in-memory loop never trips the 2 s deadlock detector. Default 500.
   */
  maxStepsPerWorkflowTask?: number;
  /** Write the Ps* search attributes (the server must have them registered). Default true. */
  searchAttributes?: boolean;
}

/** Where a call activity's child instance reports back to. */
export interface ParentRef {
  workflowId: string;
  nodeId: string;
}

/** Input of `bpmnProcess`. */
export interface ProcessInput {
  /** Id of the deployed definition version. */
  definitionId: string;
  processKey: string;
  version: number;
  graph: ProcessGraph;
  /** Initial process variables (ignored when `continuation` is set). */
  variables?: Record<string, unknown>;
  businessKey?: string;
  /** User id of whoever started the instance. */
  startedBy?: string;
  /** Start event to begin at; defaults to the first start event with a `none` trigger. */
  startNodeId?: string;
  /** Set when this instance runs for a call activity. */
  parent?: ParentRef;
  settings?: EngineSettings;
  /** Set only by continue-as-new: the previous run's tokens, variables, tasks and incidents. */
  continuation?: EngineSnapshot;
}

/** What `bpmnProcess` returns. */
export interface ProcessResult {
  status: ProcessStatus;
  variables: Record<string, unknown>;
  /** A BPMN error nobody in this instance caught; only for call-activity children (the parent handles it). */
  error?: { code: string; message: string };
}
