import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFor, objectSchema } from '../../../engine/forms/fixtures/form-fixtures.js';
import { openDatabase, type PlatformDatabase } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { AttachmentService } from './attachments.js';
import { AuditLog } from './audit.js';
import { LocalFolderBlobStore } from './blob-store.js';
import { formGate, taskFormView } from './form-task-hooks.js';
import { FormService } from './forms.js';
import type { CurrentUser } from './identity.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const staff = (id: string): CurrentUser => ({
  id,
  username: id,
  displayName: id,
  roles: ['staff'],
  groups: [],
  locale: 'en',
});
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const pdf = new TextEncoder().encode('%PDF-1.7\n...');

const signatureForm = (id: string, extra: Record<string, unknown> = {}) =>
  documentFor(
    objectSchema(
      {
        name: { type: 'string', maxLength: 50 },
        signature: { type: 'string', format: 'attachment-id', contentMediaType: 'image/png' },
        ...extra,
      },
      { required: ['name'] },
      id,
    ),
  );

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

describe('FormService', () => {
  let database: PlatformDatabase;
  let blobRoot: string;
  let forms: FormService;
  let attachments: AttachmentService;

  beforeAll(async () => {
    database = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL });
    blobRoot = await mkdtemp(path.join(tmpdir(), 'forms-test-'));
    const audit = new AuditLog(database.db);
    attachments = new AttachmentService(database.db, new LocalFolderBlobStore(blobRoot), audit, { maxBytes: 1024 });
    forms = new FormService(database.db, audit, attachments);
  });
  afterAll(async () => {
    await database?.close();
    await rm(blobRoot, { recursive: true, force: true });
  });

  it('should number versions, answer unchanged for the same document and keep old versions as published', async () => {
    // given
    const v1 = signatureForm('test/versions');
    const v2 = signatureForm('test/versions', { phone: { type: 'string' } });
    v2.labels.en.fields['/phone'] = { label: 'Phone' };
    v2.labels['zh-CN'].fields['/phone'] = { label: '电话' };
    // when
    const first = await forms.publish(v1, 'owner-1');
    const again = await forms.publish(structuredClone(v1), 'owner-1');
    const second = await forms.publish(v2, 'owner-2');
    // then
    expect(first).toMatchObject({
      id: 'test/versions',
      version: 1,
      unchanged: false,
      source: 'api',
      createdBy: 'owner-1',
    });
    expect(again).toMatchObject({ version: 1, unchanged: true });
    expect(second).toMatchObject({ version: 2, unchanged: false });
    expect((await forms.get('test/versions', 1)).document).toEqual(v1);
    expect((await forms.get('test/versions')).version).toBe(2);
    expect((await forms.versions('test/versions')).map((v) => v.version)).toEqual([2, 1]);
  });

  it('should reject an invalid form with FORM_SCHEMA_INVALID and store nothing', async () => {
    // given
    const broken = signatureForm('test/broken', { bad: { type: 'string', pattern: '(?=x)' } });
    // when
    const err = await rejection(forms.publish(broken, 'owner-1'));
    // then
    expect(err).toMatchObject({ code: 'FORM_SCHEMA_INVALID', statusCode: 422 });
    expect(err.details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '/schema/properties/bad/pattern' })]),
    );
    expect((await rejection(forms.versions('test/broken'))).code).toBe('WF_ERR_FORM_NOT_FOUND');
  });

  it('should publish the form sources once, and not bring a source back over a newer API version', async () => {
    // when
    const loaded = await forms.loadSources(repoRoot);
    const reloaded = await forms.loadSources(repoRoot);
    const source = await forms.get('core/incident-report');
    const edited = structuredClone(source.document);
    edited.labels.en.title = 'Incident report (edited)';
    await forms.publish(edited, 'owner-1');
    const afterEdit = await forms.loadSources(repoRoot);
    // then
    expect(loaded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'core/incident-report',
          version: 1,
          unchanged: false,
          source: 'file:forms/incident-report.schema.json',
        }),
      ]),
    );
    expect(reloaded.every((p) => p.unchanged)).toBe(true);
    expect(afterEdit.every((p) => p.unchanged)).toBe(true);
    expect((await forms.get('core/incident-report')).version).toBe(2);
    expect((await forms.list()).find((f) => f.id === 'core/incident-report')).toMatchObject({
      latestVersion: 2,
      title: { en: 'Incident report (edited)', 'zh-CN': '事件报告' },
    });
  });

  it('should check that attachments exist, fit their field and were uploaded by the submitter', async () => {
    // given
    const { version } = await forms.publish(signatureForm('test/signed'), 'owner-1');
    const mine = await attachments.upload({ filename: 'sig.png', bytes: png }, staff('u1'));
    const theirs = await attachments.upload({ filename: 'sig.png', bytes: png }, staff('u2'));
    const document = await attachments.upload({ filename: 'contract.pdf', bytes: pdf }, staff('u1'));
    const validate = (signature: string, current?: Record<string, unknown>) =>
      forms.validate('test/signed', version, { data: { name: 'n', signature }, current, locale: 'en', actorId: 'u1' });
    // when / then
    expect(await validate(mine.id)).toMatchObject({ ok: true, data: { name: 'n', signature: mine.id } });
    expect((await validate('0b6f1c52-3a0e-4b7e-9c61-2f0f7d1f9a11')).errors).toEqual([
      expect.objectContaining({ pointer: '/signature', code: 'attachmentNotFound' }),
    ]);
    expect((await validate(document.id)).errors).toEqual([
      expect.objectContaining({ pointer: '/signature', code: 'attachmentType' }),
    ]);
    expect((await validate(theirs.id)).errors).toEqual([
      expect.objectContaining({ pointer: '/signature', code: 'attachmentNotYours' }),
    ]);
    expect(await validate(theirs.id, { signature: theirs.id })).toMatchObject({ ok: true });
  });

  it('should compile each version once and answer 404 for versions that do not exist', async () => {
    // given
    const { version } = await forms.publish(signatureForm('test/cache'), 'owner-1');
    // when
    const a = await forms.compiled('test/cache', version);
    const b = await forms.compiled('test/cache', version);
    // then
    expect(a).toBe(b);
    expect((await rejection(forms.get('test/cache', 99))).code).toBe('WF_ERR_FORM_NOT_FOUND');
  });

  it('should resolve the version a new task pins: the one asked for, else the latest', async () => {
    // given
    await forms.publish(signatureForm('test/pin'), 'owner-1');
    const v2 = signatureForm('test/pin');
    v2.labels.en.title = 'second';
    await forms.publish(v2, 'owner-1');
    // when / then
    expect(await forms.resolveVersion('test/pin')).toBe(2);
    expect(await forms.resolveVersion('test/pin', 1)).toBe(1);
    expect((await rejection(forms.resolveVersion('test/pin', 3))).code).toBe('WF_ERR_FORM_NOT_FOUND');
    expect((await rejection(forms.resolveVersion('test/none'))).code).toBe('WF_ERR_FORM_NOT_FOUND');
  });
});

