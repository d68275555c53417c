import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configVariables, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('should apply defaults for the embedded setup', () => {
    // given an empty environment
    // when
    const config = loadConfig({}, '/srv/app');
    // then
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('/srv/app/.data');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.temporal.address).toBeUndefined();
    expect(config.temporal.namespace).toBe('playbook');
    expect(config.temporal.uiUrl).toBe('http://127.0.0.1:8233');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['TEMPORAL_DEV_PORT', '-1'],
    ['DATABASE_URL', 'mysql://x'],
    ['TEMPORAL_ADDRESS', 'no-port'],
    ['LOG_LEVEL', 'loud'],
    ['ADMIN_PASSWORD', 'short'],
    ['TEMPORAL_NAMESPACE', 'has space'],
    ['TEMPORAL_TLS_CERT', '/only/cert.pem'],
    ['TEMPORAL_UI_URL', 'ftp://x'],
    ['PLAYBOOK_PLUGINS', 'good-one, Not A Package'],
    ['ASSIGNMENT_FALLBACK', 'nobody'],
  ])('should reject %s=%s naming the variable', (variable, value) => {
    // when / then
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const expectedVariable = variable === 'TEMPORAL_TLS_CERT' ? 'TEMPORAL_TLS_KEY' : variable;
    expect((error as ConfigError).variable).toBe(expectedVariable);
    expect((error as ConfigError).message).toMatch(new RegExp(`^${expectedVariable}: `));
  });

  it('should use an existing Temporal when TEMPORAL_ADDRESS is set, with no dev-server UI link', () => {
    const config = loadConfig({ TEMPORAL_ADDRESS: 'temporal.internal:7233', DATABASE_URL: 'postgres://u:p@db/x' });
    expect(config.temporal.address).toBe('temporal.internal:7233');
    expect(config.temporal.uiUrl).toBeUndefined();
    expect(config.databaseUrl).toBe('postgres://u:p@db/x');
  });

  it('should list every variable in the README configuration table', async () => {
    // given
    const readme = await readFile(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` +\|(.+?)\|(.+?)\|$/gm)].map((m) => [
      m[1],
      m[2]!.trim(),
      m[3]!.trim(),
    ]);
    // then: same names, defaults and meanings, in the same order
    expect(documented).toEqual(configVariables.map((v) => [...v]));
  });
});
