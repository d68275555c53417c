import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** One state change: who did what to which subject, from where, with the state before and after. */
export interface AuditEntry {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  ip?: string;
  before?: unknown;
  after?: unknown;
}

export class AuditLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditEntry, db: Kysely<Database> = this.db): Promise<void> {
    await db
      .insertInto('audit_log')
      .values({
        actor: entry.actor,
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: entry.subjectId,
        ip: entry.ip ?? null,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
      })
      .execute();
  }
}
