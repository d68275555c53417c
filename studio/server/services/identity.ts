/**
 * Users and sessions. Session tokens are random 32-byte values; only their sha256 is
 * stored, so a leaked database does not hand out live sessions.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
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
}

export interface Session {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

const SESSION_TTL_MS = 12 * 3600 * 1000;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export class IdentityService {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates `admin` on an empty user table; returns the generated password when none was given. */
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

  async createUser(input: { username: string; displayName: string; password: string; roles: Role[] }): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('users')
      .values({
        id,
        username: input.username,
        display_name: input.displayName,
        password_hash: await hashPassword(input.password),
        roles: JSON.stringify(input.roles),
      })
      .execute();
    return id;
  }

  /** Checks a password and opens a session; undefined for an unknown, disabled or wrong login. */
  async login(username: string, password: string): Promise<{ user: CurrentUser; session: Session } | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    if (!row || row.disabled || !(await verifyPassword(password, row.password_hash))) return undefined;
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
    return { user: toUser(row), session };
  }

  async logout(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', tokenHash(token)).execute();
  }

  /** The user and CSRF token behind a session cookie, if the session is live and the user enabled. */
  async resolveSession(token: string): Promise<{ user: CurrentUser; csrfToken: string } | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.username',
        'users.display_name',
        'users.roles',
        'users.disabled',
        'sessions.csrf_token',
        'sessions.expires_at',
      ])
      .where('sessions.id', '=', tokenHash(token))
      .executeTakeFirst();
    if (!row || row.disabled || row.expires_at.getTime() < Date.now()) return undefined;
    return { user: toUser(row), csrfToken: row.csrf_token };
  }
}

function toUser(row: { id: string; username: string; display_name: string; roles: string[] }): CurrentUser {
  return { id: row.id, username: row.username, displayName: row.display_name, roles: row.roles as Role[] };
}
