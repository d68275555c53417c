/**
 * Finding plugin modules: every `plugins/<id>/plugin.ts` of the repository and every npm
 * package named in PLAYBOOK_PLUGINS, each imported and its manifest export picked out.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDefinedPlugin, type PluginManifest } from '../../../engine/plugin-api/index.js';
import { PACKAGE_NAME_PATTERN } from './package-name.js';

/** A manifest as found, before any check; `source` names where it came from in messages. */
export interface FoundPlugin {
  manifest: PluginManifest;
  /** `plugins/banking/plugin.ts` or `npm:@acme/playbook-banking`. */
  source: string;
}

/** Imports `plugins/*\/plugin.ts`; a folder without one is an error, not silently skipped. */
export async function importRepoPlugins(repoRoot: string): Promise<FoundPlugin[]> {
  const pluginsDir = path.join(repoRoot, 'plugins');
  const entries = await readdir(pluginsDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  const found: FoundPlugin[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort(byName)) {
    const source = `plugins/${entry.name}/plugin.ts`;
    const file = path.join(pluginsDir, entry.name, 'plugin.ts');
    if (!(await isFile(file))) throw new Error(`${source} is missing: every folder in plugins/ is a plugin`);
    found.push({ manifest: manifestOf(await importModule(pathToFileURL(file).href, source), source), source });
  }
  return found;
}

/** Imports each package by name, resolved from the platform's own node_modules. */
export async function importPackagePlugins(packages: readonly string[]): Promise<FoundPlugin[]> {
  const found: FoundPlugin[] = [];
  for (const name of packages) {
    const source = `npm:${name}`;
    if (!PACKAGE_NAME_PATTERN.test(name)) throw new Error(`PLAYBOOK_PLUGINS: "${name}" is not an npm package name`);
    found.push({ manifest: manifestOf(await importModule(name, source), source), source });
  }
  return found;
}

async function importModule(specifier: string, source: string): Promise<Record<string, unknown>> {
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    const hint = source.startsWith('npm:') ? ' (is it installed? npm install it next to the platform)' : '';
    throw new Error(`${source} cannot be loaded${hint}: ${(err as Error).message}`, { cause: err });
  }
}

/** The export made by definePlugin; else a default export that looks like a manifest. */
function manifestOf(module: Record<string, unknown>, source: string): PluginManifest {
  const defined = Object.entries(module).filter(([, value]) => isDefinedPlugin(value));
  const names = [...new Set(defined.map(([, value]) => value))];
  if (names.length === 1) return names[0] as PluginManifest;
  if (names.length > 1) {
    throw new Error(`${source} exports several plugin manifests (${defined.map(([n]) => n).join(', ')}); export one`);
  }
  const fallback = module.default;
  if (typeof fallback === 'object' && fallback !== null && 'id' in fallback) return fallback as PluginManifest;
  throw new Error(`${source} exports no plugin manifest: export const <camelId>Plugin = definePlugin({ … })`);
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
