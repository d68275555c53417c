/**
 * `npm run worker -- --plugin <id>`: a worker process for one plugin with its own task queue
 * (see plugin-worker-main.ts). The engine worker runs inside `npm start`; a standalone engine
 * worker (for PostgreSQL deployments) is not available from this entry point yet.
 */
process.env.TZ = 'UTC'; // Plugin code must not depend on the machine's zone.

import { ConfigError, loadConfig } from './config.js';
import { startPluginWorker } from './plugin-worker-main.js';
import { PluginLoadError } from './plugins-loader/index.js';
import { installTemporalRuntime } from './temporal/runtime.js';

async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--plugin');
  const pluginId = at === -1 ? undefined : args[at + 1];
  if (!pluginId) {
    console.error('usage: npm run worker -- --plugin <plugin-id>   (the engine worker runs inside npm start)');
    process.exit(2);
  }
  const config = loadConfig();
  installTemporalRuntime(config.logLevel);
  const running = await startPluginWorker({ config, pluginId });
  console.log(`[plugin ${pluginId}] worker polling task queue ${running.taskQueue}; Ctrl-C stops it`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await running.done;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof PluginLoadError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
