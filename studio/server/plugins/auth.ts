/**
 * Resolves the session cookie to `request.user` and enforces CSRF on state-changing
 * requests made with a cookie. Routes call `requireUser` / `requireRole`.
 */
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../errors.js';
import type { CurrentUser, IdentityService, Role } from '../services/identity.js';

export const SESSION_COOKIE = 'ps_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    user?: CurrentUser;
    /** The session's CSRF token (cookie sessions only), so a reloaded page can recover it. */
    csrfToken?: string;
  }
}

export const authPlugin = fp<{ identity: IdentityService; secureCookies: boolean }>(
  async (app, opts) => {
    await app.register(cookie);
    app.decorateRequest('user', undefined);
    app.decorateRequest('csrfToken', undefined);
    app.addHook('onRequest', async (req) => {
      const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (bearer) {
        // API tokens are not sent automatically by browsers, so they need no CSRF token.
        const user = await opts.identity.resolveApiToken(bearer.trim());
        if (!user) throw errors.unauthenticated();
        req.user = user;
        return;
      }
      const token = req.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await opts.identity.resolveSession(token);
      if (!session) return;
      if (!SAFE_METHODS.has(req.method) && !req.url.startsWith('/api/auth/login')) {
        if (req.headers['x-csrf-token'] !== session.csrfToken) throw errors.csrf();
      }
      req.user = session.user;
      req.csrfToken = session.csrfToken;
    });
  },
  { name: 'auth' },
);

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires: expiresAt });
}

export function requireUser(req: FastifyRequest): CurrentUser {
  if (!req.user) throw errors.unauthenticated();
  return req.user;
}

export function requireRole(req: FastifyRequest, action: string, ...roles: Role[]): CurrentUser {
  const user = requireUser(req);
  if (!user.roles.some((r) => r === 'admin' || roles.includes(r))) throw errors.forbidden(action);
  return user;
}
