/**
 * `Idempotency-Key` for every state-changing POST: the first request with a key runs and
 * its answer is stored; a repeat with the same key and body gets the stored answer, a
 * repeat while the first still runs gets 409, and the same key with another body 422.
 */
import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey?: string;
  }
}

const KEY_PATTERN = /^[\w.:-]{1,200}$/;

export const idempotencyPlugin = fp<{ db: Kysely<Database> }>(
  async (app, { db }) => {
    app.decorateRequest('idempotencyKey', undefined);

    app.addHook('preHandler', async (req, reply) => {
      const header = req.headers['idempotency-key'];
      if (req.method !== 'POST' || header === undefined || !req.user) return;
      const key = Array.isArray(header) ? header[0]! : header;
      if (!KEY_PATTERN.test(key)) {
        throw new AppError('WF_ERR_IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key: 1-200 letters, digits or . _ : -', 400);
      }
      const route = `${req.method} ${req.url.split('?')[0]}`;
      const requestHash = createHash('sha256')
        .update(route)
        .update(JSON.stringify(req.body ?? null))
        .digest('hex');
      const inserted = await db
        .insertInto('idempotency_records')
        .values({ key, user_id: req.user.id, route, request_hash: requestHash })
        .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
        req.idempotencyKey = key;
        return;
      }
      const existing = await db
        .selectFrom('idempotency_records')
        .selectAll()
        .where('user_id', '=', req.user.id)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (existing.request_hash !== requestHash) {
        throw new AppError(
          'WF_ERR_IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different request',
          422,
        );
      }
      if (existing.status_code === null) {
        throw new AppError(
          'WF_ERR_IDEMPOTENCY_IN_PROGRESS',
          'A request with this Idempotency-Key is still running',
          409,
        );
      }
      return reply.code(existing.status_code).header('idempotent-replayed', 'true').send(existing.response);
    });

    app.addHook('onSend', async (req, reply, payload) => {
      if (!req.idempotencyKey || !req.user) return payload;
      const query = db
        .updateTable('idempotency_records')
        .where('user_id', '=', req.user.id)
        .where('key', '=', req.idempotencyKey);
      if (reply.statusCode >= 500) {
        // Let the client retry a request that failed on our side.
        await db
          .deleteFrom('idempotency_records')
          .where('user_id', '=', req.user.id)
          .where('key', '=', req.idempotencyKey)
          .execute();
      } else {
        const body = typeof payload === 'string' && payload.length ? payload : 'null';
        await query.set({ status_code: reply.statusCode, response: body }).execute();
      }
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['auth'] },
);
