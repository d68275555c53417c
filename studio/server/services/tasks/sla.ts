/** SLA state of a task from its due date: what the inbox badges and filters show. */
export type SlaState = 'none' | 'onTime' | 'dueSoon' | 'overdue';

/** A task is due soon in the last quarter of its window, or the last hour, whichever is longer. */
export function slaState(createdAt: Date, dueAt: Date | null, now: Date): SlaState {
  if (!dueAt) return 'none';
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  const window = dueAt.getTime() - createdAt.getTime();
  return left <= Math.max(3600_000, window / 4) ? 'dueSoon' : 'onTime';
}
