/**
 * Installing a plugin's playbook: its plugin's forms are published (a form already published
 * with the same content answers `unchanged`), then its BPMN is deployed through the definition
 * service, after the plugin's playbooks it calls, so call activities find them. Core workflows
 * it calls (incident response, shift handover, …) are deployed from workflows/ when no version of
 * them exists yet; a deployed one, perhaps edited in the studio, is left as it is. Last, the
 * manifest's schedules for the playbook become Temporal Schedules in the site's time zone.
 */
import type { ProcessGraph } from '../../../engine/graph/index.js';
import { isTimeZone } from '../../../engine/plugin-api/validate-manifest.js';
import type { PlaybookScheduleEntry } from '../../../engine/schedules/index.js';
import { AppError } from '../errors.js';
import type { LoadedPlugin, LoadedPlugins } from './loaded-plugins.js';

/** The two platform services an install uses (typed structurally, so tests can pass doubles). */
export interface InstallServices {
  forms: { publish(document: unknown, actor: string, ip?: string): Promise<VersionResult> };
  definitions: {
    deploy(xml: string, actor: string, ip?: string): Promise<VersionResult & { key: string }>;
    get(key: string): Promise<{ graph: ProcessGraph } | undefined>;
  };
  /** Core workflows by process key (workflows/<name>/process.bpmn). */
  coreWorkflows: ReadonlyMap<string, string>;
  schedules: {
    syncPlaybook(
      def: { id: string; key: string; version: number; graph: ProcessGraph },
      entries: readonly PlaybookScheduleEntry[],
      timeZone: string,
    ): Promise<InstalledSchedule[]>;
  };
  /** Zone used when neither the request nor the manifest's schedule names one. */
  siteTimeZone: string;
}

export interface InstalledSchedule {
  id: string;
  scheduleId: string;
  cron?: string;
  cycle?: string;
  timeZone: string;
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
  /** Recurring starts of this playbook now scheduled (empty when the manifest has none). */
  schedules: InstalledSchedule[];
}

export const pluginErrors = {
  pluginNotFound: (id: string) => new AppError('WF_ERR_PLUGIN_NOT_FOUND', `Plugin ${id} is not installed`, 404),
  playbookNotFound: (plugin: string, id: string) =>
    new AppError('WF_ERR_PLAYBOOK_NOT_FOUND', `Plugin ${plugin} has no playbook ${id}`, 404),
  timeZoneInvalid: (zone: string) =>
    new AppError(
      'WF_ERR_TIME_ZONE_INVALID',
      `/timeZone: "${zone}" is not an IANA time zone (for example Asia/Shanghai)`,
      400,
    ),
};

export async function installPlaybook(
  plugins: LoadedPlugins,
  services: InstallServices,
  request: { plugin: string; playbook: string; actor: string; ip?: string; timeZone?: string },
): Promise<InstallResult> {
  const plugin = plugins.get(request.plugin);
  if (!plugin) throw pluginErrors.pluginNotFound(request.plugin);
  const target = plugin.playbooks.find((p) => p.playbook.id === request.playbook);
  if (!target) throw pluginErrors.playbookNotFound(request.plugin, request.playbook);
  // Checked before anything is published or deployed, so a bad request changes nothing.
  if (request.timeZone !== undefined && !isTimeZone(request.timeZone)) {
    throw pluginErrors.timeZoneInvalid(request.timeZone);
  }
  const forms: InstallResult['forms'] = [];
  for (const form of plugin.forms) {
    const published = await services.forms.publish(form.document, request.actor, request.ip);
    forms.push({ id: published.id, version: published.version, unchanged: published.unchanged });
  }
  const processes: InstallResult['processes'] = [];
  const order = deployOrder(plugin, target.key);
  const pluginKeys = new Set(plugin.playbooks.map((p) => p.key));
  const called = order.flatMap((p) => calledKeys(p.graph)).filter((key) => !pluginKeys.has(key));
  await deployCoreWorkflows(called, services, request, processes, new Set());
  let own: { id: string; key: string; version: number } | undefined;
  for (const playbook of order) {
    const deployed = await services.definitions.deploy(playbook.xml, request.actor, request.ip);
    processes.push({ key: deployed.key, id: deployed.id, version: deployed.version, unchanged: deployed.unchanged });
    if (playbook === target) own = deployed;
  }
  const entries = (plugin.manifest.schedules ?? []).filter((s) => s.playbook === target.playbook.id);
  const schedules: InstalledSchedule[] = [];
  if (own) {
    // One zone per schedule: the installer's choice, else the manifest's, else the site's.
    const byZone = new Map<string, PlaybookScheduleEntry[]>();
    for (const entry of entries) {
      const zone = request.timeZone ?? entry.timeZone ?? services.siteTimeZone;
      byZone.set(zone, [...(byZone.get(zone) ?? []), entry]);
    }
    for (const [zone, list] of byZone) {
      schedules.push(...(await services.schedules.syncPlaybook({ ...own, graph: target.graph }, list, zone)));
    }
  }
  return { plugin: plugin.manifest.id, playbook: target.playbook.id, processes, forms, schedules };
}

/** Deploys each core workflow not deployed yet, and the core workflows it calls, callees first. */
async function deployCoreWorkflows(
  keys: readonly string[],
  services: InstallServices,
  request: { actor: string; ip?: string },
  processes: InstallResult['processes'],
  seen: Set<string>,
): Promise<void> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const xml = services.coreWorkflows.get(key);
    if (!xml || (await services.definitions.get(key))) continue;
    // Its own callees first; their keys are read off the XML's call activities.
    await deployCoreWorkflows(xmlCalledKeys(xml), services, request, processes, seen);
    const deployed = await services.definitions.deploy(xml, request.actor, request.ip);
    processes.push({ key: deployed.key, id: deployed.id, version: deployed.version, unchanged: deployed.unchanged });
  }
}

function calledKeys(graph: ProcessGraph): string[] {
  return Object.values(graph.nodes).flatMap((n) => (n.type === 'callActivity' ? [n.calledProcess] : []));
}

function xmlCalledKeys(xml: string): string[] {
  return [...xml.matchAll(/\bcalledElement="([^"]+)"/g)].map((m) => m[1]!);
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
