import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { resolveLocale } from '../../../engine/forms/index.js';
import { errors } from '../errors.js';
import { requireRole } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import {
  FormIdParams,
  FormOwnerNameParams,
  FormOwnerNameVersionParams,
  FormSummary,
  FormVersionInfo,
  FormVersionParams,
  FormViewQuery,
  FormViewResponse,
  PublishedForm,
  PublishFormBody,
  StoredFormVersion,
  ValidateFormBody,
  ValidateFormResponse,
} from '../schemas/forms.js';
import { formErrors } from '../services/form-errors.js';

/** Larger than any acceptable form or submission, so oversize content reaches the checks and gets their codes. */
const MAX_FORM_BODY = 1024 * 1024;

type IdParams = { id?: string; owner?: string; name?: string; version?: number };
const formIdOf = (p: IdParams) => p.id ?? `${p.owner}/${p.name}`;
/** Any role may read forms; a signed-in user without one may not. */
const reader = (req: FastifyRequest) => requireRole(req, 'read forms', 'staff', 'owner');

export const formRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // JSON.parse keeps `__proto__` and `constructor` as plain own keys; the form checks then refuse
  // them with a pointer (fastify's default parser would answer a bare parse error instead).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_FORM_BODY }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (err) {
      done(errors.bodyInvalid(`The body is not valid JSON: ${(err as Error).message}`), undefined);
    }
  });

  app.post(
    '/',
    {
      bodyLimit: MAX_FORM_BODY,
      schema: {
        tags: ['Forms'],
        description: 'Publishes a new immutable version of the form named by schema.$id.',
        body: PublishFormBody,
        response: {
          200: PublishedForm,
          201: PublishedForm,
          400: ErrorResponse,
          403: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, 'publish forms', 'owner');
      const published = await app.platform.forms.publish(req.body, user.username, req.ip);
      return reply.code(published.unchanged ? 200 : 201).send(published);
    },
  );

  app.get('/', { schema: { tags: ['Forms'], response: { 200: Type.Array(FormSummary) } } }, async (req) => {
    reader(req);
    return app.platform.forms.list();
  });

  // Every per-form route answers under /:id (slash URL-encoded) and under /:owner/:name.
  for (const [prefix, params, versionParams] of [
    ['/:id', FormIdParams, FormVersionParams],
    ['/:owner/:name', FormOwnerNameParams, FormOwnerNameVersionParams],
  ] as const) {
    app.get(
      `${prefix}/versions`,
      { schema: { tags: ['Forms'], params, response: { 200: Type.Array(FormVersionInfo), 404: ErrorResponse } } },
      async (req) => {
        reader(req);
        return app.platform.forms.versions(formIdOf(req.params as IdParams));
      },
    );

    app.get(
      `${prefix}/versions/:version`,
      { schema: { tags: ['Forms'], params: versionParams, response: { 200: StoredFormVersion, 404: ErrorResponse } } },
      async (req) => {
        reader(req);
        const p = req.params as IdParams;
        return app.platform.forms.get(formIdOf(p), p.version);
      },
    );

    app.get(
      `${prefix}/versions/:version/view`,
      {
        schema: {
          tags: ['Forms'],
          description: 'The form as shown at a step: hidden fields removed, read-only fields marked.',
          params: versionParams,
          querystring: FormViewQuery,
          response: { 200: FormViewResponse, 404: ErrorResponse },
        },
      },
      async (req) => {
        reader(req);
        const p = req.params as IdParams;
        const locale = req.query.locale ?? resolveLocale(req.headers['accept-language']);
        return app.platform.forms.view(formIdOf(p), p.version!, req.query.step, {}, locale);
      },
    );

    app.post(
      `${prefix}/versions/:version/validate`,
      {
        bodyLimit: MAX_FORM_BODY,
        schema: {
          tags: ['Forms'],
          description: 'Validates a submission as the server would when a task completes; stores nothing.',
          params: versionParams,
          body: ValidateFormBody,
          response: { 200: ValidateFormResponse, 400: ErrorResponse, 404: ErrorResponse },
        },
      },
      async (req) => {
        const user = reader(req);
        const p = req.params as IdParams;
        const body = req.body as ValidateFormBody;
        const result = await app.platform.forms.validate(formIdOf(p), p.version!, {
          step: body.step,
          data: body.data,
          current: body.current,
          locale: body.locale ?? resolveLocale(req.headers['accept-language']),
          actorId: user.id,
        });
        if (!result.ok) throw formErrors.invalid(result.errors);
        return { ok: true as const, data: result.data, removed: result.removed };
      },
    );
  }
};
