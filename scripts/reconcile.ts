/**
 * `npm run reconcile [-- --repair]`: compares the task inbox table with the open tasks of
 * every running instance in Temporal, prints each difference, and repairs them with
 * --repair. It opens the database directly: with embedded PGlite stop the platform first;
 * a running platform offers the same through POST /api/admin/reconcile.
 */
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../studio/server/config.js';
import { openDatabase } from '../studio/server/db/open-database.js';
import { connectionOptions } from '../studio/server/platform.js';
import { reconcileTasks } from '../studio/server/services/reconcile.js';

const repair = process.argv.includes('--repair');
const config = loadConfig();
const address = config.temporal.address ?? `127.0.0.1:${config.temporal.devPort}`;
console.log(`reconciling the task inbox with Temporal at ${address} (${repair ? 'repair' : 'report only'})…`);
const connection = await Connection.connect(await connectionOptions(config, address));
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const client = new Client({ connection, namespace: config.temporal.namespace });
  const report = await reconcileTasks(database.db, client, { repair, log: (l) => console.log(`  ${l}`) });
  console.log(
    `${report.instancesChecked} instances checked, ${report.differences.length} difference(s)${repair ? ' repaired' : ''}`,
  );
  process.exitCode = report.differences.length && !repair ? 1 : 0;
} finally {
  await database.close();
  await connection.close();
}
