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

  it('should serve an OpenAPI document that lists the public routes', async () => {
    const res = await t.anonymous.get('/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/readyz', '/api/processes/', '/api/processes/{key}/instances', '/api/instances/{id}']),
    );
  });
});
