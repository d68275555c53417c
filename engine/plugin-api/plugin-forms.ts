/**
 * Reading a plugin's forms: files (a `.schema.json` and the `.form.json` beside it, the same
 * layout as `forms/`) or inline documents. Each one passes the platform's publish checks, so
 * a missing label or a schema that would not publish is found before anything is deployed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFormDocument, type FormDocument } from '../forms/index.js';
import { readFormSource } from '../forms/node/index.js';
import type { FormEntry, PluginManifest } from './define-plugin.js';

/** A form of a plugin that passed the publish checks. */
export interface PluginForm {
  /** The schema's `$id`, `<plugin>/<form-name>`. */
  id: string;
  document: FormDocument;
  /** The schema file, or `forms[<i>]` for an inline document. */
  source: string;
}

export interface PluginFormsResult {
  forms: PluginForm[];
  /** `plugin "x": forms[0] (request-review.schema.json) /labels/zh-CN FORM_LABEL_MISSING: …` */
  problems: string[];
}

/** Reads and checks every form of the manifest; problems name the entry, file and JSON pointer. */
export async function readPluginForms(plugin: PluginManifest): Promise<PluginFormsResult> {
  const forms: PluginForm[] = [];
  const problems: string[] = [];
  const say = (at: string, text: string) => problems.push(`plugin "${plugin.id}": ${at} ${text}`);
  for (const [i, entry] of plugin.forms.entries()) {
    const file = formFile(entry);
    const at = file ? `forms[${i}] (${path.basename(file)})` : `forms[${i}]`;
    let document: unknown;
    try {
      document = file ? (await readFormSource(path.dirname(file), path.basename(file))).document : entry;
    } catch (err) {
      say(at, (err as Error).message);
      continue;
    }
    const checked = checkFormDocument(document);
    if (!checked.ok) {
      for (const p of checked.problems) say(at, `${p.pointer || '/'} ${p.code}: ${p.message}`);
      continue;
    }
    if (!checked.id.startsWith(`${plugin.id}/`)) {
      say(at, `$id "${checked.id}" must start with "${plugin.id}/" (forms are owned by their plugin)`);
    } else if (forms.some((f) => f.id === checked.id)) {
      say(at, `$id "${checked.id}" is declared twice`);
    } else {
      forms.push({ id: checked.id, document: checked.document, source: file ?? `forms[${i}]` });
    }
  }
  return { forms, problems };
}

/** The schema file of a file entry; undefined for an inline document. */
export function formFile(entry: FormEntry): string | undefined {
  if (entry instanceof URL) return fileURLToPath(entry);
  return typeof entry === 'string' ? entry : undefined;
}
