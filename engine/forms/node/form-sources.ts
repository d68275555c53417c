/**
 * Form source files (Node only): `<name>.schema.json` (the JSON Schema, source of truth)
 * next to `<name>.form.json` ({ uiSchema, labels, steps }) in `forms/`, `workflows/<w>/forms/`
 * and `plugins/<p>/forms/`. The server publishes them at start; `npm run gen` types them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A form source as read from disk, before any check. */
export interface FormSourceFile {
  /** Path of the schema file relative to the repository root, with `/` separators. */
  source: string;
  schemaPath: string;
  formPath: string;
  /** `{ schema, ...form file }`: what checkFormDocument and publishing take. */
  document: unknown;
}

export class FormSourceError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'FormSourceError';
  }
}

const SCHEMA_SUFFIX = '.schema.json';

/** The folders that hold form sources, relative to the repository root. */
export async function formSourceFolders(repoRoot: string): Promise<string[]> {
  const folders = ['forms'];
  for (const parent of ['workflows', 'plugins']) {
    for (const entry of await listDir(path.join(repoRoot, parent))) {
      if (entry.isDirectory()) folders.push(`${parent}/${entry.name}/forms`);
    }
  }
  return folders;
}

/** Every `*.schema.json` in the source folders (not below them), sorted for stable output. */
export async function discoverFormSources(repoRoot: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of await formSourceFolders(repoRoot)) {
    for (const entry of await listDir(path.join(repoRoot, folder))) {
      if (entry.isFile() && entry.name.endsWith(SCHEMA_SUFFIX)) found.push(`${folder}/${entry.name}`);
    }
  }
  return found.sort();
}

/** Reads a schema and its form file; throws FormSourceError naming the file when either is not JSON. */
export async function readFormSource(repoRoot: string, source: string): Promise<FormSourceFile> {
  const schemaPath = path.join(repoRoot, source);
  const formPath = schemaPath.slice(0, -SCHEMA_SUFFIX.length) + '.form.json';
  const schema = await readJson(schemaPath, source);
  const form = await readJson(formPath, path.relative(repoRoot, formPath));
  if (form === null || typeof form !== 'object' || Array.isArray(form)) {
    throw new FormSourceError(path.relative(repoRoot, formPath), 'expected an object { uiSchema?, labels, steps? }');
  }
  const { $schema: _ignored, ...rest } = form as Record<string, unknown>;
  return { source, schemaPath, formPath, document: { schema, ...rest } };
}

export async function readAllFormSources(repoRoot: string): Promise<FormSourceFile[]> {
  return Promise.all((await discoverFormSources(repoRoot)).map((source) => readFormSource(repoRoot, source)));
}

async function readJson(file: string, shown: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new FormSourceError(
      shown,
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : String(err),
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new FormSourceError(shown, `not valid JSON: ${(err as Error).message}`);
  }
}

async function listDir(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
