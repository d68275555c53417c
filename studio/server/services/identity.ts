/**
 * Users, sessions, API tokens and login throttling. Session and API tokens are random
 * 32-byte values; only their sha256 is stored, so a leaked database hands out no access.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { hashPassword, verifyPassword } from './passwords.js';

export const ROLES = ['admin', 'owner', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as handlers see it. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** Ids of the groups (org units) the user belongs to. */
  groups: string[];
  /** UI and message language: zh-CN or en. */
  locale: string;
}

export interface Session {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  supervisorId?: string;
  locale?: string;
}

const SESSION_TTL_MS = 12 * 3600 * 1000;
/** Failed logins per username and address within the window before logins are refused. */
export const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const API_TOKEN_PREFIX = 'pst_';

export type LoginResult =
  { ok: true; user: CurrentUser; session: Session } | { ok: false; reason: 'bad-credentials' | 'throttled' };

export class IdentityService {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates `admin` on first start; returns the generated password when none was given. */
  async ensureAdmin(password?: string): Promise<{ created: boolean; generatedPassword?: string }> {
    const existing = await this.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
    if (existing) return { created: false };
    const generated = password ? undefined : randomBytes(12).toString('base64url');
    await this.createUser({
      username: 'admin',
      displayName: 'Administrator',
      password: password ?? generated!,
      roles: ['admin'],
    });
    return { created: true, generatedPassword: generated };
  }

  async createUser(input: NewUser): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('users')
      .values({
        id,
        username: input.username,
        display_name: input.displayName,
        password_hash: await hashPassword(input.password),
        roles: JSON.stringify(input.roles),
        supervisor_id: input.supervisorId ?? null,
        locale: input.locale ?? 'zh-CN',
      })
      .execute();
    return id;
  }

  /** Checks a password and opens a session. Repeated failures for one username and address are throttled. */
  async login(username: string, password: string, ip: string): Promise<LoginResult> {
    const since = new Date(Date.now() - LOGIN_THROTTLE.windowMs);
    const failures = await this.db
      .selectFrom('login_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username', '=', username)
      .where('ip', '=', ip)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    if (Number(failures.n) >= LOGIN_THROTTLE.maxFailures) return { ok: false, reason: 'throttled' };
    const row = await this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    if (!row || row.disabled || !(await verifyPassword(password, row.password_hash))) {
      await this.db.insertInto('login_failures').values({ username, ip }).execute();
      return { ok: false, reason: 'bad-credentials' };
    }
    await this.db.deleteFrom('login_failures').where('username', '=', username).where('ip', '=', ip).execute();
    const token = randomBytes(32).toString('base64url');
    const session = {
      token,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    };
    await this.db
      .insertInto('sessions')
      .values({ id: tokenHash(token), user_id: row.id, csrf_token: session.csrfToken, expires_at: session.expiresAt })
      .execute();
    return { ok: true, user: await this.currentUser(row.id), session };
  }

  async logout(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', tokenHash(token)).execute();
  }

  /** The user and CSRF token behind a session cookie, if the session is live and the user enabled. */
  async resolveSession(token: string): Promise<{ user: CurrentUser; csrfToken: string } | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.disabled', 'sessions.csrf_token', 'sessions.expires_at'])
      .where('sessions.id', '=', tokenHash(token))
      .executeTakeFirst();
    if (!row || row.disabled || row.expires_at.getTime() < Date.now()) return undefined;
    return { user: await this.currentUser(row.id), csrfToken: row.csrf_token };
  }

  /** Issues an API token for automation; the plain token is returned once and never stored. */
  async createApiToken(userId: string, name: string): Promise<{ id: string; token: string }> {
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    await this.db
      .insertInto('api_tokens')
      .values({ id, user_id: userId, name, token_hash: tokenHash(token) })
      .execute();
    return { id, token };
  }

  async revokeApiToken(userId: string, id: string): Promise<boolean> {
    const res = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  async resolveApiToken(token: string): Promise<CurrentUser | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['api_tokens.id as tokenId', 'users.id', 'users.disabled'])
      .where('api_tokens.token_hash', '=', tokenHash(token))
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row || row.disabled) return undefined;
    await this.db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.tokenId).execute();
    return this.currentUser(row.id);
  }

  /** Disables a user and ends all their sessions at once. */
  async setDisabled(userId: string, disabled: boolean): Promise<boolean> {
    const res = await this.db.updateTable('users').set({ disabled }).where('id', '=', userId).executeTakeFirst();
    if (disabled) await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    return Number(res.numUpdatedRows) > 0;
  }

  async currentUser(userId: string): Promise<CurrentUser> {
    const row = await this.db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'roles', 'locale'])
      .select((eb) =>
        eb
          .selectFrom('group_members')
          .select(sql<string[]>`coalesce(json_agg(group_id order by group_id), '[]'::json)`.as('g'))
          .whereRef('group_members.user_id', '=', 'users.id')
          .as('groups'),
      )
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles as Role[],
      groups: (row.groups ?? []) as string[],
      locale: row.locale,
    };
  }
}
