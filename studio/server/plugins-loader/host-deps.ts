/**
 * The dependencies plugin activities get from the platform: its notifier and blob store, the
 * system clock, a logger, and secrets from PLAYBOOK_SECRET_<PLUGIN>_<NAME> environment variables.
 */
import {
  envSecretSource,
  systemClock,
  type PluginActivityDeps,
  type PluginBlobStore,
  type PluginLogger,
  type PluginNotifier,
} from '../../../engine/plugin-api/index.js';

export interface HostDepsInput {
  notifier: PluginNotifier;
  blobStore: PluginBlobStore;
  logger: PluginLogger;
  env?: NodeJS.ProcessEnv;
}

export function hostPluginDeps(input: HostDepsInput): PluginActivityDeps {
  return {
    notifier: input.notifier,
    blobStore: input.blobStore,
    logger: input.logger,
    clock: systemClock,
    secrets: envSecretSource(input.env ?? process.env),
  };
}

/**
 * A notifier for a plugin worker process that has no database: notifications are logged, not
 * delivered. Plugins that must reach people from their own queue use a channel of their own.
 */
export function loggingNotifier(logger: PluginLogger): PluginNotifier {
  return {
    async notify(usernames, notification) {
      logger.warn('notification not delivered: this plugin worker has no inbox database', {
        usernames,
        kind: notification.kind,
        message: notification.message,
      });
    },
  };
}
