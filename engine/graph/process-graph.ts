/**
 * The compiled form of a BPMN process: plain JSON, no classes, so it can be stored,
 * hashed and passed into a Temporal workflow unchanged. The compiler (engine/bpmn) is
 * the only producer; the interpreter (engine/workflow) is the only consumer.
 */

/** Bumped when a change to these types would make older stored graphs mean something else. */
export const GRAPH_SCHEMA_VERSION = 1;

/** A FEEL expression, stored without the leading `=` used in BPMN attributes. */
export type FeelExpression = string;

/** A value that is either fixed at deploy time or computed by FEEL at run time. */
export type ValueSource = { literal: string } | { feel: FeelExpression };

/** Copies `source` (FEEL, evaluated in the node's scope) to `target` (a variable name). */
export interface VariableMapping {
  source: FeelExpression;
  target: string;
}

/** When a timer fires. `value` is ISO 8601 (duration, date-time or repeating interval). */
export interface TimerDefinition {
  kind: 'duration' | 'date' | 'cycle';
  value: ValueSource;
}

/** A fully resolved activity reference `plugin.activity@major`. */
export interface ActivityRef {
  /** Plugin id, or `core` for the built-in activities. */
  plugin: string;
  name: string;
  major: number;
  /** The Temporal activity type the worker registers: `<plugin>.<name>@<major>`. */
  activityType: string;
  /** Task queue of the worker that runs it; undefined means the engine's queue. */
  taskQueue?: string;
}

/** Retry and timeout settings copied into the graph at deploy time. */
export interface ActivityOptions {
  startToCloseTimeout: string;
  maximumAttempts: number;
  initialInterval: string;
  backoffCoefficient: number;
}

/** Loop characteristics of a task or sub-process. */
export interface MultiInstance {
  sequential: boolean;
  /** FEEL expression giving the list to iterate over. */
  collection: FeelExpression;
  /** Variable holding the current item inside each instance. */
  elementVariable: string;
  /** Stop early when true (evaluated after each instance completes). */
  completionCondition?: FeelExpression;
  /** Each instance's value of `outputElement` is collected in `outputCollection`. */
  outputCollection?: string;
  outputElement?: FeelExpression;
}

interface NodeBase {
  id: string;
  name?: string;
  /** Id of the enclosing (event) sub-process; undefined at process level. */
  scope?: string;
  incoming: string[];
  outgoing: string[];
  /** Ids of boundary events attached to this node. */
  boundaryEvents?: string[];
  inputs?: VariableMapping[];
  outputs?: VariableMapping[];
  multiInstance?: MultiInstance;
}

export type StartTrigger =
  { kind: 'none' } | { kind: 'message'; messageName: string } | { kind: 'timer'; timer: TimerDefinition };

export interface StartEventNode extends NodeBase {
  type: 'startEvent';
  trigger: StartTrigger;
  /** For start events of event sub-processes: whether the sub-process cancels its parent scope. */
  interrupting?: boolean;
  /** Form shown when a person starts the process. */
  form?: FormRef;
}

export type EndResult =
  | { kind: 'none' }
  | { kind: 'terminate' }
  | { kind: 'error'; errorCode: string }
  | { kind: 'message'; messageName: string };

export interface EndEventNode extends NodeBase {
  type: 'endEvent';
  result: EndResult;
}

export interface FormRef {
  id: string;
  /** Pinned version; undefined means the latest version when the task opens. */
  version?: number;
}

export interface UserTaskNode extends NodeBase {
  type: 'userTask';
  form?: FormRef;
  assignee?: ValueSource;
  candidateUsers?: ValueSource;
  candidateGroups?: ValueSource;
  /** ISO duration or FEEL date-time: when the task is due. */
  dueDate?: ValueSource;
  priority?: number;
  /** Outcomes the task's form offers (buttons such as approve / reject). */
  outcomes?: string[];
  /** Earlier user tasks (same scope) this task may be sent back to (退回). */
  sendBackTargets?: string[];
}

