/**
 * Makes sure studio/web/dist is built and fresh before a test platform serves it. Test files
 * may run in parallel, so one builds under a lock folder while the others wait for it.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWeb, webBuildState } from '../../../scripts/lib/web-build.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const lock = path.join(
  tmpdir(),
  `playbook-web-build-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}.lock`,
);
/** A lock older than this belongs to a run that died. */
const STALE_LOCK_MS = 5 * 60_000;

export async function ensureWebBuilt(): Promise<void> {
  for (;;) {
    if (!(await webBuildState(repoRoot)).needed) return;
    try {
      await mkdir(lock);
    } catch {
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if ((await webBuildState(repoRoot)).needed) await buildWeb(repoRoot);
      return;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
