/**
 * Starts process instances as Temporal workflows and reads their state back. The
 * `process_instances` row is our index of who started what; the state itself comes from
 * the workflow (query) and Temporal (describe).
 */
import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { bpmnProcess, ProcessInput } from '../../../engine/workflow/index.js';
import {
  cancelProcessSignal,
  processStateQuery,
  retryIncidentUpdate,
  withdrawProcessUpdate,
  type ProcessState,
} from '../../../engine/workflow/messages.js';
import {
  businessKeyAttribute,
  processKeyAttribute,
  processVersionAttribute,
} from '../../../engine/workflow/search-attributes.js';
import type { Database } from '../db/schema.js';
import { AppError, errors } from '../errors.js';
import { toHttpError } from './tasks/update-errors.js';
import type { AuditLog } from './audit.js';
import type { DefinitionService } from './definitions.js';
import type { CurrentUser } from './identity.js';
import { canSee } from './tasks/task-access.js';

export interface StartInstanceRequest {
  variables?: Record<string, unknown>;
  businessKey?: string;
  /** Start event to begin at (message and timer starts); defaults to the none start event. */
  startNodeId?: string;
}

export interface InstanceView {
  id: string;
  processKey: string;
  version: number;
  businessKey: string | null;
  startedBy: string;
  startedAt: string;
  status: ProcessState['status'];
  activeNodes: string[];
  completedNodes: string[];
  incidents: ProcessState['incidents'];
  variables: Record<string, unknown>;
}

const TEMPORAL_STATUS: Record<string, ProcessState['status']> = {
  RUNNING: 'running',
  COMPLETED: 'completed',
  FAILED: 'failed',
  TERMINATED: 'terminated',
  CANCELLED: 'cancelled',
  TIMED_OUT: 'failed',
  CONTINUED_AS_NEW: 'running',
};

