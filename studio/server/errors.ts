/**
 * The error catalogue. Every error a client can see has a stable `code`; tests match on it.
 * 4xx errors show their message; 5xx errors are logged and answered with a generic one.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode: number,
    /** Extra machine-readable fields merged into the response body (e.g. `problems`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errors = {
  unauthenticated: () => new AppError('WF_ERR_AUTH_REQUIRED', 'Sign in first', 401),
  badCredentials: () => new AppError('WF_ERR_AUTH_BAD_CREDENTIALS', 'Unknown user or wrong password', 401),
  loginThrottled: () =>
    new AppError(
      'WF_ERR_AUTH_THROTTLED',
      'Too many failed logins for this user from your address; wait 15 minutes',
      429,
    ),
  csrf: () => new AppError('WF_ERR_AUTH_CSRF', 'Missing or wrong x-csrf-token header', 403),
  forbidden: (what: string) => new AppError('WF_ERR_AUTH_FORBIDDEN', `Your role may not ${what}`, 403),
  processNotFound: (key: string) => new AppError('WF_ERR_PROCESS_NOT_FOUND', `Process ${key} not found`, 404),
  taskNotFound: (id: string) => new AppError('WF_ERR_TASK_NOT_FOUND', `Task ${id} not found`, 404),
  instanceNotFound: (id: string) => new AppError('WF_ERR_INSTANCE_NOT_FOUND', `Instance ${id} not found`, 404),
  bpmnInvalid: (problems: unknown[]) =>
    new AppError('BPMN_INVALID', `The diagram has ${problems.length} problem(s)`, 422, { problems }),
  notFound: (what: string, id: string) => new AppError('WF_ERR_NOT_FOUND', `${what} ${id} not found`, 404),
  conflict: (message: string) => new AppError('WF_ERR_CONFLICT', message, 409),
  bodyInvalid: (message: string) => new AppError('WF_ERR_REQUEST_INVALID', message, 400),
  unavailable: (what: string) => new AppError('WF_ERR_UNAVAILABLE', `${what} is not reachable`, 503),
};
