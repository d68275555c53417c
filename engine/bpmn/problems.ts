import type { CompileProblem } from './compile-types.js';

/**
 * Every problem code the compiler can report. Codes are part of the public API (the studio
 * and HTTP clients match on them), so add codes freely but never rename one.
 */
export const BpmnErrorCode = {
  /** The XML is larger than `maxXmlBytes`. */
  TooLarge: 'WF_ERR_BPMN_TOO_LARGE',
  /** The XML declares a DOCTYPE (entity expansion is an attack surface, so it is refused). */
  Doctype: 'WF_ERR_BPMN_DOCTYPE',
  /** A `wf:sendBack` target is not a user task in the same scope. */
  InvalidSendBack: 'WF_ERR_BPMN_INVALID_SEND_BACK',
  /** Elements are nested deeper than `maxDepth`. */
  TooDeep: 'WF_ERR_BPMN_TOO_DEEP',
  /** Malformed XML, or anything bpmn-moddle warned about (it drops what it cannot read). */
  Xml: 'WF_ERR_BPMN_XML',
  NoProcess: 'WF_ERR_BPMN_NO_PROCESS',
  AmbiguousProcess: 'WF_ERR_BPMN_AMBIGUOUS_PROCESS',
  UnsupportedElement: 'WF_ERR_BPMN_UNSUPPORTED_ELEMENT',
  MissingActivity: 'WF_ERR_BPMN_MISSING_ACTIVITY',
  InvalidActivityRef: 'WF_ERR_BPMN_INVALID_ACTIVITY_REF',
  UnknownActivity: 'WF_ERR_BPMN_UNKNOWN_ACTIVITY',
  UnknownForm: 'WF_ERR_BPMN_UNKNOWN_FORM',
  /** A number, boolean, enum, duration or variable name that does not parse. */
  InvalidAttribute: 'WF_ERR_BPMN_INVALID_ATTRIBUTE',
  InvalidFeel: 'WF_ERR_BPMN_INVALID_FEEL',
  InvalidTimer: 'WF_ERR_BPMN_INVALID_TIMER',
  MissingMessage: 'WF_ERR_BPMN_MISSING_MESSAGE',
  MissingErrorCode: 'WF_ERR_BPMN_MISSING_ERROR_CODE',
  InvalidScript: 'WF_ERR_BPMN_INVALID_SCRIPT',
  InvalidLoop: 'WF_ERR_BPMN_INVALID_LOOP',
  MissingCalledProcess: 'WF_ERR_BPMN_MISSING_CALLED_PROCESS',
  InvalidFlow: 'WF_ERR_BPMN_INVALID_FLOW',
  InvalidBoundary: 'WF_ERR_BPMN_INVALID_BOUNDARY',
  NoStartEvent: 'WF_ERR_BPMN_NO_START_EVENT',
  InvalidStartEvent: 'WF_ERR_BPMN_INVALID_START_EVENT',
  UnreachableNode: 'WF_ERR_BPMN_UNREACHABLE_NODE',
  NoPathToEnd: 'WF_ERR_BPMN_NO_PATH_TO_END',
  GatewayCondition: 'WF_ERR_BPMN_GATEWAY_CONDITION',
  InvalidDefaultFlow: 'WF_ERR_BPMN_INVALID_DEFAULT_FLOW',
  EventGatewayTarget: 'WF_ERR_BPMN_EVENT_GATEWAY_TARGET',
  ParallelJoinMismatch: 'WF_ERR_BPMN_PARALLEL_JOIN_MISMATCH',
  LoopWithoutWait: 'WF_ERR_BPMN_LOOP_WITHOUT_WAIT',
  /** A bug in the compiler: it threw instead of reporting. */
  Internal: 'WF_ERR_BPMN_INTERNAL',
} as const;

/** Defaults the compiler applied to make an analyst's diagram executable. */
export const BpmnWarningCode = {
  NotExecutable: 'WF_WARN_BPMN_NOT_EXECUTABLE',
  UntypedTask: 'WF_WARN_BPMN_UNTYPED_TASK',
  ManualTask: 'WF_WARN_BPMN_MANUAL_TASK',
  LaneCandidateGroup: 'WF_WARN_BPMN_LANE_CANDIDATE_GROUP',
  GatewayOutcomes: 'WF_WARN_BPMN_GATEWAY_OUTCOMES',
  IgnoredExtensions: 'WF_WARN_BPMN_IGNORED_EXTENSIONS',
  Encoding: 'WF_WARN_BPMN_ENCODING',
} as const;

/** One of the error codes above. */
export type BpmnErrorCode = (typeof BpmnErrorCode)[keyof typeof BpmnErrorCode];
/** One of the warning codes above. */
export type BpmnWarningCode = (typeof BpmnWarningCode)[keyof typeof BpmnWarningCode];

/** Collects problems across all compile phases, so every problem is reported at once. */
export class ProblemSink {
  readonly all: CompileProblem[] = [];

  error(code: BpmnErrorCode, message: string, elementId?: string, position?: { line: number; column: number }): void {
    this.all.push({ code, severity: 'error', message, ...(elementId ? { elementId } : {}), ...position });
  }

  warn(code: BpmnWarningCode, message: string, elementId?: string): void {
    this.all.push({ code, severity: 'warning', message, ...(elementId ? { elementId } : {}) });
  }

  get hasErrors(): boolean {
    return this.all.some((p) => p.severity === 'error');
  }

  errors(): CompileProblem[] {
    return this.all.filter((p) => p.severity === 'error');
  }

  warnings(): CompileProblem[] {
    return this.all.filter((p) => p.severity === 'warning');
  }
}
