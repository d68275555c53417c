/**
 * The processes a golden run can reach: every `.bpmn` in the run's folder and every playbook of
 * the given plugins, compiled against the core and plugin activities and the form library, and
 * stored as version 1 so call activities find each other.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreActivityCatalog, InMemoryDefinitionStore } from '../../activities/index.js';
import { compileBpmn, type ActivityInfo } from '../../bpmn/index.js';
import type { ProcessGraph } from '../../graph/index.js';
import type { PluginManifest } from '../define-plugin.js';
import { pluginActivityCatalog } from '../plugin-activity-catalog.js';
import { describeProblem } from '../plugin-playbooks.js';
import type { FormLibrary } from './form-library.js';

export interface GoldenProcesses {
  definitions: InMemoryDefinitionStore;
  /** The process the run starts. */
  target: ProcessGraph;
}

export interface GoldenProcessesRequest {
  label: string;
  runDir: string;
  /** `process` of the run file: a process key or a `.bpmn` file name in `runDir`. */
  process: string;
  plugins: readonly PluginManifest[];
  /** More `.bpmn` files, or folders of them, the run can reach (processes it calls). */
  extraProcesses?: readonly (URL | string)[];
  forms: FormLibrary;
  /** The task queue this run uses for a plugin with its own queue (unique per run). */
  queueOf(plugin: PluginManifest): string | undefined;
}

export async function compileGoldenProcesses(req: GoldenProcessesRequest): Promise<GoldenProcesses> {
  const catalog = new Map<string, ActivityInfo>();
  for (const info of coreActivityCatalog) catalog.set(info.activityType, info);
  for (const plugin of req.plugins) {
    const queue = req.queueOf(plugin);
    for (const info of pluginActivityCatalog(plugin)) {
      catalog.set(info.activityType, { ...info, ...(queue ? { taskQueue: queue } : {}) });
    }
  }
  const ctx = {
    findActivity: (plugin: string, name: string, major: number) => catalog.get(`${plugin}.${name}@${major}`),
    hasForm: (id: string) => req.forms.has(id),
  };
  const files = await bpmnFiles(req.runDir, req.plugins, req.extraProcesses ?? []);
  const definitions = new InMemoryDefinitionStore();
  const byKey = new Map<string, { graph: ProcessGraph; file: string }>();
  const problems: string[] = [];
  for (const file of files) {
    const result = await compileBpmn(await readFile(file, 'utf8'), ctx);
    const shown = path.basename(file);
    if (!result.ok) {
      problems.push(...result.problems.map((p) => `${shown}: ${describeProblem(p)}`));
      continue;
    }
    const other = byKey.get(result.graph.key);
    if (other && other.file !== file)
      problems.push(`${shown}: process key "${result.graph.key}" is also used by ${other.file}`);
    byKey.set(result.graph.key, { graph: result.graph, file });
    definitions.add({ definitionId: `${result.graph.key}:1`, version: 1, graph: result.graph });
  }
  if (problems.length) {
    throw new Error(`golden run ${req.label}: the processes do not compile:\n  ${problems.join('\n  ')}`);
  }
  const wanted = req.process.endsWith('.bpmn') ? path.resolve(req.runDir, req.process) : undefined;
  const target = [...byKey.values()].find((p) => (wanted ? p.file === wanted : p.graph.key === req.process));
  if (!target) {
    const known = [...byKey.entries()].map(([key, p]) => `${key} (${path.basename(p.file)})`).join(', ');
    throw new Error(`golden run ${req.label}: process "${req.process}" not found; known: ${known || 'none'}`);
  }
  return { definitions, target: target.graph };
}

async function bpmnFiles(
  runDir: string,
  plugins: readonly PluginManifest[],
  extra: readonly (URL | string)[],
): Promise<string[]> {
  const fromPlugins = plugins.flatMap((p) => p.playbooks.map((b) => fileURLToPath(b.file)));
  const found = [...(await bpmnIn(runDir)), ...fromPlugins];
  for (const entry of extra) {
    const file = entry instanceof URL ? fileURLToPath(entry) : path.resolve(entry);
    found.push(...(file.endsWith('.bpmn') ? [file] : await bpmnIn(file)));
  }
  return [...new Set(found)].sort();
}

async function bpmnIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.bpmn')).map((n) => path.join(dir, n));
}
