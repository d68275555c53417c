/**
 * `npm run seed -- demo`: creates the demo organisation (a bank branch, a tobacco district,
 * a telecom account team and a tea house, with users in each role). It opens the platform
 * database directly, so run it while the platform is stopped (PGlite has one owner).
 */
import { loadConfig } from '../studio/server/config.js';
import { openDatabase } from '../studio/server/db/open-database.js';
import { demoPassword, demoUsers } from '../studio/server/seed/demo-org.js';
import { seedDemoOrg } from '../studio/server/seed/seed-demo.js';
import { IdentityService } from '../studio/server/services/identity.js';
import { OrgService } from '../studio/server/services/org.js';

const what = process.argv[2];
if (what !== 'demo') {
  console.error('usage: npm run seed -- demo');
  process.exit(2);
}
const config = loadConfig();
console.log(`seeding the demo organisation into ${config.databaseUrl ? 'PostgreSQL' : `${config.dataDir}/pglite`}…`);
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await seedDemoOrg({ identity: new IdentityService(database.db), org: new OrgService(database.db) });
  console.log(`added ${result.users} users and ${result.groups} groups`);
  for (const u of demoUsers)
    console.log(
      `  ${u.username.padEnd(14)} ${demoPassword(u.username).padEnd(20)} ${u.roles.join(',')} ${u.groups.join(',')}`,
    );
} finally {
  await database.close();
}
