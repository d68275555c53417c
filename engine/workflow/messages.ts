/**
 * Every signal, query and update of the BPMN interpreter workflow, defined once. The API
 * server imports these objects (never the strings) to talk to running instances.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** Lifecycle of a process instance as the interpreter sees it. */
export type ProcessStatus = 'running' | 'completed' | 'failed' | 'terminated' | 'cancelled';

/** A user task waiting for a person, as kept in workflow state and shown by the query. */
export interface OpenTask {
  /** Globally unique (a workflow-generated UUID); the inbox table's key. */
  taskId: string;
  /** The BPMN user task element id. */
  nodeId: string;
  name?: string;
  formId?: string;
  formVersion?: number;
  assignee?: string;
  /** Who delegated the task to the assignee; the delegate hands it back to them. */
  owner?: string;
  candidateUsers?: string[];
  candidateGroups?: string[];
  /** ISO 8601 date-time. */
  dueAt?: string;
  priority?: number;
  /** Outcomes the form offers; when non-empty a completion must pick one. */
  outcomes?: string[];
  /** User task ids this task may be sent back to (退回), from the model. */
  sendBackTargets?: string[];
  /** Values of the task's input mappings: what the form is prefilled with. */
  input?: Record<string, unknown>;
  /** ISO 8601 date-time (workflow clock). */
  createdAt: string;
}

/** A token parked because something went wrong that a person must look at. */
export interface Incident {
  incidentId: string;
  nodeId: string;
  /** What failed: a FEEL expression, an activity that exhausted retries, an error nobody catches… */
  kind: IncidentKind;
  message: string;
  /** Business error code, for `unhandledError`. */
  errorCode?: string;
  /** ISO 8601 date-time (workflow clock). */
  createdAt: string;
  /** How many times `retryIncidentUpdate` resumed this token before. */
  retries: number;
}

export type IncidentKind = 'expression' | 'activity' | 'unhandledError' | 'noOutgoingFlow' | 'callActivity' | 'timer';

/** What `processStateQuery` answers. */
export interface ProcessState {
  status: ProcessStatus;
  /** Node ids where a token currently is (one entry per token). */
  activeNodes: string[];
  /** Node ids completed in this run, in completion order (bounded; oldest dropped first). */
  completedNodes: string[];
  openTasks: OpenTask[];
  incidents: Incident[];
  /** Process-level variables. */
  variables: Record<string, unknown>;
}

/** Body of `completeTaskUpdate`. Use the request's idempotency key as the update id. */
export interface CompleteTaskRequest {
  taskId: string;
  /** Form data, already validated by the API against the pinned form version. */
  data: Record<string, unknown>;
  /** One of the task's `outcomes`, when it offers any. */
  outcome?: string;
  /** User id of whoever completes the task. */
  actor: string;
}

export interface CompleteTaskResult {
  taskId: string;
  nodeId: string;
  outcome?: string;
  completedBy: string;
  /** ISO 8601 date-time (workflow clock). */
  completedAt: string;
}

/** Body of `reassignTaskUpdate` (claim, unclaim, transfer, delegate, return). Absent fields are cleared. */
export interface ReassignTaskRequest {
  taskId: string;
  assignee?: string;
  owner?: string;
  /** User id of whoever made the change. */
  actor: string;
}

export interface ReassignTaskResult {
  taskId: string;
  assignee?: string;
  owner?: string;
}

/** A BPMN message delivered to this instance. */
export interface MessageDelivery {
  messageName: string;
  /** Must equal the waiting subscription's correlation key when it has one. */
  correlationKey?: string;
  /** Merged into the catching scope's variables (or mapped by the catch event's outputs). */
  payload?: Record<string, unknown>;
}

export interface RetryIncidentRequest {
  incidentId: string;
}

export interface RetryIncidentResult {
  incidentId: string;
  nodeId: string;
}

/** Body of `sendBackTaskUpdate` (退回): close the task and move its token back to an earlier user task. */
export interface SendBackTaskRequest {
  taskId: string;
  /** One of the task's `sendBackTargets`. */
  targetNodeId: string;
  actor: string;
  reason?: string;
}

