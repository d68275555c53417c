/**
 * What to tell a person about a failed request: a title in their language chosen by the
 * server's stable `code` (or the HTTP status), plus the server's own message as detail.
 */
import { ApiError } from '../api/api-error';
import type { Translate } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';

const BY_CODE: Record<string, MessageKey> = {
  NETWORK: 'error.network',
  WF_ERR_AUTH_REQUIRED: 'error.signedOut',
  WF_ERR_AUTH_BAD_CREDENTIALS: 'error.badCredentials',
  WF_ERR_AUTH_THROTTLED: 'error.throttled',
  WF_ERR_AUTH_CSRF: 'error.csrf',
  WF_ERR_AUTH_FORBIDDEN: 'error.forbidden',
  BPMN_INVALID: 'error.bpmnInvalid',
  FORM_INVALID: 'error.formInvalid',
  FORM_SCHEMA_INVALID: 'error.formSchemaInvalid',
  TASK_NOT_ACTIVE: 'error.taskNotActive',
  WF_ERR_TASK_DELEGATED: 'error.taskDelegated',
  WF_ERR_TASK_URGED_RECENTLY: 'error.urgedRecently',
  WF_ERR_CONFLICT: 'error.conflict',
  WF_ERR_IDEMPOTENCY_IN_PROGRESS: 'error.inProgress',
  WF_ERR_ATTACHMENT_TOO_LARGE: 'error.attachmentTooLarge',
  WF_ERR_ATTACHMENT_TYPE: 'error.attachmentType',
  WF_ERR_REQUEST_INVALID: 'error.requestInvalid',
  WF_ERR_UNAVAILABLE: 'error.unavailable',
  WF_ERR_INTERNAL: 'error.internal',
};

export interface ErrorText {
  title: string;
  detail?: string;
}

export function errorText(t: Translate, err: unknown): ErrorText {
  if (err instanceof ApiError) {
    // The server answers this for routes it does not have (yet): say so plainly.
    if (err.code === 'WF_ERR_NOT_FOUND' && err.message.startsWith('No route'))
      return { title: t('error.routeMissing'), detail: err.message };
    const key =
      BY_CODE[err.code] ??
      (err.status === 404 || err.code.endsWith('_NOT_FOUND')
        ? 'error.notFound'
        : err.status >= 500
          ? 'error.internal'
          : 'error.generic');
    // The generic 5xx message says nothing the title does not.
    const detail = err.code === 'WF_ERR_INTERNAL' ? undefined : err.message;
    return { title: t(key), detail: detail ? `${detail} (${err.code})` : undefined };
  }
  return { title: t('error.generic'), detail: err instanceof Error ? err.message : String(err) };
}