export class InstanceService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly definitions: DefinitionService,
    private readonly audit: AuditLog,
  ) {}

  async start(
    key: string,
    request: StartInstanceRequest,
    user: CurrentUser,
    ip?: string,
  ): Promise<{ instanceId: string }> {
    const definition = await this.definitions.get(key);
    if (!definition) throw errors.processNotFound(key);
    const instanceId = `${key}-${randomUUID()}`;
    const input: ProcessInput = {
      definitionId: definition.id,
      processKey: key,
      version: definition.version,
      graph: definition.graph,
      variables: request.variables ?? {},
      businessKey: request.businessKey,
      startedBy: user.username,
      ...(request.startNodeId ? { startNodeId: request.startNodeId } : {}),
    };
    // The row goes first so a crash between the two never leaves a workflow nobody can see.
    await this.db
      .insertInto('process_instances')
      .values({
        id: instanceId,
        definition_id: definition.id,
        process_key: key,
        version: definition.version,
        business_key: request.businessKey ?? null,
        started_by: user.id,
      })
      .execute();
    await this.client.workflow.start<typeof bpmnProcess>('bpmnProcess', {
      workflowId: instanceId,
      taskQueue: this.taskQueue,
      args: [input],
      typedSearchAttributes: new TypedSearchAttributes([
        { key: processKeyAttribute, value: key },
        { key: processVersionAttribute, value: definition.version },
        ...(request.businessKey ? [{ key: businessKeyAttribute, value: request.businessKey }] : []),
      ]),
    });
    await this.audit.record({
      actor: user.username,
      action: 'instance.started',
      subjectType: 'instance',
      subjectId: instanceId,
      ip,
      after: { processKey: key, version: definition.version, businessKey: request.businessKey ?? null },
    });
    return { instanceId };
  }

  /** Instance state for a user allowed to see it; 404 otherwise (never 403, to hide existence). */
  async get(id: string, user: CurrentUser): Promise<InstanceView> {
    const row = await this.db.selectFrom('process_instances').selectAll().where('id', '=', id).executeTakeFirst();
    const access = row ? await this.access(id, row.started_by, user) : undefined;
    if (!row || !access) throw errors.instanceNotFound(id);
    const handle = this.client.workflow.getHandle(id);
    let description;
    try {
      description = await handle.describe();
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw errors.instanceNotFound(id);
      throw err;
    }
    const state = await handle.query(processStateQuery).catch(() => undefined);
    const starter = await this.db
      .selectFrom('users')
      .select('username')
      .where('id', '=', row.started_by)
      .executeTakeFirst();
    return {
      id,
      processKey: row.process_key,
      version: row.version,
      businessKey: row.business_key,
      startedBy: starter?.username ?? row.started_by,
      startedAt: row.started_at.toISOString(),
      status: state?.status ?? TEMPORAL_STATUS[description.status.name] ?? 'running',
      activeNodes: state?.activeNodes ?? [],
      completedNodes: state?.completedNodes ?? [],
      incidents: state?.incidents ?? [],
      variables: access === 'all' ? (state?.variables ?? {}) : pick(state?.variables ?? {}, access),
    };
  }

  /** 撤回: the requester withdraws the case while nobody has claimed or completed a task. */
  async withdraw(id: string, user: CurrentUser, reason?: string, ip?: string): Promise<{ withdrawn: true }> {
    await this.get(id, user);
    const result = await this.client.workflow
      .getHandle(id)
      .executeUpdate(withdrawProcessUpdate, { args: [{ actor: user.username, reason }] })
      .catch((err: unknown) => {
        throw toHttpError(err);
      });
    await this.audit.record({
      actor: user.username,
      action: 'instance.withdrawn',
      subjectType: 'instance',
      subjectId: id,
      ip,
      after: { reason: reason ?? null },
    });
    return result;
  }

  /** Cancels a running instance (process owners and admins); open tasks close as cancelled. */
  async cancel(id: string, user: CurrentUser, reason?: string, ip?: string): Promise<void> {
    const view = await this.get(id, user);
    if (view.status !== 'running')
      throw new AppError('WF_ERR_PROCESS_NOT_RUNNING', `Instance ${id} is ${view.status}`, 409);
    await this.client.workflow.getHandle(id).signal(cancelProcessSignal, { reason, actor: user.username });
    await this.audit.record({
      actor: user.username,
      action: 'instance.cancelled',
      subjectType: 'instance',
      subjectId: id,
      ip,
      after: { reason: reason ?? null },
    });
  }

  /** Resumes a token parked in an incident (process owners and admins). */
  async retryIncident(id: string, incidentId: string, user: CurrentUser, ip?: string) {
    await this.get(id, user);
    const result = await this.client.workflow
      .getHandle(id)
      .executeUpdate(retryIncidentUpdate, { args: [{ incidentId }] })
      .catch((err: unknown) => {
        throw toHttpError(err);
      });
    await this.audit.record({
      actor: user.username,
      action: 'incident.retried',
      subjectType: 'instance',
      subjectId: id,
      ip,
      after: result,
    });
    return result;
  }

  /**
   * Who may see an instance, and which variables: admins and process owners see everything;
   * the requester, CC'd users and task participants see the instance, but only the variables
   * that appear in forms of tasks they may see (their fields, not the whole case file).
   */
  private async access(id: string, startedBy: string, user: CurrentUser): Promise<'all' | Set<string> | undefined> {
    if (user.roles.includes('admin') || user.roles.includes('owner')) return 'all';
    const tasks = await this.db
      .selectFrom('tasks')
      .select(['input', 'data'])
      .where('instance_id', '=', id)
      .where((eb) => canSee(eb, user))
      .execute();
    const viewer = await this.db
      .selectFrom('instance_viewers')
      .select('user_id')
      .where('instance_id', '=', id)
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (startedBy !== user.id && !viewer && tasks.length === 0) return undefined;
    return new Set(tasks.flatMap((t) => [...Object.keys(t.input ?? {}), ...Object.keys(t.data ?? {})]));
  }
}

function pick(variables: Record<string, unknown>, keys: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(variables).filter(([k]) => keys.has(k)));
}
