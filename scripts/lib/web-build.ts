/**
 * Builds the browser studio (studio/web → studio/web/dist) when the build is missing or older
 * than its sources, so `npm install && npm start` serves the real studio on a fresh clone.
 * The build runs as a child process: it is CPU-heavy and must not stall the caller.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Sources the bundle is made of; a change to any of them makes dist stale. */
const SOURCES = ['studio/web/src', 'studio/web/index.html', 'studio/web/vite.config.ts', 'engine/forms', 'engine/bpmn'];

export interface WebBuildState {
  needed: boolean;
  /** Why a build is needed, for the progress line. */
  reason?: 'missing' | 'stale';
}

export async function webBuildState(repoRoot: string): Promise<WebBuildState> {
  const index = path.join(repoRoot, 'studio/web/dist/index.html');
  if (!existsSync(index)) return { needed: true, reason: 'missing' };
  const built = (await stat(index)).mtimeMs;
  for (const source of SOURCES) {
    if ((await newestMtime(path.join(repoRoot, source))) > built) return { needed: true, reason: 'stale' };
  }
  return { needed: false };
}

async function newestMtime(target: string): Promise<number> {
  if (!existsSync(target)) return 0;
  const info = await stat(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Runs `vite build` for studio/web; rejects with the end of vite's output when it fails. */
export function buildWeb(repoRoot: string): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', 'studio/web/vite.config.ts', '--logLevel', 'warn'],
      {
        cwd: repoRoot,
        // A NODE_ENV inherited from the caller (vitest sets "test") would give React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}:\n${output.trim()}`)),
    );
  });
}
