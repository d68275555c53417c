import { spawn } from 'node:child_process';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');

it('should fail a CI test run with the provisioning message when no Temporal binary can be had', async () => {
  // given CI=true, a PATH with only node (no temporal, python3 or go) and an empty tools folder
  const bin = await mkdtemp(path.join(tmpdir(), 'ps-ci-bin-'));
  await symlink(process.execPath, path.join(bin, 'node'));
  const toolsDir = await mkdtemp(path.join(tmpdir(), 'ps-ci-tools-'));
  const env = { CI: 'true', PATH: bin, HOME: process.env.HOME ?? '/tmp', PLAYBOOK_TOOLS_DIR: toolsDir };
  // when vitest runs a test that needs Temporal
  const vitest = path.join(repoRoot, 'node_modules/vitest/vitest.mjs');
  const config = path.join(repoRoot, 'test/fixtures/ci-missing-temporal/vitest.config.ts');
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', '--config', config], { cwd: repoRoot, env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (c) => resolve({ code: c, output: out }));
  });
  // then the run fails (not skips) and says what was tried
  expect(code).not.toBe(0);
  expect(output).toContain('Could not provision temporal');
  expect(output).toContain('python3 not found on PATH');
  expect(output).not.toMatch(/\d+ skipped/);
}, 60_000);
