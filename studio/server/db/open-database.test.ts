import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, usingPostgres } from '../../../test/support/test-database.js';

describe('openDatabase', () => {
  it('migrates a fresh database to the latest schema', async () => {
    const database = await openTestDatabase();
    try {
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public'`.execute(database.db);
      const names = tables.rows.map((r) => r.table_name);
      expect(names).toEqual(expect.arrayContaining(['process_definitions', 'tasks', 'users', 'form_versions']));
    } finally {
      await database.close();
    }
  });

  // PostgreSQL only (registered, not skipped, in that pass): PGlite has no server to drop a connection.
  if (usingPostgres())
    it('survives the server terminating its idle connections, and the next query reconnects', async () => {
      const database = await openTestDatabase();
      const uncaught: unknown[] = [];
      const onUncaught = (err: unknown) => uncaught.push(err);
      process.on('uncaughtException', onUncaught);
      const errors: string[] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
      try {
        const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(database.db);
        const admin = new pg.Client({ connectionString: process.env.PS_TEST_POSTGRES_URL });
        await admin.connect();
        const killed = await admin.query(
          'select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [rows[0]!.db],
        );
        await admin.end();
        expect(killed.rowCount).toBeGreaterThan(0);
        // Give the pool time to see the FATAL on its idle socket.
        const deadline = Date.now() + 5000;
        while (errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect(errors.join('\n')).toMatch(/platform database: an idle connection failed/);
        const again = await sql<{ one: number }>`select 1 as one`.execute(database.db);
        expect(again.rows[0]!.one).toBe(1);
        expect(uncaught).toEqual([]);
      } finally {
        console.error = originalError;
        process.off('uncaughtException', onUncaught);
        await database.close();
      }
    });
});
