import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import { InstanceIdParams, InstanceView } from '../schemas/instances.js';

export const instanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id',
    { schema: { tags: ['Instances'], params: InstanceIdParams, response: { 200: InstanceView, 404: ErrorResponse } } },
    async (req) => app.platform.instances.get(req.params.id, requireUser(req)),
  );
};
