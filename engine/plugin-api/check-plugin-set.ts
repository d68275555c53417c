/**
 * Checks a set of plugins loaded together: ids, activity references, form `$id`s, process keys
 * and task queues must each belong to exactly one of them. A collision is a load error naming
 * both plugins, because whichever loaded last would otherwise silently win.
 */
import { listActivities, type PluginManifest } from './define-plugin.js';
import { activityTypeOf } from './plugin-activity-catalog.js';

/** One plugin with what it was found to contribute. */
export interface PluginSetEntry {
  plugin: PluginManifest;
  /** `$id`s of its forms. */
  formIds: readonly string[];
  /** Process keys (BPMN process ids) of its playbooks. */
  processKeys: readonly string[];
}

/** Names the host already uses, which no plugin may take. */
export interface ReservedNames {
  /** The engine's own task queue. */
  taskQueues?: readonly string[];
  formIds?: readonly string[];
  processKeys?: readonly string[];
}

export function checkPluginSet(entries: readonly PluginSetEntry[], reserved: ReservedNames = {}): string[] {
  const problems: string[] = [];
  const owners = {
    id: new Map<string, string>(),
    activity: new Map<string, string>(),
    form: new Map<string, string>((reserved.formIds ?? []).map((id) => [id, 'the platform'])),
    process: new Map<string, string>((reserved.processKeys ?? []).map((key) => [key, 'the platform'])),
    queue: new Map<string, string>((reserved.taskQueues ?? []).map((queue) => [queue, 'the engine'])),
  };
  const claim = (kind: keyof typeof owners, name: string, plugin: string, what: string) => {
    const owner = owners[kind].get(name);
    if (owner === undefined) owners[kind].set(name, plugin);
    else problems.push(`plugin "${plugin}": ${what} is already provided by ${quote(owner)}`);
  };
  for (const { plugin, formIds, processKeys } of entries) {
    // Two plugins with one id would also share every reference: report the id alone.
    if (owners.id.has(plugin.id)) {
      problems.push(`plugin "${plugin.id}": id is used by two plugins`);
      continue;
    }
    owners.id.set(plugin.id, plugin.id);
    for (const { name, definition } of listActivities(plugin)) {
      const ref = activityTypeOf(plugin.id, name, definition.version);
      claim('activity', ref, plugin.id, `activity ${ref}`);
    }
    for (const id of formIds) claim('form', id, plugin.id, `form $id "${id}"`);
    for (const key of processKeys) claim('process', key, plugin.id, `process key "${key}"`);
    if (plugin.taskQueue) claim('queue', plugin.taskQueue, plugin.id, `taskQueue "${plugin.taskQueue}"`);
  }
  return problems;
}

function quote(owner: string): string {
  return owner.startsWith('the ') ? owner : `plugin "${owner}"`;
}
