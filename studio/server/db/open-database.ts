/**
 * Opens the platform database once per process (PGlite takes seconds and hundreds of MB to
 * open, so it is shared) and brings its schema up to date.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql, type Migration } from 'kysely';
import * as initial from './migrations/001-initial.js';
import * as forms from './migrations/002-forms.js';
import * as identity from './migrations/003-identity.js';
import * as taskSendBack from './migrations/004-task-send-back.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

/** Ordered migrations; names sort in apply order and are never renamed once released. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-forms': forms,
  '003-identity': identity,
  '004-task-send-back': taskSendBack,
};

export interface PlatformDatabase {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** Cheap round trip for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL URL; when undefined PGlite stores its files in `dataDir/pglite` (or memory if dataDir is undefined). */
  databaseUrl?: string;
  dataDir?: string;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<PlatformDatabase> {
  let db: Kysely<Database>;
  let closing = false;
  let kind: PlatformDatabase['kind'];
  if (opts.databaseUrl) {
    const pg = await import('pg');
    const pool = new pg.default.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection can fail at any time (server restart, failover, a terminated backend, or
    // the server closing it while pool.end() is still shutting it down). pg emits that on the pool,
    // and an unhandled 'error' event would take the whole process down; the next query reconnects.
    pool.on('error', (err) => {
      if (!closing) console.error(`platform database: an idle connection failed: ${err.message}`);
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    kind = 'postgres';
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    let dir: string | undefined;
    if (opts.dataDir) {
      dir = path.join(opts.dataDir, 'pglite');
      await mkdir(dir, { recursive: true });
    }
    const pglite = dir ? new PGlite(dir) : new PGlite();
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    kind = 'pglite';
  }
  await migrate(db);
  return {
    db,
    kind,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => {
      closing = true;
      return db.destroy();
    },
  };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
