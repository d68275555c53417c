/**
 * Writes a new plugin from `scripts/plugin-template/`: every `*.tpl` file, with the plugin's
 * id, names and the relative path back to the repository filled in. Used by `npm run plugin:new`.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PLUGIN_ID_PATTERN } from '../../engine/plugin-api/index.js';

export const TEMPLATE_DIR = path.resolve(import.meta.dirname, '../plugin-template');
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const RESERVED = new Set(['core', 'engine', 'workflows', 'plugin', 'plugins']);
const MAX_ID_LENGTH = 40;

/** A refusal (bad id, existing folder); the message says what to do instead. */
export class ScaffoldError extends Error {
  readonly code = 'WF_ERR_PLUGIN_SCAFFOLD';
}

export interface ScaffoldOptions {
  id: string;
  /** Folder the plugin folder is created in; `plugins/` of the repository by default. */
  parentDir?: string;
  repoRoot?: string;
}

/** Creates `<parentDir>/<id>/`; resolves to the files written, relative to it. */
export async function scaffoldPlugin(opts: ScaffoldOptions): Promise<{ dir: string; files: string[] }> {
  const { id } = opts;
  if (!PLUGIN_ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
    throw new ScaffoldError(
      `"${id}" is not a plugin id: use kebab-case (lower-case letters, digits, single hyphens), at most ${MAX_ID_LENGTH} characters, e.g. "acme-retail"`,
    );
  }
  if (RESERVED.has(id)) throw new ScaffoldError(`"${id}" is reserved by the platform; choose another id`);
  const repoRoot = opts.repoRoot ?? REPO_ROOT;
  const dir = path.resolve(opts.parentDir ?? path.join(repoRoot, 'plugins'), id);
  if (await exists(dir)) throw new ScaffoldError(`${dir} already exists; remove it or choose another id`);
  const files = await templateFiles(TEMPLATE_DIR);
  for (const file of files) {
    const target = path.join(dir, file);
    const text = await readFile(path.join(TEMPLATE_DIR, `${file}.tpl`), 'utf8');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, fill(text, id, path.dirname(target), repoRoot, dir));
  }
  return { dir, files };
}

function fill(text: string, id: string, fileDir: string, repoRoot: string, pluginDir: string): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const title = id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  const repo = path.relative(fileDir, repoRoot).split(path.sep).join('/') || '.';
  const shownDir = path.relative(repoRoot, pluginDir).split(path.sep).join('/');
  return text
    .replaceAll('__REPO__', repo)
    .replaceAll('__CAMEL__', camel)
    .replaceAll('__TITLE__', title)
    .replaceAll('__DIR__', shownDir)
    .replaceAll('__ID__', id);
}

/** Template files relative to the template folder, without `.tpl`. */
async function templateFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.tpl'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).slice(0, -'.tpl'.length))
    .sort();
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
