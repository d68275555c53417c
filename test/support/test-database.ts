/**
 * A fresh, empty platform database for one test file: in-memory PGlite by default, or a
 * new PostgreSQL database (created and dropped here) when the suite runs in the
 * `postgres` project. CI runs the storage and API suites both ways.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type PlatformDatabase } from '../../studio/server/db/open-database.js';

export const usingPostgres = () => process.env.TEST_DATABASE_KIND === 'postgres';

export async function openTestDatabase(): Promise<PlatformDatabase> {
  if (!usingPostgres()) return openDatabase({});
  const adminUrl = process.env.PS_TEST_POSTGRES_URL;
  if (!adminUrl)
    throw new Error('The postgres test project needs PS_TEST_POSTGRES_URL (see scripts/ci/start-postgres.sh)');
  const name = `ps_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