export interface SendBackTaskResult {
  taskId: string;
  nodeId: string;
  sentBackTo: string;
  sentBackBy: string;
  /** ISO 8601 date-time (workflow clock). */
  at: string;
}

/** Body of `addCoSignerUpdate` (加签): one more parallel or sequential instance of a multi-instance task. */
export interface AddCoSignerRequest {
  /** Any open task of the multi-instance body. */
  taskId: string;
  /** The new item of the collection, normally the co-signer's username (the element variable). */
  item: string;
  actor: string;
}

export interface AddCoSignerResult {
  nodeId: string;
  /** Size of the collection after adding. */
  instances: number;
}

/** Body of `withdrawProcessUpdate` (撤回): the requester takes the case back while nobody has acted. */
export interface WithdrawProcessRequest {
  /** Must be the username the instance was started by. */
  actor: string;
  reason?: string;
}

export interface CancelProcessRequest {
  reason?: string;
  actor?: string;
}

/**
 * `type` of the ApplicationFailure an update validator throws, so the API can map a rejection
 * to an HTTP status without parsing messages.
 */
export const UpdateRejection = {
  /** Unknown task, already completed, or being completed by another request (HTTP 409). */
  taskNotActive: 'WF_ERR_TASK_NOT_ACTIVE',
  /** The outcome is not one the task offers, or one is missing (HTTP 400). */
  outcomeNotOffered: 'WF_ERR_TASK_OUTCOME_NOT_OFFERED',
  /** The request is malformed (HTTP 400). */
  invalidRequest: 'WF_ERR_INVALID_REQUEST',
  /** Unknown or already resolved incident (HTTP 409). */
  incidentNotOpen: 'WF_ERR_INCIDENT_NOT_OPEN',
  /** The instance is no longer running (HTTP 409). */
  processNotRunning: 'WF_ERR_PROCESS_NOT_RUNNING',
  /** The model does not allow sending this task back to that step (HTTP 400). */
  sendBackNotAllowed: 'WF_ERR_TASK_SEND_BACK_NOT_ALLOWED',
  /** The task is not part of a running multi-instance body (HTTP 400). */
  notMultiInstance: 'WF_ERR_TASK_NOT_MULTI_INSTANCE',
  /** Only the requester may withdraw, and only while nobody has acted (HTTP 409). */
  withdrawNotAllowed: 'WF_ERR_PROCESS_WITHDRAW_NOT_ALLOWED',
} as const;

/** Completes an open user task; the update id is the request's idempotency key. */
export const completeTaskUpdate = defineUpdate<CompleteTaskResult, [CompleteTaskRequest]>('completeTask');
/** Changes who holds an open task; the API checks permissions and mirrors the result into the inbox. */
export const reassignTaskUpdate = defineUpdate<ReassignTaskResult, [ReassignTaskRequest]>('reassignTask');
/** 退回: closes the task and moves its token back to an earlier user task the model allows. */
export const sendBackTaskUpdate = defineUpdate<SendBackTaskResult, [SendBackTaskRequest]>('sendBackTask');
/** 加签: adds an item (co-signer) to the multi-instance body the task belongs to. */
export const addCoSignerUpdate = defineUpdate<AddCoSignerResult, [AddCoSignerRequest]>('addCoSigner');
/** 撤回: the requester cancels the instance while nobody has claimed or completed a task. */
export const withdrawProcessUpdate = defineUpdate<{ withdrawn: true }, [WithdrawProcessRequest]>('withdrawProcess');
/** Resumes the token parked in an incident (re-runs the failed step). */
export const retryIncidentUpdate = defineUpdate<RetryIncidentResult, [RetryIncidentRequest]>('retryIncident');
/** Delivers a BPMN message; unmatched messages are buffered (bounded) until a subscription takes them. */
export const messageSignal = defineSignal<[MessageDelivery]>('message');
/**
 * Cancels the instance: open tasks close with reason `cancelled`, then the run ends as
 * cancelled. Cancelling the workflow through Temporal (`handle.cancel()`) does the same.
 */
export const cancelProcessSignal = defineSignal<[CancelProcessRequest]>('cancelProcess');
/** The instance's state for the API and the monitor. */
export const processStateQuery = defineQuery<ProcessState>('processState');
