/**
 * Maps a rejected or failed workflow update to an HTTP error. Validators reject with an
 * ApplicationFailure whose `type` is one of UpdateRejection, so no message parsing is needed.
 */
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { UpdateRejection } from '../../../../engine/workflow/messages.js';
import { AppError } from '../../errors.js';

const STATUS_BY_TYPE: Record<string, number> = {
  [UpdateRejection.taskNotActive]: 409,
  [UpdateRejection.outcomeNotOffered]: 400,
  [UpdateRejection.invalidRequest]: 400,
  [UpdateRejection.incidentNotOpen]: 409,
  [UpdateRejection.processNotRunning]: 409,
  [UpdateRejection.sendBackNotAllowed]: 400,
  [UpdateRejection.notMultiInstance]: 400,
  [UpdateRejection.withdrawNotAllowed]: 409,
};

/** Codes clients already know from the public API table keep their short names. */
const PUBLIC_CODE: Record<string, string> = { [UpdateRejection.taskNotActive]: 'TASK_NOT_ACTIVE' };

export function toHttpError(err: unknown): unknown {
  if (err instanceof WorkflowNotFoundError) {
    return new AppError('TASK_NOT_ACTIVE', 'The process instance is no longer running', 409);
  }
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const type = err.cause.type ?? '';
    const status = STATUS_BY_TYPE[type];
    if (status) return new AppError(PUBLIC_CODE[type] ?? type, err.cause.message, status);
  }
  return err;
}
