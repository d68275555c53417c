/**
 * `npm start`: the whole platform on one machine. Starts the Temporal dev server (unless
 * TEMPORAL_ADDRESS is set), then the platform process (database, engine worker, API and
 * studio). Ctrl-C stops everything; data in DATA_DIR survives restarts.
 */
process.env.TZ = 'UTC'; // FEEL and plugin code must not depend on the machine's zone.

import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { engineSearchAttributes } from '../engine/workflow/search-attributes.js';
import { ConfigError, loadConfig } from '../studio/server/config.js';
import { runPlatform } from '../studio/server/run-platform.js';
import { installTemporalRuntime } from '../studio/server/temporal/runtime.js';
import { startDevServer, type DevServer } from './lib/dev-server.js';
import { provisionTemporalCli, TemporalProvisionError } from './lib/provision-temporal.js';
import { buildWeb, webBuildState } from './lib/web-build.js';

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  installTemporalRuntime(config.logLevel);
  // The studio builds while Temporal starts; the platform waits for it below.
  const webBuild = startWebBuild();
  let devServer: DevServer | undefined;
  if (!config.temporal.address) {
    const cliPath = await provisionTemporalCli({ toolsDir: config.toolsDir, log });
    const dir = path.join(config.dataDir, 'temporal');
    await mkdir(dir, { recursive: true });
    log(`[temporal] starting dev server on 127.0.0.1:${config.temporal.devPort} (state in ${dir}/dev.db)`);
    devServer = await startDevServer({
      cliPath,
      namespace: config.temporal.namespace,
      port: config.temporal.devPort,
      uiPort: config.temporal.devUiPort || undefined,
      dbFile: path.join(dir, 'dev.db'),
      searchAttributes: engineSearchAttributes,
      logFile: createWriteStream(path.join(dir, 'server.log'), { flags: 'a' }),
    });
  }
  await webBuild;
  let platform;
  try {
    platform = await runPlatform(config, { temporalAddress: devServer?.address, log });
  } catch (err) {
    await devServer?.stop();
    throw err;
  }

  log('');
  log('Playbook Studio is running');
  log(`  studio + API   ${platform.url}   (OpenAPI: ${platform.url}/docs/openapi.json)`);
  log(`  readiness      ${platform.url}/readyz`);
  log(`  Temporal       ${config.temporal.address ?? devServer?.address} namespace ${config.temporal.namespace}`);
  if (config.temporal.uiUrl) log(`  Temporal UI    ${config.temporal.uiUrl}`);
  log(`  database       ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : path.join(config.dataDir, 'pglite')}`);
  const passwordFile = path.join(config.dataDir, 'initial-admin-password');
  if (platform.generatedAdminPassword) {
    // Kept for `npm run demo` and for whoever missed this line (owner-only file, as Jenkins does).
    await writeFile(passwordFile, `${platform.generatedAdminPassword}\n`, { mode: 0o600 });
    log(
      `  admin login    admin / ${platform.generatedAdminPassword}   (also in ${passwordFile}; set ADMIN_PASSWORD to choose it)`,
    );
  } else {
    log(`  admin login    admin / (ADMIN_PASSWORD, or the generated one in ${passwordFile})`);
  }
  log('  demo data      npm run demo -- <tobacco|banking|telecom|hospitality>   (in another terminal)');
  log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n[${signal}] stopping: API and worker, then Temporal`);
    const force = setTimeout(() => {
      log('Shutdown took over 30 s; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    await platform.stop().catch((err: unknown) => log(`platform stop failed: ${String(err)}`));
    await devServer?.stop();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Builds studio/web when dist is missing or older than its sources; a failed build leaves the placeholder page. */
async function startWebBuild(): Promise<void> {
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const state = await webBuildState(repoRoot);
  if (!state.needed) return;
  const started = Date.now();
  log(
    `[studio] building the web app (studio/web/dist is ${state.reason === 'missing' ? 'missing' : 'older than its sources'})`,
  );
  try {
    await buildWeb(repoRoot);
    log(`[studio] web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    log(`[studio] building the web app failed; serving the placeholder page. ${(err as Error).message}`);
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Configuration error: ${err.message}`);
  } else if (err instanceof TemporalProvisionError) {
    console.error(`${err.code}: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
