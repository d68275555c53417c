/**
 * Who may see and act on a task. One predicate used by every query and action, so the
 * inbox list and the task endpoints can never disagree. Everything else answers 404.
 */
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CurrentUser } from '../identity.js';

type TaskEb = ExpressionBuilder<Database, 'tasks'>;

/** Group ids are validated to match this, which keeps the comma-joined SQL array below safe. */
export const GROUP_ID_PATTERN = /^[\w.-]{1,100}$/;

function groupsArray(user: CurrentUser) {
  return sql`string_to_array(${user.groups.filter((g) => GROUP_ID_PATTERN.test(g)).join(',')}, ',')`;
}

/** Open tasks a user may claim: unassigned, and they are a candidate user or in a candidate group. */
export function isCandidate(eb: TaskEb, user: CurrentUser): Expression<SqlBool> {
  return eb.and([
    eb('tasks.assignee', 'is', null),
    eb.or([
      sql<SqlBool>`tasks.candidate_users @> ${JSON.stringify([user.username])}::jsonb`,
      user.groups.length ? sql<SqlBool>`tasks.candidate_groups ?| ${groupsArray(user)}` : sql<SqlBool>`false`,
    ]),
  ]);
}

/** Tasks a user may see: assigned to them, delegated by them, claimable by them, or completed by them; admins see all. */
export function canSee(eb: TaskEb, user: CurrentUser): Expression<SqlBool> {
  if (user.roles.includes('admin')) return sql<SqlBool>`true`;
  return eb.or([
    eb('tasks.assignee', '=', user.username),
    eb('tasks.owner', '=', user.username),
    eb('tasks.completed_by', '=', user.username),
    isCandidate(eb, user),
  ]);
}
