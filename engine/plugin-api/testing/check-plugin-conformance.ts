/**
 * The conformance checks every plugin's tests run, as data: each category lists its problems
 * (empty when the plugin passes), every message naming the plugin and the field, form, file or
 * element. `describePluginConformance` turns the categories into tests; golden runs come on top.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreActivityCatalog } from '../../activities/index.js';
import type { ActivityInfo } from '../../bpmn/index.js';
import type { PluginManifest } from '../define-plugin.js';
import { isObject, ManifestProblems } from '../manifest-problems.js';
import { pluginActivityCatalog } from '../plugin-activity-catalog.js';
import { readPluginForms } from '../plugin-forms.js';
import { compilePluginPlaybooks } from '../plugin-playbooks.js';
import { checkActivitySchemas } from '../validate-activity-entries.js';
import { validatePluginManifest } from '../validate-manifest.js';
import { coreFormsDir, FormLibrary } from './form-library.js';
import type { GoldenRunOptions } from './run-golden-run.js';

export interface ConformanceReport {
  /** Manifest shape: ids, versions, labels, activities, playbooks, schedules. */
  manifest: string[];
  /** Activity input and output schemas that do not compile. */
  schemas: string[];
  /** Forms that would not publish (labels in zh-CN and en included) or belong to another owner. */
  forms: string[];
  /** Playbooks that do not compile against core + the plugin's activities and forms. */
  playbooks: string[];
  /** Playbooks without a `<playbook>.<scenario>.run.json` beside them. */
  goldenRuns: string[];
  /** Playbooks `npm run demo` would not start: the manifest's `demo.starts` lacks them. */
  demo: string[];
}

/** Options shared with golden runs: `plugins` are other plugins this one's playbooks may call. */
export type ConformanceOptions = GoldenRunOptions;

export async function checkPluginConformance(
  plugin: PluginManifest,
  opts: ConformanceOptions = {},
): Promise<ConformanceReport> {
  const manifest = validatePluginManifest(plugin);
  const label = isObject(plugin) && typeof plugin.id === 'string' ? plugin.id : '?';
  const schemas = new ManifestProblems(label);
  checkActivitySchemas(plugin, schemas);
  const forms = new FormLibrary();
  await forms.addInput(coreFormsDir);
  for (const input of opts.extraForms ?? []) await forms.addInput(input);
  for (const other of opts.plugins ?? []) await forms.addPlugin(other);
  const formProblems = await guarded(label, 'forms', async () => {
    if (!Array.isArray(plugin.forms)) return [];
    const { forms: found, problems } = await readPluginForms(plugin);
    for (const form of found) forms.add(form.document, form.source);
    return problems;
  });
  const playbooks = await guarded(label, 'playbooks', async () => {
    if (!Array.isArray(plugin.playbooks) || !plugin.playbooks.every((p) => p?.file instanceof URL)) return [];
    const catalog = new Map<string, ActivityInfo>();
    for (const info of [...coreActivityCatalog, ...[plugin, ...(opts.plugins ?? [])].flatMap(catalogOf)]) {
      catalog.set(`${info.plugin}.${info.name}@${info.major}`, info);
    }
    const compiled = await compilePluginPlaybooks(plugin, {
      findActivity: (p, name, major) => catalog.get(`${p}.${name}@${major}`),
      hasForm: (id) => forms.has(id),
    });
    return compiled.problems;
  });
  return {
    manifest,
    schemas: schemas.list,
    forms: formProblems,
    playbooks,
    goldenRuns: missingGoldenRuns(plugin),
    demo: missingDemoStarts(plugin, label),
  };
}

function missingDemoStarts(plugin: PluginManifest, label: string): string[] {
  if (!Array.isArray(plugin.playbooks)) return [];
  const started = new Set((Array.isArray(plugin.demo?.starts) ? plugin.demo.starts : []).map((s) => s?.playbook));
  return plugin.playbooks
    .filter((p) => !started.has(p?.id))
    .map(
      (p) =>
        `plugin "${label}": demo.starts has no start of playbook "${String(p?.id)}" (npm run demo starts one instance of each)`,
    );
}

/** Every `*.run.json` in the folders of the plugin's playbooks, sorted. */
export function findGoldenRunFiles(plugin: PluginManifest): string[] {
  const dirs = new Set(playbookFiles(plugin).map((file) => path.dirname(file)));
  return [...dirs].flatMap((dir) => listRunFiles(dir).map((name) => path.join(dir, name))).sort();
}

function missingGoldenRuns(plugin: PluginManifest): string[] {
  return playbookFiles(plugin)
    .filter((file) => {
      const base = path.basename(file, '.bpmn');
      return !listRunFiles(path.dirname(file)).some((name) => name.startsWith(`${base}.`));
    })
    .map((file) => {
      const base = path.basename(file, '.bpmn');
      return `plugin "${plugin.id}": playbook ${base}.bpmn has no golden run (${base}.<scenario>.run.json beside it)`;
    });
}

function playbookFiles(plugin: PluginManifest): string[] {
  if (!isObject(plugin) || !Array.isArray(plugin.playbooks)) return [];
  return plugin.playbooks.filter((p) => p?.file instanceof URL).map((p) => fileURLToPath(p.file));
}

function listRunFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.run.json'));
  } catch {
    return [];
  }
}

function catalogOf(plugin: PluginManifest): ActivityInfo[] {
  return isObject(plugin) && isObject(plugin.activities) ? pluginActivityCatalog(plugin) : [];
}

/** A check that throws (on a manifest too broken to inspect) reports the exception as its problem. */
async function guarded(label: string, what: string, check: () => Promise<string[]>): Promise<string[]> {
  try {
    return await check();
  } catch (err) {
    return [`plugin "${label}": ${what} could not be checked: ${(err as Error).message}`];
  }
}
