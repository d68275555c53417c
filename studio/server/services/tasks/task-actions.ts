/**
 * Task actions: claim, unclaim, transfer (转交), delegate (委托) and return, complete,
 * urge (催办) and CC (抄送). Each checks who may act against the projection, changes the
 * authoritative state in the workflow through an update, mirrors the result into the
 * projection and writes the audit log.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely, Selectable } from 'kysely';
import {
  addCoSignerUpdate,
  completeTaskUpdate,
  reassignTaskUpdate,
  sendBackTaskUpdate,
} from '../../../../engine/workflow/messages.js';
import type { Database, TasksTable } from '../../db/schema.js';
import { AppError, errors } from '../../errors.js';
import type { AuditLog } from '../audit.js';
import type { CurrentUser } from '../identity.js';
import type { Notifier } from '../notifier.js';
import type { OrgService } from '../org.js';
import type { TaskQueries } from './task-queries.js';
import { toHttpError } from './update-errors.js';

type TaskRow = Selectable<TasksTable>;

export interface ActionContext {
  user: CurrentUser;
  ip?: string;
  /** The request's Idempotency-Key; becomes the workflow update id. */
  idempotencyKey?: string;
}

export interface CompleteInput {
  data: Record<string, unknown>;
  outcome?: string;
}

/** Validates and prunes submitted data against the task's pinned form; throws a 400 when invalid. */
export type FormGate = (
  task: TaskRow,
  data: Record<string, unknown>,
  user: CurrentUser,
) => Promise<Record<string, unknown>>;

const URGE_INTERVAL_MS = 10 * 60 * 1000;

