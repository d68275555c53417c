/**
 * The forms a golden run knows: the platform's core forms (`forms/`), the run folder's
 * `forms/`, every plugin's forms and any extra ones. Each passes the publish checks; the
 * compiler asks the library whether a form exists and completions are validated against it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFormDocument, compileForm, type CompiledForm, type FormDocument } from '../../forms/index.js';
import { readFormSource } from '../../forms/node/index.js';
import type { PluginManifest } from '../define-plugin.js';
import { readPluginForms } from '../plugin-forms.js';

/** A form document, or the URL / absolute path of a `.schema.json` file or of a folder of them. */
export type FormInput = FormDocument | URL | string;

/** The platform's own forms (`core/*`), published at every start. */
export const coreFormsDir = path.resolve(import.meta.dirname, '../../../forms');

export class FormLibrary {
  private readonly documents = new Map<string, { document: FormDocument; source: string }>();
  private readonly compiledForms = new Map<string, CompiledForm>();

  has(id: string): boolean {
    return this.documents.has(id);
  }

  ids(): string[] {
    return [...this.documents.keys()].sort();
  }

  /** The compiled form; throws when the library has no such form. */
  compiled(id: string): CompiledForm {
    let compiled = this.compiledForms.get(id);
    if (!compiled) {
      const entry = this.documents.get(id);
      if (!entry) throw new Error(`form "${id}" is not known (known: ${this.ids().join(', ') || 'none'})`);
      compiled = compileForm(entry.document, 1);
      this.compiledForms.set(id, compiled);
    }
    return compiled;
  }

  add(document: unknown, source: string): void {
    const checked = checkFormDocument(document);
    if (!checked.ok) {
      const first = checked.problems.slice(0, 5).map((p) => `${p.pointer || '/'} ${p.code}: ${p.message}`);
      throw new Error(`form ${source} cannot be published:\n  ${first.join('\n  ')}`);
    }
    const existing = this.documents.get(checked.id);
    if (existing && JSON.stringify(existing.document) !== JSON.stringify(checked.document)) {
      throw new Error(`form "${checked.id}" comes from both ${existing.source} and ${source}, and they differ`);
    }
    this.documents.set(checked.id, { document: checked.document, source });
  }

  async addPlugin(plugin: PluginManifest): Promise<void> {
    const { forms, problems } = await readPluginForms(plugin);
    if (problems.length) throw new Error(problems.join('\n'));
    for (const form of forms) this.add(form.document, form.source);
  }

  /** Adds a document, a `.schema.json` file, or every `*.schema.json` in a folder (none if it is missing). */
  async addInput(input: FormInput): Promise<void> {
    if (typeof input !== 'string' && !(input instanceof URL)) return this.add(input, 'an extra form document');
    const file = input instanceof URL ? fileURLToPath(input) : input;
    if (file.endsWith('.schema.json')) return this.addFile(file);
    const entries = await readdir(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
    for (const name of entries.filter((n) => n.endsWith('.schema.json')).sort()) {
      await this.addFile(path.join(file, name));
    }
  }

  private async addFile(file: string): Promise<void> {
    const source = await readFormSource(path.dirname(file), path.basename(file));
    this.add(source.document, file);
  }
}
