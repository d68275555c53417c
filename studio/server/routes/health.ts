import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';

const Health = Type.Object({ status: Type.String(), checks: Type.Optional(Type.Record(Type.String(), Type.String())) });

/** Liveness answers while the process runs; readiness only when Temporal and the DB answer. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { tags: ['Health'], response: { 200: Health } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['Health'], response: { 200: Health, 503: Health } } }, async (_req, reply) => {
    const { database, temporal } = app.platform;
    const checks: Record<string, string> = {};
    const probe = async (name: string, fn: () => Promise<unknown>) => {
      try {
        await withTimeout(fn(), 2000);
        checks[name] = 'ok';
      } catch (err) {
        checks[name] = `down: ${(err as Error).message}`;
      }
    };
    await Promise.all([
      probe('database', () => database.ping()),
      probe('temporal', () => temporal.connection.workflowService.getSystemInfo({})),
    ]);
    const ready = Object.values(checks).every((v) => v === 'ok');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref()),
  ]);
}
