/**
 * Forms as immutable, numbered versions of a `$id`: published through the API or loaded from
 * form source files at start, checked before anything is stored, and validated against the
 * version a task pinned. A form that fails a check changes nothing.
 */
import type { Kysely } from 'kysely';
import {
  checkFormDocument,
  compileForm,
  formViewForStep,
  type CompiledForm,
  type FormDocument,
  type FormLocale,
  type FormView,
  type SubmissionResult,
} from '../../../engine/forms/index.js';
import { FormSourceError, readAllFormSources } from '../../../engine/forms/node/index.js';
import type { Database } from '../db/schema.js';
import type { AuditLog } from './audit.js';
import { checkAttachmentRefs, type AttachmentLookup } from './form-attachment-check.js';
import { formErrors } from './form-errors.js';
import { storeFormVersion } from './form-store.js';
import {
  toVersionInfo,
  type FormSummary,
  type FormVersionInfo,
  type PublishedForm,
  type StoredFormVersion,
} from './form-records.js';

export type { FormSummary, FormVersionInfo, PublishedForm, StoredFormVersion } from './form-records.js';

const MAX_COMPILED = 200;

export interface ValidateFormRequest {
  /** The user task id the data is submitted at; undefined outside a process step. */
  step?: string;
  data: unknown;
  /** The record before this step: earlier answers and prefill. */
  current?: Record<string, unknown>;
  locale: FormLocale;
  /** When given, new attachment references must be this user's uploads. */
  actorId?: string;
}

export class FormService {
  private readonly compiledForms = new Map<string, CompiledForm>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditLog,
    private readonly attachments: AttachmentLookup,
  ) {}

  /** Publishes every form source under `repoRoot` whose content changed; throws naming the file when one is invalid. */
  async loadSources(repoRoot: string): Promise<PublishedForm[]> {
    const published: PublishedForm[] = [];
    for (const file of await readAllFormSources(repoRoot)) {
      const checked = checkFormDocument(file.document);
      if (!checked.ok) {
        const first = checked.problems.slice(0, 5).map((p) => `${p.pointer || '/'} ${p.code}: ${p.message}`);
        throw new FormSourceError(file.source, `the form cannot be published:\n  ${first.join('\n  ')}`);
      }
      published.push(
        await storeFormVersion(this.db, this.audit, {
          id: checked.id,
          document: checked.document,
          actor: 'system',
          source: `file:${file.source}`,
        }),
      );
    }
    return published;
  }

  /** Checks and publishes a new version; the same document as the latest version answers `unchanged`. */
  async publish(input: unknown, actor: string, ip?: string): Promise<PublishedForm> {
    const checked = checkFormDocument(input);
    if (!checked.ok) throw formErrors.schemaInvalid(checked.problems);
    return storeFormVersion(this.db, this.audit, {
      id: checked.id,
      document: checked.document,
      actor,
      source: 'api',
      ip,
    });
  }

  /** The latest version of every form. */
  async list(): Promise<FormSummary[]> {
    const rows = await this.db
      .selectFrom('forms as f')
      .innerJoin('form_versions as v', (join) =>
        join.onRef('v.form_id', '=', 'f.id').onRef('v.version', '=', 'f.latest_version'),
      )
      .select(['f.id', 'f.latest_version', 'f.updated_at', 'v.document'])
      .orderBy('f.id')
      .execute();
    return rows.map((r) => {
      const labels = (r.document as FormDocument).labels;
      return {
        id: r.id,
        latestVersion: r.latest_version,
        title: { en: labels.en.title, 'zh-CN': labels['zh-CN'].title },
        updatedAt: r.updated_at.toISOString(),
      };
    });
  }

  async versions(id: string): Promise<FormVersionInfo[]> {
    const rows = await this.db
      .selectFrom('form_versions')
      .selectAll()
      .where('form_id', '=', id)
      .orderBy('version', 'desc')
      .execute();
    if (rows.length === 0) throw formErrors.notFound(id);
    return rows.map(toVersionInfo);
  }

  /** A version, or the latest; throws WF_ERR_FORM_NOT_FOUND. */
  async get(id: string, version?: number): Promise<StoredFormVersion> {
    let query = this.db.selectFrom('form_versions').selectAll().where('form_id', '=', id);
    query = version === undefined ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version);
    const row = await query.executeTakeFirst();
    if (!row) throw formErrors.notFound(id, version);
    return { ...toVersionInfo(row), document: row.document as FormDocument };
  }

  /**
   * The version a task opened now should pin: `version` when given and published, else the
   * latest. Throws WF_ERR_FORM_NOT_FOUND.
   */
  async resolveVersion(id: string, version?: number): Promise<number> {
    const row = await this.db.selectFrom('forms').select('latest_version').where('id', '=', id).executeTakeFirst();
    if (!row || (version !== undefined && (version < 1 || version > row.latest_version)))
      throw formErrors.notFound(id, version);
    return version ?? row.latest_version;
  }

  /** The compiled form of a version (cached; versions never change). */
  async compiled(id: string, version?: number): Promise<CompiledForm> {
    const stored = await this.get(id, version);
    const key = `${stored.id}@${stored.version}`;
    let compiled = this.compiledForms.get(key);
    if (!compiled) {
      compiled = compileForm(stored.document, stored.version);
      if (this.compiledForms.size >= MAX_COMPILED) this.compiledForms.delete(this.compiledForms.keys().next().value!);
      this.compiledForms.set(key, compiled);
    }
    return compiled;
  }

  /** Validates a submission against a version, including that referenced attachments exist and fit their fields. */
  async validate(id: string, version: number, request: ValidateFormRequest): Promise<SubmissionResult> {
    const form = await this.compiled(id, version);
    return checkAttachmentRefs(form, request, this.attachments);
  }

  /** What a person sees at a step: hidden fields removed from schema, labels and values. */
  async view(
    id: string,
    version: number,
    step: string | undefined,
    values: Record<string, unknown>,
    locale: FormLocale,
  ): Promise<FormView> {
    return formViewForStep(await this.compiled(id, version), step, values, locale);
  }
}
