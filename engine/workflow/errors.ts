import type { IncidentKind } from './messages.js';

/**
 * A BPMN error (error end event, or an activity's non-retryable ApplicationFailure with a
 * type): travels up the scopes to the nearest matching error boundary.
 */
export class BpmnError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BpmnError';
  }
}

/** Something a person must fix or retry; the token parks in a named incident. */
export class IncidentError extends Error {
  constructor(
    readonly kind: IncidentKind,
    message: string,
    readonly errorCode?: string,
  ) {
    super(message);
    this.name = 'IncidentError';
  }
}

/** Thrown by FEEL evaluation; always becomes an `expression` incident at the node. */
export class FeelError extends IncidentError {
  constructor(
    readonly expression: string,
    message: string,
  ) {
    super(
      'expression',
      `${message} (expression: ${expression.length > 120 ? `${expression.slice(0, 120)}…` : expression})`,
    );
    this.name = 'FeelError';
  }
}
