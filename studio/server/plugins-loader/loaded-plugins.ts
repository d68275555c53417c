/**
 * The plugins a process loaded, checked and ready: their manifests, forms, compiled playbooks
 * and activity catalog, and the activity functions for whichever worker runs them.
 */
import {
  createPluginActivities,
  type CompiledPlaybook,
  type PluginActivityDeps,
  type PluginActivityFunctions,
  type PluginActivityInfo,
  type PluginForm,
  type PluginManifest,
} from '../../../engine/plugin-api/index.js';

export interface LoadedPlugin {
  manifest: PluginManifest;
  /** Where it came from: `plugins/<id>/plugin.ts` or `npm:<package>`. */
  source: string;
  forms: PluginForm[];
  playbooks: CompiledPlaybook[];
  activities: PluginActivityInfo[];
}

export class LoadedPlugins {
  private readonly byId: Map<string, LoadedPlugin>;

  constructor(readonly all: readonly LoadedPlugin[]) {
    this.byId = new Map(all.map((p) => [p.manifest.id, p]));
  }

  static none(): LoadedPlugins {
    return new LoadedPlugins([]);
  }

  get(id: string): LoadedPlugin | undefined {
    return this.byId.get(id);
  }

  /** Every plugin activity, for the ActivityCatalog the compiler resolves references against. */
  catalog(): PluginActivityInfo[] {
    return this.all.flatMap((p) => p.activities);
  }

  /** Activities of the plugins without a task queue of their own: the engine worker runs these. */
  engineQueueActivities(deps: PluginActivityDeps): PluginActivityFunctions {
    return Object.assign(
      {},
      ...this.all.filter((p) => !p.manifest.taskQueue).map((p) => createPluginActivities(p.manifest, deps)),
    );
  }

  /** Plugins that asked for their own task queue, each run by its own worker. */
  withOwnQueue(): LoadedPlugin[] {
    return this.all.filter((p) => p.manifest.taskQueue);
  }
}
