import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';

describe('GET /readyz', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('should answer 503 naming the database when it stops answering, and 200 again when it does', async () => {
    // given a database whose ping fails
    const realPing = t.platform.database.ping;
    t.platform.database.ping = async () => {
      throw new Error('connection refused');
    };
    // when
    const down = await t.anonymous.get('/readyz');
    t.platform.database.ping = realPing;
    const up = await t.anonymous.get('/readyz');
    // then
    expect(down.status).toBe(503);
    expect(down.body.checks.database).toBe('down: connection refused');
    expect(down.body.checks.temporal).toBe('ok');
    expect(up.status).toBe(200);
  });

  it('should serve a valid OpenAPI document that lists the public routes, and its viewer at /docs', async () => {
    const res = await t.anonymous.get('/docs/openapi.json');
    expect(res.status).toBe(200);
    const validation = await new Validator().validate(res.body);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    const viewer = await fetch(`${t.baseUrl}/docs`);
    expect(viewer.status).toBe(200);
    expect(await viewer.text()).toContain('swagger');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/readyz',
        '/api/processes/{key}/instances',
        '/api/instances/{id}',
        '/api/tasks/{id}/complete',
        '/api/tasks/',
      ]),
    );
  });
});
