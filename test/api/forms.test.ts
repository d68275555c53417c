/**
 * Forms and attachments through a real listening API server: publishing versions, the corpus
 * of invalid forms, validating submissions (hostile ones included), step field states, and
 * uploading and serving files.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFor, objectSchema } from '../../engine/forms/fixtures/form-fixtures.js';
import { invalidFormDocuments } from '../../engine/forms/fixtures/invalid-form-documents.js';
import { LocalFolderBlobStore } from '../../studio/server/services/blob-store.js';
import { ADMIN_PASSWORD, startTestPlatform, type HttpClient, type TestPlatform } from '../support/test-platform.js';

const example = async (name: string) =>
  JSON.parse(
    await readFile(path.resolve(import.meta.dirname, '../../forms/examples/incident-report', name), 'utf8'),
  ) as Record<string, unknown>;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%…\n');
const INCIDENT = '/api/forms/core/incident-report/versions/1';

function upload(client: HttpClient, filename: string, bytes: Uint8Array, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  return client.fetch('/api/attachments', { method: 'POST', body: form });
}

function postRaw(client: HttpClient, url: string, body: string, headers: Record<string, string> = {}) {
  return client.fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('forms API', () => {
  let t: TestPlatform;
  let admin: HttpClient;
  let staff: HttpClient;
  let blobRoot: string;

  beforeAll(async () => {
    blobRoot = await mkdtemp(path.join(tmpdir(), 'forms-api-'));
    t = await startTestPlatform({ blobStore: new LocalFolderBlobStore(blobRoot) });
    admin = await t.login('admin', ADMIN_PASSWORD);
    staff = await t.userWithRoles('clerk', ['staff']);
  });
  afterAll(async () => {
    await t?.close();
    if (blobRoot) await rm(blobRoot, { recursive: true, force: true });
  });

  it('should load the core forms at start and list them for staff', async () => {
    // when
    const list = await staff.get('/api/forms');
    const versions = await staff.get('/api/forms/core%2Fincident-report/versions');
    // then
    expect(list.status).toBe(200);
    expect(list.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'core/incident-report',
          latestVersion: 1,
          title: { en: 'Incident report', 'zh-CN': '事件报告' },
        }),
      ]),
    );
    expect(versions.body).toEqual([
      expect.objectContaining({
        id: 'core/incident-report',
        version: 1,
        source: 'file:forms/incident-report.schema.json',
      }),
    ]);
  });

  it('should publish a version, answer 200 unchanged for the same document, and serve it under both id forms', async () => {
    // given
    const document = documentFor(
      objectSchema({ title: { type: 'string', maxLength: 80 } }, { required: ['title'] }, 'test/api-form'),
    );
    // when
    const first = await admin.post('/api/forms', document);
    const again = await admin.post('/api/forms', document);
    const encoded = await staff.get('/api/forms/test%2Fapi-form/versions/1');
    const split = await staff.get('/api/forms/test/api-form/versions/1');
    // then
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: 'test/api-form', version: 1, unchanged: false, createdBy: 'admin' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ version: 1, unchanged: true });
    expect(encoded.status).toBe(200);
    expect(encoded.body.document).toEqual(document);
    expect(split.body).toEqual(encoded.body);
    expect((await staff.get('/api/forms/test/api-form/versions/2')).body.code).toBe('WF_ERR_FORM_NOT_FOUND');
  });

  it('should reject every form of the invalid corpus with 422 FORM_SCHEMA_INVALID naming the pointer, and store none', async () => {
    for (const { name, document, expected } of invalidFormDocuments) {
      // when
      const res = await admin.post('/api/forms', document);
      // then
      if (!document || typeof document !== 'object' || Array.isArray(document)) {
        expect({ name, status: res.status }).toEqual({ name, status: 400 });
        continue;
      }
      expect({ name, status: res.status, code: res.body.code }).toEqual({
        name,
        status: 422,
        code: 'FORM_SCHEMA_INVALID',
      });
      const problems = (res.body.problems as Array<{ pointer: string; code: string }>).map(({ pointer, code }) => ({
        pointer,
        code,
      }));
      expect({ name, problems }).toEqual({ name, problems: expect.arrayContaining(expected) });
    }
    expect((await admin.get('/api/forms/test/form/versions')).status).toBe(404);
  });

  it('should let only owners and admins publish, and only users with a role read', async () => {
    // given
    const document = documentFor(objectSchema({ a: { type: 'string' } }, {}, 'test/secured'));
    const nobody = await t.userWithRoles('no-role', []);
    // when
    const byStaff = await staff.post('/api/forms', document);
    const anonymous = await t.anonymous.get('/api/forms');
    const roleless = await nobody.get('/api/forms');
    const noCsrf = await admin.post('/api/forms', document, { 'x-csrf-token': 'wrong' });
    // then
    expect(byStaff).toMatchObject({ status: 403, body: { code: 'WF_ERR_AUTH_FORBIDDEN' } });
    expect(anonymous.status).toBe(401);
    expect(roleless).toMatchObject({ status: 403, body: { code: 'WF_ERR_AUTH_FORBIDDEN' } });
    expect(noCsrf.status).toBe(403);
  });

  it('should answer 400 FORM_INVALID with pointers, in the language asked for', async () => {
    // given
    const data = await example('invalid-injury-without-details.json');
    // when
    const en = await staff.post(`${INCIDENT}/validate`, { data });
    const zh = await staff.post(`${INCIDENT}/validate`, { data }, { 'accept-language': 'zh-CN,zh;q=0.9' });
    // then
    expect(en.status).toBe(400);
    expect(en.body.code).toBe('FORM_INVALID');
    expect(en.body.errors).toEqual(
      expect.arrayContaining([{ pointer: '/injury', code: 'required', message: 'Injury is required' }]),
    );
    expect(zh.body.errors).toEqual(
      expect.arrayContaining([{ pointer: '/injury', code: 'required', message: '请填写“受伤情况”' }]),
    );
  });

  it('should refuse __proto__ and constructor keys, oversized and deeply nested submissions with FORM_INVALID', async () => {
    // given
    const proto = '{"data":{"location":"x","__proto__":{"polluted":true}}}';
    const ctor = '{"data":{"witnesses":[{"name":"a","constructor":{"prototype":{"polluted":true}}}]}}';
    const deep = `{"data":{"review":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}}`;
    const large = JSON.stringify({ data: { description: 'x'.repeat(300_000) } });
    const tooLargeForTheServer = JSON.stringify({ data: { description: 'x'.repeat(2 * 1024 * 1024) } });
    // when
    const results = await Promise.all(
      [proto, ctor, deep, large].map((body) => postRaw(staff, `${INCIDENT}/validate`, body)),
    );
    const bodies = await Promise.all(
      results.map((r) => r.json() as Promise<{ code: string; errors: Array<{ pointer: string; code: string }> }>),
    );
    const refused = await postRaw(staff, `${INCIDENT}/validate`, tooLargeForTheServer);
    // then
    expect(results.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    expect(bodies.map((b) => b.code)).toEqual(['FORM_INVALID', 'FORM_INVALID', 'FORM_INVALID', 'FORM_INVALID']);
    expect(bodies[0]!.errors).toEqual([expect.objectContaining({ pointer: '/__proto__', code: 'forbiddenKey' })]);
    expect(bodies[1]!.errors).toEqual([
      expect.objectContaining({ pointer: '/witnesses/0/constructor', code: 'forbiddenKey' }),
    ]);
    expect(bodies[2]!.errors).toEqual([expect.objectContaining({ code: 'tooDeep' })]);
    expect(bodies[3]!.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: expect.stringMatching(/^(stringTooLong|tooLarge)$/) })]),
    );
    expect(refused.status).toBe(413);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await staff.get('/healthz')).status).toBe(200);
  });

  it('should enforce field states per step: no writing read-only fields, no writing hidden ones', async () => {
    // given
    const signature = (await (await upload(staff, 'signature.png', PNG)).json()) as { id: string };
    const report: Record<string, unknown> = {
      ...(await example('valid-minor-no-injury.json')),
      reporterSignature: signature.id,
    };
    const { review: _review, ...reported } = report;
    // when
    const reporterWritesReview = await staff.post(`${INCIDENT}/validate`, {
      step: 'UserTask_ReportIncident',
      data: report,
    });
    const reporter = await staff.post(`${INCIDENT}/validate`, { step: 'UserTask_ReportIncident', data: reported });
    const reviewerEditsLocation = await staff.post(`${INCIDENT}/validate`, {
      step: 'UserTask_ReviewIncident',
      current: reported,
      data: { ...reported, location: 'Somewhere else', review: { severity: 'high' } },
    });
    const reviewer = await staff.post(`${INCIDENT}/validate`, {
      step: 'UserTask_ReviewIncident',
      current: reported,
      data: { review: { severity: 'high', actions: 'Called the technician' } },
    });
    // then
    expect(reporterWritesReview.body.errors).toEqual([
      expect.objectContaining({ pointer: '/review', code: 'fieldHidden' }),
    ]);
    expect(reporter).toMatchObject({ status: 200, body: { ok: true, data: reported } });
    expect(reviewerEditsLocation.body.errors).toEqual([
      expect.objectContaining({ pointer: '/location', code: 'fieldReadOnly' }),
    ]);
    expect(reviewer).toMatchObject({
      status: 200,
      body: { data: { review: { severity: 'high', actions: 'Called the technician' } } },
    });
  });

  it('should show a step only the fields it may see', async () => {
    // when
    const reporter = await staff.get(`${INCIDENT}/view?step=UserTask_ReportIncident&locale=zh-CN`);
    const reviewer = await staff.get(`${INCIDENT}/view?step=UserTask_ReviewIncident`);
    // then
    expect(reporter.status).toBe(200);
    expect(Object.keys(reporter.body.schema.properties)).not.toContain('review');
    expect(reporter.body.labels.title).toBe('事件报告');
    expect(reviewer.body.schema.properties.location.readOnly).toBe(true);
    expect(reviewer.body.fieldStates).toMatchObject({ '/location': 'read', '/review': 'write' });
  });
});

describe('attachments API', () => {
  let t: TestPlatform;
  let staff: HttpClient;
  let blobRoot: string;

  beforeAll(async () => {
    blobRoot = await mkdtemp(path.join(tmpdir(), 'attachments-api-'));
    t = await startTestPlatform({ blobStore: new LocalFolderBlobStore(blobRoot) });
    staff = await t.userWithRoles('signer', ['staff']);
  });
  afterAll(async () => {
    await t?.close();
    if (blobRoot) await rm(blobRoot, { recursive: true, force: true });
  });

  it('should store an uploaded signature and serve it with Content-Disposition and nosniff', async () => {
    // when
    const res = await upload(staff, '签名 final.png', PNG, 'text/html');
    const info = (await res.json()) as { id: string; url: string; mediaType: string; size: number };
    const file = await staff.fetch(info.url);
    // then
    expect(res.status).toBe(201);
    expect(info).toMatchObject({ mediaType: 'image/png', size: PNG.length });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `inline; filename="__ final.png"; filename*=UTF-8''${encodeURIComponent('签名 final.png')}`,
    );
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
  });

  it('should serve other files as downloads', async () => {
    // given
    const info = (await (await upload(staff, 'report.pdf', PDF)).json()) as { url: string };
    // when
    const file = await staff.fetch(info.url);
    // then
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="report.pdf"/);
    expect(file.headers.get('content-type')).toBe('application/pdf');
  });

  it('should refuse the wrong type with 415, a file over the limit with 413 and a body that is not multipart', async () => {
    // when
    const svg = await upload(staff, 'logo.svg', new TextEncoder().encode('<svg onload="alert(1)"/>'), 'image/svg+xml');
    const disguised = await upload(staff, 'photo.png', PDF, 'image/png');
    const large = await upload(staff, 'big.txt', new Uint8Array(t.platform.attachments.maxBytes + 1).fill(97));
    const json = await staff.post('/api/attachments', { file: 'aGVsbG8=' });
    // then
    expect([svg.status, ((await svg.json()) as { code: string }).code]).toEqual([415, 'WF_ERR_ATTACHMENT_TYPE']);
    expect(disguised.status).toBe(415);
    expect([large.status, ((await large.json()) as { code: string }).code]).toEqual([
      413,
      'WF_ERR_ATTACHMENT_TOO_LARGE',
    ]);
    expect(json.status).toBe(415);
  });

  it("should answer 404 to staff reading someone else's file and to anonymous users 401", async () => {
    // given
    const info = (await (await upload(staff, 'mine.png', PNG)).json()) as { url: string };
    const other = await t.userWithRoles('someone-else', ['staff']);
    // when
    const theirs = await other.fetch(info.url);
    const anonymous = await t.anonymous.fetch(info.url);
    const owner = await (await t.userWithRoles('an-owner', ['owner'])).fetch(info.url);
    // then
    expect(theirs.status).toBe(404);
    expect(anonymous.status).toBe(401);
    expect(owner.status).toBe(200);
  });

  it("should accept form data that refers to the submitter's signature and refuse missing files or files of another type", async () => {
    // given
    const signature = (await (await upload(staff, 'sig.png', PNG)).json()) as { id: string };
    const pdf = (await (await upload(staff, 'scan.pdf', PDF)).json()) as { id: string };
    const report = await example('valid-minor-no-injury.json');
    // when
    const ok = await staff.post(`${INCIDENT}/validate`, { data: { ...report, reporterSignature: signature.id } });
    const missing = await staff.post(`${INCIDENT}/validate`, { data: report });
    const wrongType = await staff.post(`${INCIDENT}/validate`, { data: { ...report, reporterSignature: pdf.id } });
    // then
    expect(ok.status).toBe(200);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ pointer: '/reporterSignature', code: 'attachmentNotFound' }),
    ]);
    expect(wrongType.body.errors).toEqual([
      expect.objectContaining({ pointer: '/reporterSignature', code: 'attachmentType' }),
    ]);
  });
});
