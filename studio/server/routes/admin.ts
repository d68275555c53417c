/**
 * Users, groups, API tokens, notifications and the audit log. Managing people is for
 * admins; every signed-in user manages their own tokens and reads their notifications.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../errors.js';
import { requireRole, requireUser } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import { RoleName, User } from '../schemas/users.js';
import { reconcileTasks } from '../services/reconcile.js';
import { GROUP_ID_PATTERN } from '../services/tasks/task-access.js';

const NewUserBody = Type.Object(
  {
    username: Type.String({ pattern: '^[\\w.@-]{1,100}$' }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ minLength: 8, maxLength: 200 }),
    roles: Type.Array(RoleName, { minItems: 1, uniqueItems: true }),
    supervisor: Type.Optional(Type.String({ maxLength: 100, description: 'username of the supervisor' })),
    groups: Type.Optional(Type.Array(Type.String({ pattern: GROUP_ID_PATTERN.source }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);
const NewGroupBody = Type.Object(
  {
    id: Type.String({ pattern: GROUP_ID_PATTERN.source }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Optional(Type.String({ maxLength: 50 })),
    parentId: Type.Optional(Type.String({ pattern: GROUP_ID_PATTERN.source })),
    head: Type.Optional(Type.String({ maxLength: 100, description: 'username of the head' })),
  },
  { additionalProperties: false },
);
const Group = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()]),
  headUserId: Type.Union([Type.String(), Type.Null()]),
  members: Type.Array(Type.String()),
});
const IdParams = Type.Object({ id: Type.String({ maxLength: 200 }) });
const AuditQuery = Type.Object({
  subjectType: Type.Optional(Type.String({ maxLength: 50 })),
  subjectId: Type.Optional(Type.String({ maxLength: 300 })),
  actor: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { identity, org, audit } = app.platform;
  const resolveUser = async (username: string, field: string) => {
    const id = (await org.userIdsByName([username])).get(username);
    if (!id) throw errors.bodyInvalid(`${field}: unknown user ${username}`);
    return id;
  };

  app.post(
    '/users',
    { schema: { tags: ['Admin'], body: NewUserBody, response: { 201: User, 400: ErrorResponse, 409: ErrorResponse } } },
    async (req, reply) => {
      const admin = requireRole(req, 'manage users');
      const body = req.body;
      if ((await org.userIdsByName([body.username])).size) throw errors.conflict(`User ${body.username} exists`);
      const supervisorId = body.supervisor ? await resolveUser(body.supervisor, '/supervisor') : undefined;
      for (const g of body.groups ?? [])
        if (!(await org.groupExists(g))) throw errors.bodyInvalid(`/groups: unknown group ${g}`);
      const id = await identity.createUser({ ...body, supervisorId });
      for (const g of body.groups ?? []) await org.addMember(g, id);
      const user = await identity.currentUser(id);
      await audit.record({
        actor: admin.username,
        action: 'user.created',
        subjectType: 'user',
        subjectId: id,
        ip: req.ip,
        after: user,
      });
      return reply.code(201).send(user);
    },
  );

  app.post(
    '/users/:id/disable',
    { schema: { tags: ['Admin'], params: IdParams, response: { 204: Type.Null(), 404: ErrorResponse } } },
    async (req, reply) => {
      const admin = requireRole(req, 'manage users');
      if (!(await identity.setDisabled(req.params.id, true))) throw errors.notFound('User', req.params.id);
      await audit.record({
        actor: admin.username,
        action: 'user.disabled',
        subjectType: 'user',
        subjectId: req.params.id,
        ip: req.ip,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/users/:id/enable',
    { schema: { tags: ['Admin'], params: IdParams, response: { 204: Type.Null(), 404: ErrorResponse } } },
    async (req, reply) => {
      const admin = requireRole(req, 'manage users');
      if (!(await identity.setDisabled(req.params.id, false))) throw errors.notFound('User', req.params.id);
      await audit.record({
        actor: admin.username,
        action: 'user.enabled',
        subjectType: 'user',
        subjectId: req.params.id,
        ip: req.ip,
      });
      return reply.code(204).send(null);
    },
  );

  app.get('/groups', { schema: { tags: ['Admin'], response: { 200: Type.Array(Group) } } }, async (req) => {
    requireUser(req);
    return org.listGroups();
  });

  app.post(
    '/groups',
    {
      schema: { tags: ['Admin'], body: NewGroupBody, response: { 201: Group, 400: ErrorResponse, 409: ErrorResponse } },
    },
    async (req, reply) => {
      const admin = requireRole(req, 'manage groups');
      const body = req.body;
      if (await org.groupExists(body.id)) throw errors.conflict(`Group ${body.id} exists`);
      if (body.parentId && !(await org.groupExists(body.parentId)))
        throw errors.bodyInvalid(`/parentId: unknown group ${body.parentId}`);
      const headUserId = body.head ? await resolveUser(body.head, '/head') : undefined;
      await org.createGroup({ ...body, headUserId });
      await audit.record({
        actor: admin.username,
        action: 'group.created',
        subjectType: 'group',
        subjectId: body.id,
        ip: req.ip,
        after: body,
      });
      return reply.code(201).send((await org.listGroups()).find((g) => g.id === body.id)!);
    },
  );

  app.post(
    '/groups/:id/members',
    {
      schema: {
        tags: ['Admin'],
        params: IdParams,
        body: Type.Object({ username: Type.String({ maxLength: 100 }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req, reply) => {
      const admin = requireRole(req, 'manage groups');
      if (!(await org.groupExists(req.params.id))) throw errors.notFound('Group', req.params.id);
      const userId = await resolveUser(req.body.username, '/username');
      await org.addMember(req.params.id, userId);
      await audit.record({
        actor: admin.username,
        action: 'group.member-added',
        subjectType: 'group',
        subjectId: req.params.id,
        ip: req.ip,
        after: { username: req.body.username },
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['Auth'],
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ id: Type.String(), token: Type.String() }) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const created = await identity.createApiToken(user.id, req.body.name);
      await audit.record({
        actor: user.username,
        action: 'token.created',
        subjectType: 'token',
        subjectId: created.id,
        ip: req.ip,
        after: { name: req.body.name },
      });
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/tokens/:id/revoke',
    { schema: { tags: ['Auth'], params: IdParams, response: { 204: Type.Null(), 404: ErrorResponse } } },
    async (req, reply) => {
      const user = requireUser(req);
      if (!(await identity.revokeApiToken(user.id, req.params.id))) throw errors.notFound('Token', req.params.id);
      await audit.record({
        actor: user.username,
        action: 'token.revoked',
        subjectType: 'token',
        subjectId: req.params.id,
        ip: req.ip,
      });
      return reply.code(204).send(null);
    },
  );

  app.get('/notifications', { schema: { tags: ['Tasks'] } }, async (req) => {
    const user = requireUser(req);
    return app.platform.database.db
      .selectFrom('notifications')
      .select([
        'id',
        'kind',
        'task_id as taskId',
        'instance_id as instanceId',
        'message',
        'created_by as createdBy',
        'created_at as createdAt',
        'read_at as readAt',
      ])
      .where('user_id', '=', user.id)
      .orderBy('created_at', 'desc')
      .limit(100)
      .execute();
  });

  app.post(
    '/admin/reconcile',
    {
      schema: {
        tags: ['Admin'],
        description: 'Compare the task inbox with Temporal; repair with ?repair=true',
        querystring: Type.Object({ repair: Type.Optional(Type.Boolean()) }),
      },
    },
    async (req) => {
      const admin = requireRole(req, 'reconcile the inbox');
      const report = await reconcileTasks(app.platform.database.db, app.platform.temporal.client, {
        repair: req.query.repair ?? false,
      });
      await audit.record({
        actor: admin.username,
        action: 'inbox.reconciled',
        subjectType: 'inbox',
        subjectId: 'tasks',
        ip: req.ip,
        after: { differences: report.differences.length, repaired: report.repaired },
      });
      return report;
    },
  );

  app.get('/audit', { schema: { tags: ['Admin'], querystring: AuditQuery } }, async (req) => {
    requireRole(req, 'read the audit log');
    let q = app.platform.database.db.selectFrom('audit_log').selectAll();
    if (req.query.subjectType) q = q.where('subject_type', '=', req.query.subjectType);
    if (req.query.subjectId) q = q.where('subject_id', '=', req.query.subjectId);
    if (req.query.actor) q = q.where('actor', '=', req.query.actor);
    const rows = await q
      .orderBy('id', 'desc')
      .limit(req.query.limit ?? 100)
      .offset(req.query.offset ?? 0)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      ip: r.ip,
      before: r.before,
      after: r.after,
    }));
  });
};
