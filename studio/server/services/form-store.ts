/**
 * Writes a form version. Versions are numbered per form under a row lock, never updated, and
 * a document equal to the latest version (or, for a file source, to that source's last
 * version) makes no new version.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FormDocument } from '../../../engine/forms/index.js';
import type { Database } from '../db/schema.js';
import type { AuditLog } from './audit.js';
import { canonicalJson, toVersionInfo, type PublishedForm } from './form-records.js';

export interface NewFormVersion {
  id: string;
  /** Already checked by checkFormDocument. */
  document: FormDocument;
  actor: string;
  /** `api`, or `file:<path>` for a form source. */
  source: string;
  ip?: string;
}

export async function storeFormVersion(
  db: Kysely<Database>,
  audit: AuditLog,
  input: NewFormVersion,
): Promise<PublishedForm> {
  const { id, document, actor, source, ip } = input;
  const hash = createHash('sha256').update(canonicalJson(document)).digest('hex');
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('forms')
      .values({ id })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    // Row lock: concurrent publishers (or API servers starting together) take turns numbering versions.
    const form = await trx.selectFrom('forms').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const latest = await trx
      .selectFrom('form_versions')
      .selectAll()
      .where('form_id', '=', id)
      .where('version', '=', form.latest_version)
      .executeTakeFirst();
    if (latest?.hash === hash) return { ...toVersionInfo(latest), unchanged: true };
    if (source !== 'api') {
      // A file source is published once per content, even when the API published a newer version since.
      const sameSource = await trx
        .selectFrom('form_versions')
        .selectAll()
        .where('form_id', '=', id)
        .where('source', '=', source)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (sameSource?.hash === hash) return { ...toVersionInfo(sameSource), unchanged: true };
    }
    const version = form.latest_version + 1;
    const row = await trx
      .insertInto('form_versions')
      .values({ form_id: id, version, document: JSON.stringify(document), hash, source, created_by: actor })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('forms')
      .set({ latest_version: version, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await audit.record(
      {
        actor,
        action: 'form.published',
        subjectType: 'form',
        subjectId: `${id}@${version}`,
        ip,
        after: { id, version, hash, source },
      },
      trx,
    );
    return { ...toVersionInfo(row), unchanged: false };
  });
}
