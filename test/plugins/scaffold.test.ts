/**
 * `npm run plugin:new -- <id>`: the plugin it writes passes its own tests (conformance kit,
 * golden runs, activity unit test) without edits, run by vitest in a child process.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { scaffoldPlugin, ScaffoldError } from '../../scripts/lib/plugin-scaffold.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// Inside the repository, so the generated relative imports resolve; removed afterwards.
const parentDir = path.join(import.meta.dirname, `scaffold-tmp-${randomUUID().slice(0, 8)}`);
const pluginDir = path.join(parentDir, 'acme-retail');

function run(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: {
        ...process.env,
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_NAMESPACE: inject('temporalNamespace'),
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

afterAll(async () => {
  await rm(parentDir, { recursive: true, force: true });
});

describe('plugin scaffold', () => {
  it('should write a plugin with manifest, activity, form, playbook, golden runs, tests and README', async () => {
    // when
    const result = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/plugin-new.ts',
      'acme-retail',
      '--dir',
      parentDir,
    ]);
    // then
    expect(result.status, result.output).toBe(0);
    for (const file of [
      'plugin.ts',
      'activities/score-request.ts',
      'forms/request-review.schema.json',
      'forms/request-review.form.json',
      'playbooks/request-review.bpmn',
      'playbooks/request-review.main.run.json',
      'test/conformance.test.ts',
      'README.md',
    ]) {
      expect(result.output).toContain(`  ${file}`);
    }
  });

  it('should make a plugin whose tests pass without edits', { timeout: 240_000 }, async () => {
    // when
    const result = await run(process.execPath, [
      path.join(repoRoot, 'node_modules/vitest/vitest.mjs'),
      'run',
      pluginDir,
    ]);
    // then
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/Test Files\s+2 passed/);
    expect(result.output).toMatch(/Tests\s+10 passed/);
  });

  it('should write files that pass the formatting check', async () => {
    // when
    const result = await run(process.execPath, [
      path.join(repoRoot, 'node_modules/prettier/bin/prettier.cjs'),
      '--check',
      pluginDir,
    ]);
    // then
    expect(result.status, result.output).toBe(0);
  });

  it('should refuse an id that is not kebab-case, a reserved id and an existing folder', async () => {
    // when / then
    await expect(scaffoldPlugin({ id: 'Acme_Retail', parentDir })).rejects.toThrow(
      /^"Acme_Retail" is not a plugin id: use kebab-case/,
    );
    await expect(scaffoldPlugin({ id: 'core', parentDir })).rejects.toThrow('"core" is reserved by the platform');
    await expect(scaffoldPlugin({ id: 'acme-retail', parentDir })).rejects.toBeInstanceOf(ScaffoldError);
    const cli = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/plugin-new.ts',
      'acme-retail',
      '--dir',
      parentDir,
    ]);
    expect(cli.status).toBe(1);
    expect(cli.output).toContain(`${pluginDir} already exists; remove it or choose another id`);
  });
});