export class TaskActions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly client: Client,
    private readonly queries: TaskQueries,
    private readonly org: OrgService,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly formGate: FormGate = async (_t, data) => data,
  ) {}

  async claim(taskId: string, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    if (task.assignee === ctx.user.username) return this.queries.summary(task);
    if (task.assignee) throw taskConflict(`Task ${taskId} is already claimed by ${task.assignee}`);
    if (!this.isCandidate(task, ctx.user)) throw errors.taskNotFound(taskId);
    return this.reassign(task, { assignee: ctx.user.username }, 'task.claimed', ctx);
  }

  async unclaim(taskId: string, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    this.mustBeAssignee(task, ctx.user);
    if (task.owner) throw taskConflict('A delegated task is returned, not unclaimed');
    return this.reassign(task, { assignee: null }, 'task.unclaimed', ctx);
  }

  async transfer(taskId: string, to: string, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    if (!ctx.user.roles.includes('admin')) this.mustBeAssignee(task, ctx.user);
    await this.mustBeActiveUser(to);
    return this.reassign(task, { assignee: to, owner: null }, 'task.transferred', ctx, { to });
  }

  async delegate(taskId: string, to: string, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    this.mustBeAssignee(task, ctx.user);
    if (task.owner) throw taskConflict('The task is already delegated');
    await this.mustBeActiveUser(to);
    return this.reassign(task, { assignee: to, owner: ctx.user.username }, 'task.delegated', ctx, { to });
  }

  /** The delegate hands the task back to whoever delegated it. */
  async returnDelegated(taskId: string, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    this.mustBeAssignee(task, ctx.user);
    if (!task.owner) throw taskConflict('The task is not delegated');
    return this.reassign(task, { assignee: task.owner, owner: null }, 'task.returned', ctx);
  }

  async complete(taskId: string, input: CompleteInput, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    const mayComplete =
      task.assignee === ctx.user.username ||
      (!task.assignee && this.isCandidate(task, ctx.user)) ||
      ctx.user.roles.includes('admin');
    if (!mayComplete) throw taskConflict(`Task ${taskId} is assigned to ${task.assignee}`);
    if (task.owner)
      throw new AppError('WF_ERR_TASK_DELEGATED', `Return the task to ${task.owner} before completing it`, 409);
    const data = await this.formGate(task, input.data, ctx.user);
    const handle = this.client.workflow.getHandle(task.instance_id);
    const result = await handle
      .executeUpdate(completeTaskUpdate, {
        updateId: updateId(ctx),
        args: [{ taskId, data, outcome: input.outcome, actor: ctx.user.username }],
      })
      .catch((err: unknown) => {
        throw toHttpError(err);
      });
    await this.db
      .updateTable('tasks')
      .set({
        status: 'completed',
        completed_by: result.completedBy,
        closed_at: new Date(result.completedAt),
        data: JSON.stringify(data),
        outcome: result.outcome ?? null,
      })
      .where('id', '=', taskId)
      .execute();
    await this.audit.record({
      actor: ctx.user.username,
      action: 'task.completed',
      subjectType: 'task',
      subjectId: taskId,
      ip: ctx.ip,
      before: { status: 'open', assignee: task.assignee },
      after: { status: 'completed', outcome: result.outcome ?? null, data },
    });
    return result;
  }

  /** 退回: the holder sends the task back to an earlier step the model allows; a new task opens there. */
  async sendBack(taskId: string, targetNodeId: string, reason: string | undefined, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    if (!ctx.user.roles.includes('admin')) this.mustBeAssignee(task, ctx.user);
    const result = await this.client.workflow
      .getHandle(task.instance_id)
      .executeUpdate(sendBackTaskUpdate, {
        updateId: updateId(ctx),
        args: [{ taskId, targetNodeId, actor: ctx.user.username, reason }],
      })
      .catch((err: unknown) => {
        throw toHttpError(err);
      });
    await this.db
      .updateTable('tasks')
      .set({ status: 'sentBack', completed_by: ctx.user.username, closed_at: new Date(result.at) })
      .where('id', '=', taskId)
      .execute();
    await this.audit.record({
      actor: ctx.user.username,
      action: 'task.sent-back',
      subjectType: 'task',
      subjectId: taskId,
      ip: ctx.ip,
      before: { status: 'open', nodeId: task.node_id },
      after: { status: 'sentBack', to: targetNodeId, reason: reason ?? null },
    });
    return result;
  }

  /** 加签: the holder of one signature of a multi-instance approval adds another signer. */
  async addCoSigner(taskId: string, username: string, ctx: ActionContext) {
    const task = await this.openTask(taskId, ctx.user);
    if (!ctx.user.roles.includes('admin')) this.mustBeAssignee(task, ctx.user);
    await this.mustBeActiveUser(username);
    const result = await this.client.workflow
      .getHandle(task.instance_id)
      .executeUpdate(addCoSignerUpdate, {
        updateId: updateId(ctx),
        args: [{ taskId, item: username, actor: ctx.user.username }],
      })
      .catch((err: unknown) => {
        throw toHttpError(err);
      });
    await this.audit.record({
      actor: ctx.user.username,
      action: 'task.co-signer-added',
      subjectType: 'task',
      subjectId: taskId,
      ip: ctx.ip,
      after: { coSigner: username, instances: result.instances },
    });
    return result;
  }

  /** 催办: the requester (or an admin/owner) reminds whoever holds the task; at most every 10 minutes. */
  async urge(taskId: string, message: string | undefined, ctx: ActionContext) {
    const task = await this.db
      .selectFrom('tasks')
      .selectAll()
      .where('id', '=', taskId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    const allowed =
      task && (task.started_by === ctx.user.username || ctx.user.roles.some((r) => r === 'admin' || r === 'owner'));
    if (!task || !allowed) throw errors.taskNotFound(taskId);
    if (task.urged_at && Date.now() - task.urged_at.getTime() < URGE_INTERVAL_MS) {
      throw new AppError('WF_ERR_TASK_URGED_RECENTLY', 'This task was urged less than 10 minutes ago', 429);
    }
    const recipients = task.assignee ? [task.assignee] : await this.candidatesOf(task);
    await this.notifier.notify(recipients, {
      kind: 'task.urged',
      taskId,
      instanceId: task.instance_id,
      message: message ?? `${ctx.user.displayName} 催办：${task.name ?? task.node_id}`,
      createdBy: ctx.user.username,
    });
    await this.db.updateTable('tasks').set({ urged_at: new Date() }).where('id', '=', taskId).execute();
    await this.audit.record({
      actor: ctx.user.username,
      action: 'task.urged',
      subjectType: 'task',
      subjectId: taskId,
      ip: ctx.ip,
      after: { recipients },
    });
    return { notified: recipients };
  }

  /** 抄送: lets other users read the instance and tells them so. */
  async cc(taskId: string, usernames: string[], ctx: ActionContext) {
    const task = await this.queries.get(ctx.user, taskId);
    if (!task) throw errors.taskNotFound(taskId);
    const ids = await this.org.userIdsByName(usernames);
    const unknown = usernames.filter((u) => !ids.has(u));
    if (unknown.length) throw errors.bodyInvalid(`/users: unknown user ${unknown[0]}`);
    for (const id of ids.values()) {
      await this.db
        .insertInto('instance_viewers')
        .values({ instance_id: task.instance_id, user_id: id, reason: 'cc' })
        .onConflict((oc) => oc.columns(['instance_id', 'user_id']).doNothing())
        .execute();
    }
    await this.notifier.notify(usernames, {
      kind: 'task.cc',
      taskId,
      instanceId: task.instance_id,
      message: `${ctx.user.displayName} 抄送：${task.name ?? task.node_id}`,
      createdBy: ctx.user.username,
    });
    await this.audit.record({
      actor: ctx.user.username,
      action: 'task.cc',
      subjectType: 'task',
      subjectId: taskId,
      ip: ctx.ip,
      after: { users: usernames },
    });
    return { cc: usernames };
  }

  private async reassign(
    task: TaskRow,
    change: { assignee: string | null; owner?: string | null },
    action: string,
    ctx: ActionContext,
    extra: Record<string, unknown> = {},
  ) {
    const owner = change.owner === undefined ? task.owner : change.owner;
    await this.client.workflow
      .getHandle(task.instance_id)
      .executeUpdate(reassignTaskUpdate, {
        updateId: updateId(ctx),
        args: [
          {
            taskId: task.id,
            assignee: change.assignee ?? undefined,
            owner: owner ?? undefined,
            actor: ctx.user.username,
          },
        ],
      })
      .catch((err: unknown) => {
        throw toHttpError(err);
      });
    const updated = await this.db
      .updateTable('tasks')
      .set({ assignee: change.assignee, owner, delegation_state: owner ? 'pending' : task.owner ? 'resolved' : null })
      .where('id', '=', task.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await this.audit.record({
      actor: ctx.user.username,
      action,
      subjectType: 'task',
      subjectId: task.id,
      ip: ctx.ip,
      before: { assignee: task.assignee, owner: task.owner },
      after: { assignee: updated.assignee, owner: updated.owner, ...extra },
    });
    if (change.assignee && change.assignee !== ctx.user.username) {
      await this.notifier.notify([change.assignee], {
        kind: action,
        taskId: task.id,
        instanceId: task.instance_id,
        message: `${ctx.user.displayName}: ${task.name ?? task.node_id}`,
        createdBy: ctx.user.username,
      });
    }
    return this.queries.summary(updated);
  }

  private async openTask(taskId: string, user: CurrentUser): Promise<TaskRow> {
    const task = await this.queries.get(user, taskId);
    if (!task) throw errors.taskNotFound(taskId);
    if (task.status !== 'open') throw taskConflict(`Task ${taskId} is ${task.status}`);
    return task;
  }

  private isCandidate(task: TaskRow, user: CurrentUser): boolean {
    return task.candidate_users.includes(user.username) || task.candidate_groups.some((g) => user.groups.includes(g));
  }

  private mustBeAssignee(task: TaskRow, user: CurrentUser): void {
    if (task.assignee !== user.username)
      throw taskConflict(`Only the assignee (${task.assignee ?? 'nobody'}) may do this`);
  }

  private async mustBeActiveUser(username: string): Promise<void> {
    const ids = await this.org.userIdsByName([username]);
    const id = ids.get(username);
    if (!id || !(await this.org.userExists(id))) throw errors.bodyInvalid(`/to: unknown or disabled user ${username}`);
  }

  private async candidatesOf(task: TaskRow): Promise<string[]> {
    const groups = task.candidate_groups;
    const members = groups.length
      ? await this.db
          .selectFrom('group_members')
          .innerJoin('users', 'users.id', 'group_members.user_id')
          .select('users.username')
          .where('group_members.group_id', 'in', groups)
          .execute()
      : [];
    return [...new Set([...task.candidate_users, ...members.map((m) => m.username)])];
  }
}

function taskConflict(message: string): AppError {
  return new AppError('TASK_NOT_ACTIVE', message, 409);
}

/** Update ids are scoped to the user, so two users can never share one by picking the same key. */
function updateId(ctx: ActionContext): string {
  return ctx.idempotencyKey ? `${ctx.user.id}:${ctx.idempotencyKey}` : randomUUID();
}
