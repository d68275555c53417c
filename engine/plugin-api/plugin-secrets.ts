/**
 * Secrets scoped to one plugin. A plugin declares the names it needs in its manifest; its
 * activities can read those and nothing else, so one plugin never sees another's credentials.
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { PluginSecrets, SecretSource } from './activity-context.js';

/** `PLAYBOOK_SECRET_<PLUGIN>_<NAME>`: `banking` + `kycApiKey` → `PLAYBOOK_SECRET_BANKING_KYC_API_KEY`. */
export function secretEnvName(pluginId: string, name: string): string {
  const upper = (s: string) =>
    s
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/-/g, '_')
      .toUpperCase();
  return `PLAYBOOK_SECRET_${upper(pluginId)}_${upper(name)}`;
}

/** Secrets from environment variables named by `secretEnvName`. */
export function envSecretSource(env: NodeJS.ProcessEnv = process.env): SecretSource {
  return (pluginId, name) => {
    const value = env[secretEnvName(pluginId, name)];
    return value === undefined || value === '' ? undefined : value;
  };
}

/** Secrets from a plain object, `{ [pluginId]: { [name]: value } }`: for tests and golden runs. */
export function staticSecretSource(values: Record<string, Record<string, string>>): SecretSource {
  return (pluginId, name) => values[pluginId]?.[name];
}

/** The view one plugin gets: reading an undeclared name is a programming error and throws. */
export function scopedSecrets(pluginId: string, declared: readonly string[], source: SecretSource): PluginSecrets {
  const allowed = new Set(declared);
  const get = (name: string) => {
    if (!allowed.has(name)) {
      throw new Error(`plugin "${pluginId}": secret "${name}" is not declared in the manifest's secrets`);
    }
    return source(pluginId, name);
  };
  return {
    get,
    require(name) {
      const value = get(name);
      if (value === undefined) {
        throw ApplicationFailure.nonRetryable(
          `plugin "${pluginId}": secret "${name}" is not set (${secretEnvName(pluginId, name)})`,
          'WF_ERR_PLUGIN_SECRET_MISSING',
        );
      }
      return value;
    },
  };
}
