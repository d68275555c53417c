/**
 * The platform process: opens the services, makes sure `admin` exists, starts the engine
 * worker and the HTTP server. `npm start` calls this after starting the dev server.
 */
import { buildApp } from './app.js';
import type { PlatformConfig } from './config.js';
import { startEngineWorker } from './engine-worker.js';
import { createPlatform } from './platform.js';

export interface RunningPlatform {
  url: string;
  /** Set only on the first start when ADMIN_PASSWORD was not given. */
  generatedAdminPassword?: string;
  adminCreated: boolean;
  stop(): Promise<void>;
}

export interface RunPlatformOptions {
  /** Address of the dev server `npm start` launched, when TEMPORAL_ADDRESS is unset. */
  temporalAddress?: string;
  log: (line: string) => void;
}

export async function runPlatform(config: PlatformConfig, opts: RunPlatformOptions): Promise<RunningPlatform> {
  const address = config.temporal.address ?? opts.temporalAddress;
  if (!address) throw new Error('No Temporal address');
  opts.log(
    `[platform] opening the database (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}/pglite`})`,
  );
  const platform = await createPlatform(config, { temporalAddress: address });
  const admin = await platform.identity.ensureAdmin(config.adminPassword);
  opts.log('[platform] bundling workflow code and starting the engine worker');
  const engineLog = (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) =>
    opts.log(`[engine] ${level} ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
  const worker = await startEngineWorker(platform, address, {
    info: engineLog('info'),
    warn: engineLog('warn'),
    error: engineLog('error'),
  });
  const app = await buildApp(platform, { logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`,
    generatedAdminPassword: admin.generatedPassword,
    adminCreated: admin.created,
    async stop() {
      await app.close();
      await worker.stop();
      await platform.close();
    },
  };
}