export interface ServiceTaskNode extends NodeBase {
  type: 'serviceTask';
  /** The BPMN element this came from; send and business-rule tasks run as activities too. */
  bpmnType: 'serviceTask' | 'sendTask' | 'businessRuleTask';
  activity: ActivityRef;
  options: ActivityOptions;
  /** Variable that receives the activity's whole result; otherwise outputs map it. */
  resultVariable?: string;
}

export interface ScriptTaskNode extends NodeBase {
  type: 'scriptTask';
  expression: FeelExpression;
  resultVariable: string;
}

export interface ReceiveTaskNode extends NodeBase {
  type: 'receiveTask';
  messageName: string;
  correlationKey?: FeelExpression;
}

export interface ExclusiveGatewayNode extends NodeBase {
  type: 'exclusiveGateway';
  defaultFlow?: string;
}

export interface InclusiveGatewayNode extends NodeBase {
  type: 'inclusiveGateway';
  defaultFlow?: string;
}

export interface ParallelGatewayNode extends NodeBase {
  type: 'parallelGateway';
}

export interface EventBasedGatewayNode extends NodeBase {
  type: 'eventBasedGateway';
}

export type CatchTrigger =
  { kind: 'timer'; timer: TimerDefinition } | { kind: 'message'; messageName: string; correlationKey?: FeelExpression };

export interface IntermediateCatchEventNode extends NodeBase {
  type: 'intermediateCatchEvent';
  trigger: CatchTrigger;
}

export interface IntermediateThrowEventNode extends NodeBase {
  type: 'intermediateThrowEvent';
  trigger: { kind: 'none' } | { kind: 'message'; messageName: string };
}

export type BoundaryTrigger =
  | { kind: 'timer'; timer: TimerDefinition }
  | { kind: 'message'; messageName: string; correlationKey?: FeelExpression }
  /** `errorCode` undefined catches every error. */
  | { kind: 'error'; errorCode?: string };

export interface BoundaryEventNode extends NodeBase {
  type: 'boundaryEvent';
  attachedTo: string;
  interrupting: boolean;
  trigger: BoundaryTrigger;
}

export interface SubProcessNode extends NodeBase {
  type: 'subProcess';
  /** None start event inside the sub-process. */
  startNodeId: string;
  /** Event sub-processes declared inside this one. */
  eventSubProcesses?: string[];
}

export interface EventSubProcessNode extends NodeBase {
  type: 'eventSubProcess';
  /** The (timer or message) start event that triggers it. */
  startNodeId: string;
}

export interface CallActivityNode extends NodeBase {
  type: 'callActivity';
  /** Process key of the called definition. */
  calledProcess: string;
  /** `latest`: newest at call time; `deployment`: version deployed with the caller; `version`: fixed. */
  binding: 'latest' | 'deployment' | 'version';
  version?: number;
  /** Pass all variables in (and all results out) when no mappings are given. */
  propagateAll: boolean;
}

export type GraphNode =
  | StartEventNode
  | EndEventNode
  | UserTaskNode
  | ServiceTaskNode
  | ScriptTaskNode
  | ReceiveTaskNode
  | ExclusiveGatewayNode
  | InclusiveGatewayNode
  | ParallelGatewayNode
  | EventBasedGatewayNode
  | IntermediateCatchEventNode
  | IntermediateThrowEventNode
  | BoundaryEventNode
  | SubProcessNode
  | EventSubProcessNode
  | CallActivityNode;

export type NodeType = GraphNode['type'];

export interface SequenceFlow {
  id: string;
  name?: string;
  source: string;
  target: string;
  /** FEEL condition; undefined means unconditional. */
  condition?: FeelExpression;
}

/** A compiled, executable process. Node and flow ids are the BPMN element ids. */
export interface ProcessGraph {
  schemaVersion: typeof GRAPH_SCHEMA_VERSION;
  /** The BPMN process id; also the definition's key. */
  key: string;
  name?: string;
  nodes: Record<string, GraphNode>;
  flows: Record<string, SequenceFlow>;
  /** Start events at process level, by trigger kind. */
  startNodeIds: string[];
  /** Event sub-processes at process level. */
  eventSubProcesses: string[];
}
