import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole, requireUser } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import { InstanceIdParams, InstanceView } from '../schemas/instances.js';

export const instanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id',
    { schema: { tags: ['Instances'], params: InstanceIdParams, response: { 200: InstanceView, 404: ErrorResponse } } },
    async (req) => app.platform.instances.get(req.params.id, requireUser(req)),
  );

  const Reason = Type.Object(
    { reason: Type.Optional(Type.String({ maxLength: 500 })) },
    { additionalProperties: false },
  );
  const errs = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

  app.post(
    '/:id/withdraw',
    {
      schema: {
        tags: ['Instances'],
        description: '撤回: the requester withdraws the case while nobody has acted',
        params: InstanceIdParams,
        body: Reason,
        response: { 200: Type.Object({ withdrawn: Type.Boolean() }), ...errs },
      },
    },
    async (req) => app.platform.instances.withdraw(req.params.id, requireUser(req), req.body.reason, req.ip),
  );

  app.post(
    '/:id/cancel',
    {
      schema: { tags: ['Instances'], params: InstanceIdParams, body: Reason, response: { 204: Type.Null(), ...errs } },
    },
    async (req, reply) => {
      await app.platform.instances.cancel(
        req.params.id,
        requireRole(req, 'cancel instances', 'owner'),
        req.body.reason,
        req.ip,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/:id/incidents/:incidentId/retry',
    {
      schema: {
        tags: ['Instances'],
        params: Type.Object({ id: Type.String({ maxLength: 300 }), incidentId: Type.String({ maxLength: 200 }) }),
        response: { 200: Type.Object({ incidentId: Type.String(), nodeId: Type.String() }), ...errs },
      },
    },
    async (req) =>
      app.platform.instances.retryIncident(
        req.params.id,
        req.params.incidentId,
        requireRole(req, 'retry incidents', 'owner'),
        req.ip,
      ),
  );
};
