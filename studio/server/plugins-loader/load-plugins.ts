/**
 * Loads every plugin the platform runs with: `plugins/*` of the repository and the npm packages
 * in PLAYBOOK_PLUGINS. Each manifest is validated, its forms pass the publish checks, its
 * playbooks compile against every loaded activity, and ids, activity references, form `$id`s,
 * process keys and task queues may not collide. Any problem stops loading with all of them listed.
 */
import path from 'node:path';
import { coreActivityCatalog } from '../../../engine/activities/index.js';
import type { ActivityInfo } from '../../../engine/bpmn/index.js';
import {
  assertValidManifest,
  checkPluginSet,
  compilePluginPlaybooks,
  pluginActivityCatalog,
  PluginManifestError,
  readPluginForms,
  type PluginManifest,
} from '../../../engine/plugin-api/index.js';
import { LoadedPlugins, type LoadedPlugin } from './loaded-plugins.js';
import { importPackagePlugins, importRepoPlugins, type FoundPlugin } from './plugin-modules.js';

/** Loading stopped; `problems` lists every reason, each naming the plugin. */
export class PluginLoadError extends Error {
  readonly code = 'WF_ERR_PLUGIN_LOAD';
  constructor(readonly problems: string[]) {
    super(`Plugins cannot be loaded:\n  ${problems.join('\n  ')}`);
    this.name = 'PluginLoadError';
  }
}

export interface LoadPluginsOptions {
  /** Repository root: `plugins/*\/plugin.ts` below it are loaded. Omit to load no folder plugins. */
  repoRoot?: string;
  /** npm package names (PLAYBOOK_PLUGINS). */
  packages?: readonly string[];
  /** Manifests passed in directly (tests, embedding). */
  manifests?: readonly PluginManifest[];
  /** The engine's task queue, which no plugin may claim. */
  engineTaskQueue?: string;
}

/** The repository this server runs from: its plugins/, workflows/ and form sources. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The plugins a platform process runs with: `plugins/*` of the repository and PLAYBOOK_PLUGINS. */
export function loadConfiguredPlugins(config: {
  plugins: readonly string[];
  temporal: { taskQueue: string };
}): Promise<LoadedPlugins> {
  return loadPlugins({ repoRoot: REPO_ROOT, packages: config.plugins, engineTaskQueue: config.temporal.taskQueue });
}

export async function loadPlugins(opts: LoadPluginsOptions): Promise<LoadedPlugins> {
  const found: FoundPlugin[] = [
    ...(opts.repoRoot ? await importRepoPlugins(opts.repoRoot) : []),
    ...(await importPackagePlugins(opts.packages ?? [])),
    ...(opts.manifests ?? []).map((manifest) => ({ manifest, source: `manifest "${String(manifest?.id)}"` })),
  ];
  const problems: string[] = [];
  const valid = found.filter(({ manifest, source }) => {
    try {
      assertValidManifest(manifest, { source });
      return true;
    } catch (err) {
      problems.push(...(err instanceof PluginManifestError ? err.problems : [`${source}: ${(err as Error).message}`]));
      return false;
    }
  });
  const catalog = new Map<string, ActivityInfo>();
  for (const info of [...coreActivityCatalog, ...valid.flatMap(({ manifest }) => pluginActivityCatalog(manifest))]) {
    catalog.set(`${info.plugin}.${info.name}@${info.major}`, info);
  }
  const loaded: LoadedPlugin[] = [];
  for (const { manifest, source } of valid) {
    const forms = await readPluginForms(manifest);
    // Forms are checked when the playbook is installed, against what is published by then.
    const playbooks = await compilePluginPlaybooks(manifest, {
      findActivity: (plugin, name, major) => catalog.get(`${plugin}.${name}@${major}`),
    });
    problems.push(...forms.problems, ...playbooks.problems);
    loaded.push({
      manifest,
      source,
      forms: forms.forms,
      playbooks: playbooks.compiled,
      activities: pluginActivityCatalog(manifest),
    });
  }
  problems.push(
    ...checkPluginSet(
      loaded.map((p) => ({
        plugin: p.manifest,
        formIds: p.forms.map((f) => f.id),
        processKeys: p.playbooks.map((b) => b.key),
      })),
      { taskQueues: opts.engineTaskQueue ? [opts.engineTaskQueue] : [] },
    ),
  );
  if (problems.length) throw new PluginLoadError(problems);
  return new LoadedPlugins(loaded);
}
