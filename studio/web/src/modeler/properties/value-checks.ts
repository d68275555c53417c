/** Checks of wf attribute values the compiler would refuse; each answers a message key or undefined. */
import type { MessageKey } from '../../i18n/catalogs';

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const SHORT_DURATION = /^\d+(ms|s|m|h|d)$/;

export function checkDueDate(value: string): MessageKey | undefined {
  if (value.startsWith('=') || ISO_DURATION.test(value)) return undefined;
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'designer.dueDateInvalid';
}

export function checkPriority(value: string): MessageKey | undefined {
  return /^\d{1,3}$/.test(value) && Number(value) <= 100 ? undefined : 'designer.priorityInvalid';
}

export function checkRetries(value: string): MessageKey | undefined {
  return /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= 1000 ? undefined : 'designer.retriesInvalid';
}

export function checkTimeout(value: string): MessageKey | undefined {
  return SHORT_DURATION.test(value) || ISO_DURATION.test(value) ? undefined : 'designer.timeoutInvalid';
}

export function checkCommaList(value: string): MessageKey | undefined {
  if (value.startsWith('=')) return undefined;
  return value.split(',').every((v) => /^[\w.@-]+$/.test(v.trim())) ? undefined : 'designer.listInvalid';
}

export function checkVariableName(value: string): MessageKey | undefined {
  return /^[A-Za-z_][\w]*$/.test(value) ? undefined : 'designer.variableInvalid';
}
