/** An error answer of the API: HTTP status plus the server's stable `code`, `message` and extra fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromBody(status: number, body: unknown): ApiError {
    if (body && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'string') {
      const b = body as Record<string, unknown> & { code: string; message?: unknown };
      return new ApiError(status, b.code, typeof b.message === 'string' ? b.message : b.code, b);
    }
    return new ApiError(
      status,
      `HTTP_${status}`,
      typeof body === 'string' && body ? body.slice(0, 300) : `HTTP ${status}`,
    );
  }

  /** Field errors of FORM_INVALID / request validation: `{ pointer, code, message }`. */
  get fieldErrors(): Array<{ pointer: string; code: string; message: string }> {
    const errors = this.body.errors;
    return Array.isArray(errors) ? (errors as Array<{ pointer: string; code: string; message: string }>) : [];
  }

  /** Compile problems of BPMN_INVALID. */
  get problems(): Array<{ code: string; elementId?: string; message: string; line?: number; column?: number }> {
    const problems = this.body.problems;
    return Array.isArray(problems) ? (problems as ApiError['problems']) : [];
  }
}
