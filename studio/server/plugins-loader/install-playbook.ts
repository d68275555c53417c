/**
 * Installing a plugin's playbook: its plugin's forms are published (a form already published
 * with the same content answers `unchanged`), then its BPMN is deployed through the definition
 * service, after the plugin's playbooks it calls, so call activities find them.
 */
import { AppError } from '../errors.js';
import type { LoadedPlugin, LoadedPlugins } from './loaded-plugins.js';

/** The two platform services an install uses (typed structurally, so tests can pass doubles). */
export interface InstallServices {
  forms: { publish(document: unknown, actor: string, ip?: string): Promise<VersionResult> };
  definitions: { deploy(xml: string, actor: string, ip?: string): Promise<VersionResult & { key: string }> };
}

interface VersionResult {
  id: string;
  version: number;
  unchanged: boolean;
}

export interface InstallResult {
  plugin: string;
  playbook: string;
  /** Deployed processes, called ones first; the playbook's own is last. */
  processes: Array<{ key: string; id: string; version: number; unchanged: boolean }>;
  forms: Array<{ id: string; version: number; unchanged: boolean }>;
}

export const pluginErrors = {
  pluginNotFound: (id: string) => new AppError('WF_ERR_PLUGIN_NOT_FOUND', `Plugin ${id} is not installed`, 404),
  playbookNotFound: (plugin: string, id: string) =>
    new AppError('WF_ERR_PLAYBOOK_NOT_FOUND', `Plugin ${plugin} has no playbook ${id}`, 404),
};

export async function installPlaybook(
  plugins: LoadedPlugins,
  services: InstallServices,
  request: { plugin: string; playbook: string; actor: string; ip?: string },
): Promise<InstallResult> {
  const plugin = plugins.get(request.plugin);
  if (!plugin) throw pluginErrors.pluginNotFound(request.plugin);
  const target = plugin.playbooks.find((p) => p.playbook.id === request.playbook);
  if (!target) throw pluginErrors.playbookNotFound(request.plugin, request.playbook);
  const forms: InstallResult['forms'] = [];
  for (const form of plugin.forms) {
    const published = await services.forms.publish(form.document, request.actor, request.ip);
    forms.push({ id: published.id, version: published.version, unchanged: published.unchanged });
  }
  const processes: InstallResult['processes'] = [];
  for (const playbook of deployOrder(plugin, target.key)) {
    const deployed = await services.definitions.deploy(playbook.xml, request.actor, request.ip);
    processes.push({ key: deployed.key, id: deployed.id, version: deployed.version, unchanged: deployed.unchanged });
  }
  return { plugin: plugin.manifest.id, playbook: target.playbook.id, processes, forms };
}

/** The playbook and the plugin's playbooks it calls (transitively), callees first. */
function deployOrder(plugin: LoadedPlugin, key: string): LoadedPlugin['playbooks'] {
  const byKey = new Map(plugin.playbooks.map((p) => [p.key, p]));
  const order: LoadedPlugin['playbooks'] = [];
  const visit = (current: string, seen: Set<string>) => {
    const playbook = byKey.get(current);
    if (!playbook || seen.has(current)) return;
    seen.add(current);
    for (const node of Object.values(playbook.graph.nodes)) {
      if (node.type === 'callActivity') visit(node.calledProcess, seen);
    }
    if (!order.includes(playbook)) order.push(playbook);
  };
  visit(key, new Set());
  return order;
}
