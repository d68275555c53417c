import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../errors.js';
import { SESSION_COOKIE, setSessionCookie } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import { User } from '../schemas/users.js';

const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/login',
    {
      schema: {
        tags: ['Auth'],
        body: LoginBody,
        response: {
          200: Type.Object({ user: User, csrfToken: Type.String() }),
          401: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (req, reply) => {
      const result = await app.platform.identity.login(req.body.username, req.body.password, req.ip);
      if (!result.ok) {
        await app.platform.audit.record({
          actor: req.body.username,
          action: result.reason === 'throttled' ? 'auth.login-throttled' : 'auth.login-failed',
          subjectType: 'user',
          subjectId: req.body.username,
          ip: req.ip,
        });
        throw result.reason === 'throttled' ? errors.loginThrottled() : errors.badCredentials();
      }
      setSessionCookie(reply, result.session.token, result.session.expiresAt, app.platform.secureCookies);
      await app.platform.audit.record({
        actor: result.user.username,
        action: 'auth.login',
        subjectType: 'user',
        subjectId: result.user.id,
        ip: req.ip,
      });
      return { user: result.user, csrfToken: result.session.csrfToken };
    },
  );

  app.post('/logout', { schema: { tags: ['Auth'], response: { 204: Type.Null() } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await app.platform.identity.logout(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  // Same-origin reads only (CORS is off), so returning the CSRF token here does not leak it.
  const Me = Type.Object({ ...User.properties, csrfToken: Type.Optional(Type.String()) });
  app.get('/me', { schema: { tags: ['Auth'], response: { 200: Me, 401: ErrorResponse } } }, async (req) => {
    if (!req.user) throw errors.unauthenticated();
    return { ...req.user, ...(req.csrfToken ? { csrfToken: req.csrfToken } : {}) };
  });
};
