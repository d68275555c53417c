/**
 * `npm run demo -- <plugin>`: with the platform running (`npm start` in another terminal), seeds the
 * demo organisation and the plugin's staff, installs all its playbooks and starts one instance of
 * each up to its first waiting task. Admin password: ADMIN_PASSWORD, else the one `npm start`
 * generated on first start (DATA_DIR/initial-admin-password). Platform URL: PLAYBOOK_URL, else
 * http://127.0.0.1:PORT.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../studio/server/config.js';
import { demoPassword } from '../studio/server/seed/demo-org.js';
import { importPackagePlugins, importRepoPlugins } from '../studio/server/plugins-loader/plugin-modules.js';
import { DemoError, runDemo } from './lib/demo.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const config = loadConfig();
const found = [...(await importRepoPlugins(repoRoot)), ...(await importPackagePlugins(config.plugins))];
const ids = found.map((f) => f.manifest.id);
const wanted = process.argv[2];
if (!wanted || !ids.includes(wanted)) {
  console.error(`usage: npm run demo -- <plugin>\n  plugins: ${ids.join(', ')}`);
  process.exit(2);
}
const plugin = found.find((f) => f.manifest.id === wanted)!.manifest;
const baseUrl = (process.env.PLAYBOOK_URL ?? `http://127.0.0.1:${config.port}`).replace(/\/$/, '');
const passwordFile = path.join(config.dataDir, 'initial-admin-password');
const adminPassword =
  config.adminPassword ??
  (await readFile(passwordFile, 'utf8').then(
    (t) => t.trim(),
    () => undefined,
  ));
if (!adminPassword) {
  console.error(
    `No admin password: set ADMIN_PASSWORD (the one npm start printed on first start); ${passwordFile} is absent.`,
  );
  process.exit(2);
}

console.log(`demo of ${plugin.id} (${plugin.name['zh-CN']} / ${plugin.name.en}) on ${baseUrl}`);
try {
  const result = await runDemo({ baseUrl, adminPassword, plugin, log: (line) => console.log(line) });
  const people = new Set(result.instances.map((i) => i.startedBy));
  console.log(`\nOpen ${baseUrl} and sign in as one of the staff (password <username>-demo), for example:`);
  for (const user of [...people].slice(0, 4)) console.log(`  ${user.padEnd(16)} ${demoPassword(user)}`);
  console.log(
    `The waiting tasks are in the inbox of the groups listed above; the owner account (owner / ${demoPassword('owner')}) sees the processes.`,
  );
} catch (err) {
  if (err instanceof DemoError) {
    console.error(`\n${err.code}: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
