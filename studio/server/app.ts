/**
 * Builds the fastify app from already-open services. Nothing here connects or listens,
 * so tests build it around their own database and Temporal client and use `inject`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { AppError } from './errors.js';
import { authPlugin } from './plugins/auth.js';
import { attachmentRoutes } from './routes/attachments.js';
import { authRoutes } from './routes/auth.js';
import { formRoutes } from './routes/forms.js';
import { healthRoutes } from './routes/health.js';
import { instanceRoutes } from './routes/instances.js';
import { processRoutes } from './routes/processes.js';
import { pluginRoutes } from './routes/plugins.js';
import { taskRoutes } from './routes/tasks.js';
import { adminRoutes } from './routes/admin.js';
import { messageRoutes } from './routes/messages.js';
import { webSupportRoutes } from './routes/web-support.js';
import { idempotencyPlugin } from './plugins/idempotency.js';
import type { Platform } from './platform.js';

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
}

export interface BuildAppOptions {
  logger?: boolean | { level: string };
  /** Folder with the built studio (index.html); defaults to studio/web/dist or the placeholder. */
  webRoot?: string;
}

export async function buildApp(platform: Platform, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: false }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('platform', platform);
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.statusCode).send({ code: err.code, message: err.message, ...err.details });
    }
    if (err.validation) {
      const first = err.validation[0];
      const pointer = first?.instancePath || '/';
      return reply.code(400).send({
        code: 'WF_ERR_REQUEST_INVALID',
        message: `${err.validationContext ?? 'request'} ${pointer}: ${first?.message ?? 'is invalid'}`,
        errors: err.validation.map((v) => ({
          pointer: v.instancePath || '/',
          code: v.keyword,
          message: v.message ?? '',
        })),
      });
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      return reply.code(status).send({ code: 'WF_ERR_INTERNAL', message: 'Internal error; see the server log' });
    }
    return reply.code(status).send({ code: err.code ?? 'WF_ERR_REQUEST', message: err.message });
  });
  app.setNotFoundHandler((req, reply) => {
    // The studio is a single-page app: a browser opening /inbox/… gets index.html and routes itself.
    if (req.method === 'GET' && !req.url.startsWith('/api/') && req.headers.accept?.includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ code: 'WF_ERR_NOT_FOUND', message: `No route ${req.method} ${req.url.split('?')[0]}` });
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Playbook Studio API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ps_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/docs/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(authPlugin, { identity: platform.identity, secureCookies: platform.secureCookies });
  // An action POST with no body (claim, urge…) is validated as an empty object.
  app.addHook('preValidation', async (req) => {
    if (req.method === 'POST' && req.body === undefined) req.body = {};
  });
  await app.register(idempotencyPlugin, { db: platform.database.db });
  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(processRoutes, { prefix: '/api/processes' });
  await app.register(instanceRoutes, { prefix: '/api/instances' });
  await app.register(formRoutes, { prefix: '/api/forms' });
  await app.register(attachmentRoutes, { prefix: '/api/attachments' });
  await app.register(taskRoutes, { prefix: '/api/tasks' });
  await app.register(adminRoutes, { prefix: '/api' });
  await app.register(messageRoutes, { prefix: '/api/messages' });
  await app.register(pluginRoutes, { prefix: '/api/plugins' });
  await app.register(webSupportRoutes, { prefix: '/api' });
  await app.register(fastifyStatic, { root: opts.webRoot ?? defaultWebRoot(), prefix: '/', wildcard: false });
  return app;
}

/** The built studio (npm run build:web) when it exists, else the placeholder page. */
function defaultWebRoot(): string {
  const dist = path.resolve(import.meta.dirname, '../web/dist');
  return existsSync(path.join(dist, 'index.html')) ? dist : path.resolve(import.meta.dirname, '../web/public');
}
