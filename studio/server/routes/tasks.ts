import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../errors.js';
import { requireUser } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import {
  CcBody,
  CompleteTaskBody,
  CompleteTaskResult,
  InboxCounts,
  InboxQuerystring,
  TaskDetail,
  TaskIdParams,
  TaskList,
  TaskSummary,
  ToUserBody,
  UrgeBody,
} from '../schemas/tasks.js';

const errorsFor = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = (req: { user?: unknown; ip: string; idempotencyKey?: string }) => ({
    user: requireUser(req as never),
    ip: req.ip,
    idempotencyKey: req.idempotencyKey,
  });

  app.get(
    '/',
    { schema: { tags: ['Tasks'], querystring: InboxQuerystring, response: { 200: TaskList } } },
    async (req) => {
      const user = requireUser(req);
      const q = req.query;
      if (q.scope === 'all' && !user.roles.includes('admin')) throw errors.forbidden('list every task');
      const fields = Object.fromEntries(
        Object.entries(q as Record<string, unknown>)
          .filter(([k, v]) => k.startsWith('field.') && typeof v === 'string')
          .map(([k, v]) => [k.slice('field.'.length), v as string]),
      );
      return app.platform.tasks.queries.list(user, { ...q, scope: q.scope ?? 'mine', fields });
    },
  );

  app.get('/counts', { schema: { tags: ['Tasks'], response: { 200: InboxCounts } } }, async (req) =>
    app.platform.tasks.queries.counts(requireUser(req)),
  );

  app.get(
    '/:id',
    { schema: { tags: ['Tasks'], params: TaskIdParams, response: { 200: TaskDetail, 404: ErrorResponse } } },
    async (req) => app.platform.tasks.detail(req.params.id, requireUser(req)),
  );

  const action = (path: string, description: string) => ({
    path,
    schema: { tags: ['Tasks'], description, params: TaskIdParams },
  });

  const claim = action('/:id/claim', 'Claim an unassigned task you are a candidate for');
  app.post(claim.path, { schema: { ...claim.schema, response: { 200: TaskSummary, ...errorsFor } } }, async (req) =>
    app.platform.tasks.actions.claim(req.params.id, ctx(req)),
  );

  const unclaim = action('/:id/unclaim', 'Give a claimed task back to its candidates');
  app.post(unclaim.path, { schema: { ...unclaim.schema, response: { 200: TaskSummary, ...errorsFor } } }, async (req) =>
    app.platform.tasks.actions.unclaim(req.params.id, ctx(req)),
  );

  const transfer = action('/:id/transfer', '转交: hand the task to another user');
  app.post(
    transfer.path,
    { schema: { ...transfer.schema, body: ToUserBody, response: { 200: TaskSummary, ...errorsFor } } },
    async (req) => app.platform.tasks.actions.transfer(req.params.id, req.body.to, ctx(req)),
  );

  const delegate = action('/:id/delegate', '委托: let another user work on it; they return it to you');
  app.post(
    delegate.path,
    { schema: { ...delegate.schema, body: ToUserBody, response: { 200: TaskSummary, ...errorsFor } } },
    async (req) => app.platform.tasks.actions.delegate(req.params.id, req.body.to, ctx(req)),
  );

  const giveBack = action('/:id/return', 'Return a delegated task to whoever delegated it');
  app.post(
    giveBack.path,
    { schema: { ...giveBack.schema, response: { 200: TaskSummary, ...errorsFor } } },
    async (req) => app.platform.tasks.actions.returnDelegated(req.params.id, ctx(req)),
  );

  const complete = action('/:id/complete', 'Complete the task with form data; send an Idempotency-Key');
  app.post(
    complete.path,
    { schema: { ...complete.schema, body: CompleteTaskBody, response: { 200: CompleteTaskResult, ...errorsFor } } },
    async (req) => app.platform.tasks.actions.complete(req.params.id, req.body, ctx(req)),
  );

  const urge = action('/:id/urge', '催办: remind whoever holds the task');
  app.post(
    urge.path,
    {
      schema: {
        ...urge.schema,
        body: UrgeBody,
        response: { 200: Type.Object({ notified: Type.Array(Type.String()) }), ...errorsFor, 429: ErrorResponse },
      },
    },
    async (req) => app.platform.tasks.actions.urge(req.params.id, req.body?.message, ctx(req)),
  );

  const cc = action('/:id/cc', '抄送: let other users read the case');
  app.post(
    cc.path,
    {
      schema: {
        ...cc.schema,
        body: CcBody,
        response: { 200: Type.Object({ cc: Type.Array(Type.String()) }), ...errorsFor },
      },
    },
    async (req) => app.platform.tasks.actions.cc(req.params.id, req.body.users, ctx(req)),
  );

  const sendBack = action('/:id/send-back', '退回: send the task back to an earlier step the process allows');
  app.post(
    sendBack.path,
    {
      schema: {
        ...sendBack.schema,
        body: Type.Object(
          {
            to: Type.String({ minLength: 1, maxLength: 200, description: 'user task id' }),
            reason: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            taskId: Type.String(),
            nodeId: Type.String(),
            sentBackTo: Type.String(),
            sentBackBy: Type.String(),
            at: Type.String(),
          }),
          ...errorsFor,
        },
      },
    },
    async (req) => app.platform.tasks.actions.sendBack(req.params.id, req.body.to, req.body.reason, ctx(req)),
  );

  const coSign = action('/:id/co-signers', '加签: add a signer to a multi-instance approval');
  app.post(
    coSign.path,
    {
      schema: {
        ...coSign.schema,
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ nodeId: Type.String(), instances: Type.Integer() }), ...errorsFor },
      },
    },
    async (req) => app.platform.tasks.actions.addCoSigner(req.params.id, req.body.username, ctx(req)),
  );
};
