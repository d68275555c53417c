import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';

const MessageBody = Type.Object(
  {
    messageName: Type.String({ minLength: 1, maxLength: 200 }),
    correlationKey: Type.Optional(Type.String({ maxLength: 200 })),
    businessKey: Type.Optional(Type.String({ maxLength: 200 })),
    payload: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
const MessageResult = Type.Object({ started: Type.Array(Type.String()), signalled: Type.Array(Type.String()) });

/** BPMN messages from other systems: start processes with a message start, wake waiting instances. */
export const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    { schema: { tags: ['Instances'], body: MessageBody, response: { 200: MessageResult, 403: ErrorResponse } } },
    async (req) => {
      const user = requireRole(req, 'send process messages', 'owner');
      const result = await app.platform.messages.deliver(req.body, user);
      await app.platform.audit.record({
        actor: user.username,
        action: 'message.delivered',
        subjectType: 'message',
        subjectId: req.body.messageName,
        ip: req.ip,
        after: { ...req.body, ...result },
      });
      return result;
    },
  );
};
