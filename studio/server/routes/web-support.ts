/**
 * Read-only routes the browser studio needs until the owning services grow them: a
 * definition's BPMN XML, the instance list and timeline, the activity catalog, the user list
 * and the studio settings (Temporal UI link). Nothing here changes state. The queries are
 * inline on purpose (one file, no service changes); they belong in DefinitionService,
 * InstanceService and IdentityService once those gain the same reads.
 */
import { Type, type FastifyPluginAsyncTypebox, type Static } from '@fastify/type-provider-typebox';
import { errors } from '../errors.js';
import { requireRole, requireUser } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import { ProcessKeyParams } from '../schemas/processes.js';
import {
  ActivityEntry,
  DefinitionDetail,
  InstanceQuery,
  InstanceSummary,
  StudioSettings,
  TimelineEntry,
  UserRow,
} from '../schemas/web-support.js';

const TEMPORAL_STATUS: Record<string, string> = {
  RUNNING: 'running',
  COMPLETED: 'completed',
  FAILED: 'failed',
  TIMED_OUT: 'failed',
  TERMINATED: 'terminated',
  CANCELLED: 'cancelled',
  CONTINUED_AS_NEW: 'running',
};
/** Rows described in Temporal when filtering by status, newest first. */
const STATUS_SCAN_LIMIT = 500;

export const webSupportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, temporal, activities, config } = app.platform;
  const db = database.db;

  app.get(
    '/processes/:key/versions/:version',
    {
      schema: {
        tags: ['Processes'],
        params: Type.Object({ ...ProcessKeyParams.properties, version: Type.Integer({ minimum: 1 }) }),
        response: { 200: DefinitionDetail, 404: ErrorResponse },
      },
    },
    async (req) => {
      requireUser(req);
      const row = await db
        .selectFrom('process_definitions')
        .selectAll()
        .where('key', '=', req.params.key)
        .where('version', '=', req.params.version)
        .executeTakeFirst();
      if (!row) throw errors.processNotFound(`${req.params.key} version ${req.params.version}`);
      const { bpmn_xml, created_at, created_by, warnings, ...rest } = row;
      return {
        ...rest,
        createdAt: created_at.toISOString(),
        createdBy: created_by,
        bpmnXml: bpmn_xml,
        warnings: warnings as unknown[],
      };
    },
  );

  app.get(
    '/instances',
    {
      schema: {
        tags: ['Instances'],
        querystring: InstanceQuery,
        response: { 200: Type.Object({ items: Type.Array(InstanceSummary), total: Type.Integer() }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const q = req.query;
      let query = db.selectFrom('process_instances').selectAll();
      if (!user.roles.includes('admin') && !user.roles.includes('owner'))
        query = query.where('started_by', '=', user.id);
      if (q.processKey) query = query.where('process_key', '=', q.processKey);
      if (q.businessKey) query = query.where('business_key', '=', q.businessKey);
      if (q.search)
        query = query.where((eb) =>
          eb.or([
            eb('id', 'like', `%${escapeLike(q.search!)}%`),
            eb('business_key', 'like', `%${escapeLike(q.search!)}%`),
          ]),
        );
      const limit = q.limit ?? 20;
      const offset = q.offset ?? 0;
      const ordered = query.orderBy('started_at', 'desc');
      const rows = q.status
        ? await ordered.limit(STATUS_SCAN_LIMIT).execute()
        : await ordered.limit(limit).offset(offset).execute();
      const described = await Promise.all(rows.map(async (r) => ({ row: r, status: await statusOf(r.id) })));
      const matching = q.status ? described.filter((d) => d.status === q.status) : described;
      const page = q.status ? matching.slice(offset, offset + limit) : matching;
      const total = q.status
        ? matching.length
        : Number(
            (
              await query
                .clearSelect()
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
      const names = await usernames(page.map((p) => p.row.started_by));
      const items = page.map(({ row, status }) => ({
        id: row.id,
        processKey: row.process_key,
        version: row.version,
        businessKey: row.business_key,
        startedBy: names.get(row.started_by) ?? row.started_by,
        startedAt: row.started_at.toISOString(),
        status,
      }));
      return { items, total };
    },
  );

  app.get(
    '/instances/:id/timeline',
    {
      schema: {
        tags: ['Instances'],
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) }),
        response: { 200: Type.Array(TimelineEntry), 404: ErrorResponse },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const instance = await app.platform.instances.get(req.params.id, user); // 404 unless the user may see it
      const tasks = await db
        .selectFrom('tasks')
        .selectAll()
        .where('instance_id', '=', instance.id)
        .orderBy('created_at')
        .execute();
      const starter = (await usernames([instance.startedBy])).get(instance.startedBy) ?? instance.startedBy;
      const entries: Static<typeof TimelineEntry>[] = [
        {
          at: instance.startedAt,
          kind: 'started',
          nodeId: null,
          name: null,
          actor: starter,
          outcome: null,
          taskId: null,
        },
      ];
      for (const t of tasks) {
        entries.push({
          at: t.created_at.toISOString(),
          kind: 'taskOpened',
          nodeId: t.node_id,
          name: t.name,
          actor: t.assignee,
          outcome: null,
          taskId: t.id,
        });
        if (t.closed_at) {
          const kind =
            t.status === 'completed'
              ? 'taskCompleted'
              : t.status === 'interrupted'
                ? 'taskInterrupted'
                : 'taskCancelled';
          entries.push({
            at: t.closed_at.toISOString(),
            kind,
            nodeId: t.node_id,
            name: t.name,
            actor: t.completed_by,
            outcome: t.outcome,
            taskId: t.id,
          });
        }
      }
      return entries.sort((a, b) => a.at.localeCompare(b.at));
    },
  );

  app.get(
    '/activities',
    {
      schema: {
        tags: ['Processes'],
        description: 'Activities a service task may call: the built-ins and those of the loaded plugins',
        response: { 200: Type.Array(ActivityEntry) },
      },
    },
    async (req) => {
      requireUser(req);
      return activities
        .list()
        .map((a) => ({ ref: `${a.plugin}.${a.name}@${a.major}`, ...a, options: { ...a.options } }));
    },
  );

  app.get('/users', { schema: { tags: ['Admin'], response: { 200: Type.Array(UserRow) } } }, async (req) => {
    requireRole(req, 'list users');
    const users = await db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'roles', 'disabled', 'created_at', 'supervisor_id'])
      .orderBy('username')
      .execute();
    const members = await db.selectFrom('group_members').selectAll().execute();
    return users.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      roles: u.roles,
      disabled: u.disabled,
      createdAt: u.created_at.toISOString(),
      supervisorId: u.supervisor_id,
      groups: members.filter((m) => m.user_id === u.id).map((m) => m.group_id),
    }));
  });

  app.get(
    '/studio/settings',
    { schema: { tags: ['Auth'], description: 'What the studio needs to link out', response: { 200: StudioSettings } } },
    async (req) => {
      requireUser(req);
      return { temporalUiUrl: config.temporal.uiUrl ?? null, temporalNamespace: temporal.namespace };
    },
  );

  /** Instances store who started them by user id; people read usernames. */
  async function usernames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('users')
      .select(['id', 'username'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, r.username]));
  }

  async function statusOf(id: string): Promise<string> {
    try {
      const d = await temporal.client.workflow.getHandle(id).describe();
      return TEMPORAL_STATUS[d.status.name] ?? 'running';
    } catch (err) {
      app.log.warn({ err, instanceId: id }, 'describing an instance for the instance list failed');
      return 'unknown';
    }
  }
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
