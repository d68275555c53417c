import type { Kysely } from 'kysely';

/**
 * The steps a task may be sent back to (退回), copied from the workflow's open task so the task
 * page can offer them. Null on tasks opened before this column existed: unknown, not "none".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tasks').addColumn('send_back_targets', 'jsonb').execute();
}