describe('form task hooks', () => {
  let database: PlatformDatabase;
  let forms: FormService;
  const steps = { UserTask_Approve: { default: 'read' as const, fields: { '/decision': 'write' as const } } };

  beforeAll(async () => {
    database = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL });
    const audit = new AuditLog(database.db);
    forms = new FormService(database.db, audit, { describe: async () => new Map() });
    await forms.publish(
      documentFor(
        objectSchema(
          { amount: { type: 'number' }, decision: { type: 'string', enum: ['yes', 'no'] } },
          { required: ['amount', 'decision'] },
          'test/approval',
        ),
        steps,
      ),
      'owner-1',
    );
  });
  afterAll(async () => database?.close());

  it("should gate a completion at the task's step against its pinned version and input", async () => {
    // given
    const gate = formGate(forms, () => 'zh-CN');
    const task = { form_id: 'test/approval', form_version: 1, node_id: 'UserTask_Approve', input: { amount: 10 } };
    // when
    const data = await gate(task, { amount: 10, decision: 'yes' }, { id: 'u1' });
    const err = await rejection(gate(task, { amount: 99, decision: 'maybe' }, { id: 'u1' }));
    // then
    expect(data).toEqual({ decision: 'yes' });
    expect(err).toMatchObject({ code: 'FORM_INVALID', statusCode: 400 });
    expect(err.details.errors).toEqual([
      expect.objectContaining({ pointer: '/amount', code: 'fieldReadOnly' }),
      expect.objectContaining({ pointer: '/decision', code: 'enum', message: '“zh:/decision”必须是给定选项之一' }),
    ]);
    expect(await gate({ ...task, form_id: null }, { anything: 1 }, { id: 'u1' })).toEqual({ anything: 1 });
  });

  it('should show the task its form as the step sees it', async () => {
    // when
    const view = await taskFormView(forms)(
      { formId: 'test/approval', formVersion: 1, nodeId: 'UserTask_Approve' },
      { id: 'u1' },
      { amount: 10 },
    );
    // then
    expect(view).toMatchObject({
      id: 'test/approval',
      version: 1,
      data: { amount: 10 },
      fieldStates: { '/amount': 'read', '/decision': 'write' },
    });
  });
});

describe('AttachmentService', () => {
  let database: PlatformDatabase;
  let blobRoot: string;
  let attachments: AttachmentService;

  beforeAll(async () => {
    database = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL });
    blobRoot = await mkdtemp(path.join(tmpdir(), 'attachments-test-'));
    attachments = new AttachmentService(database.db, new LocalFolderBlobStore(blobRoot), new AuditLog(database.db), {
      maxBytes: 64,
    });
  });
  afterAll(async () => {
    await database?.close();
    await rm(blobRoot, { recursive: true, force: true });
  });

  it('should refuse files above the size limit with 413 and files of the wrong type with 415', async () => {
    // when
    const large = await rejection(
      attachments.upload({ filename: 'a.txt', bytes: new Uint8Array(65).fill(65) }, staff('u1')),
    );
    const svg = await rejection(
      attachments.upload({ filename: 'a.svg', bytes: new TextEncoder().encode('<svg/>') }, staff('u1')),
    );
    // then
    expect(large).toMatchObject({ code: 'WF_ERR_ATTACHMENT_TOO_LARGE', statusCode: 413 });
    expect(svg).toMatchObject({ code: 'WF_ERR_ATTACHMENT_TYPE', statusCode: 415 });
  });

  it('should let the uploader and owners read a file, and answer 404 to other staff', async () => {
    // given
    const info = await attachments.upload({ filename: '../../现场.png', bytes: png }, staff('u1'));
    // when
    const own = await attachments.open(info.id, staff('u1'));
    const owner = await attachments.open(info.id, { ...staff('boss'), roles: ['owner'] });
    const other = await rejection(attachments.open(info.id, staff('u2')));
    // then
    expect(own.info).toMatchObject({ filename: '现场.png', mediaType: 'image/png', size: png.length });
    own.body.destroy();
    owner.body.destroy();
    expect(other).toMatchObject({ code: 'WF_ERR_ATTACHMENT_NOT_FOUND', statusCode: 404 });
  });
});
