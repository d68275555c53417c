import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../errors.js';
import { requireRole, requireUser } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import { DefinitionSummary, DeployResponse, ProcessKeyParams, StartInstanceBody } from '../schemas/processes.js';

/** Upper bound for a BPMN upload; the compiler applies its own, finer limits. */
const MAX_BPMN_BYTES = 2 * 1024 * 1024;

export const processRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // BPMN may be posted as raw XML; keep it a string and let the compiler judge it.
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit: MAX_BPMN_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/',
    {
      bodyLimit: MAX_BPMN_BYTES,
      schema: {
        tags: ['Processes'],
        description: 'Compiles and deploys a new version. Body: BPMN XML (application/xml) or { bpmnXml }.',
        response: { 200: DeployResponse, 201: DeployResponse, 400: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, 'deploy processes', 'owner');
      const xml = typeof req.body === 'string' ? req.body : bpmnFromJson(req.body);
      const deployed = await app.platform.definitions.deploy(xml, user.username, req.ip);
      return reply.code(deployed.unchanged ? 200 : 201).send(deployed);
    },
  );

  app.get('/', { schema: { tags: ['Processes'], response: { 200: Type.Array(DefinitionSummary) } } }, async (req) => {
    requireUser(req);
    return app.platform.definitions.list();
  });

  app.get(
    '/:key/versions',
    {
      schema: {
        tags: ['Processes'],
        params: ProcessKeyParams,
        response: { 200: Type.Array(DefinitionSummary), 404: ErrorResponse },
      },
    },
    async (req) => {
      requireUser(req);
      return app.platform.definitions.versions(req.params.key);
    },
  );

  app.post(
    '/:key/instances',
    {
      schema: {
        tags: ['Instances'],
        params: ProcessKeyParams,
        body: StartInstanceBody,
        response: { 201: Type.Object({ instanceId: Type.String() }), 404: ErrorResponse },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const started = await app.platform.instances.start(req.params.key, req.body ?? {}, user, req.ip);
      return reply.code(201).send(started);
    },
  );
};

function bpmnFromJson(body: unknown): string {
  const parsed = body as { bpmnXml?: unknown } | null;
  if (!parsed || typeof parsed !== 'object' || typeof parsed.bpmnXml !== 'string' || parsed.bpmnXml.length === 0) {
    throw errors.bodyInvalid(
      'Send BPMN XML as application/xml, or JSON { "bpmnXml": "<definitions …>" } (field /bpmnXml)',
    );
  }
  const extra = Object.keys(parsed).filter((k) => k !== 'bpmnXml');
  if (extra.length) throw errors.bodyInvalid(`Unknown field /${extra[0]}`);
  return parsed.bpmnXml;
}
