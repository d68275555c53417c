import type { Translate } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';

const KNOWN: Record<string, MessageKey> = {
  approve: 'outcome.approve',
  approved: 'outcome.approve',
  reject: 'outcome.reject',
  rejected: 'outcome.reject',
  accept: 'outcome.accept',
  decline: 'outcome.decline',
  escalate: 'outcome.escalate',
  done: 'outcome.done',
};

/** Outcome names are data (`wf:outcomes`); the common ones get words in the user's language. */
export function outcomeLabel(t: Translate, outcome: string): string {
  const key = KNOWN[outcome.toLowerCase()];
  return key ? t(key) : outcome;
}
