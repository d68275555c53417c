/**
 * `npm start` as a user runs it: the dev server, worker, API and PGlite come up, readyz
 * answers, Ctrl-C (SIGINT) stops every child, and a second start keeps the data and lets
 * the instance that was waiting on a timer finish.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/lib/dev-server.js';
import { eventually, httpClient, type HttpClient } from '../support/test-platform.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

function npmStart(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, 'scripts/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return { child, output: () => out };
}

async function login(baseUrl: string, password: string): Promise<HttpClient> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return httpClient(baseUrl, { cookie, 'x-csrf-token': csrfToken });
}

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

it('should start everything, stop cleanly on Ctrl-C, and resume running instances on the next start', async () => {
  // given a fresh data folder and free ports
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ps-start-'));
  const port = await freePort();
  const temporalPort = await freePort();
  const env = {
    DATA_DIR: dataDir,
    PORT: String(port),
    TEMPORAL_DEV_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: '0',
    TEMPORAL_CLI: inject('temporalCli'),
    ADMIN_PASSWORD: 'start-test-password',
    LOG_LEVEL: 'warn',
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const ready = (run: ReturnType<typeof npmStart>) =>
    eventually(
      async () => {
        if (run.child.exitCode !== null) throw new Error(`npm start exited: ${run.output()}`);
        const res = await fetch(`${baseUrl}/readyz`).catch(() => undefined);
        return res?.status === 200 ? true : undefined;
      },
      90_000,
      'readyz 200',
    );

  // when npm start runs
  const first = npmStart(env);
  await ready(first);
  expect(first.output()).toContain(`studio + API   ${baseUrl}`);
  const admin = await login(baseUrl, env.ADMIN_PASSWORD);
  const xml = await readFile(path.join(repoRoot, 'test/fixtures/bpmn/timer-then-echo.bpmn'), 'utf8');
  expect((await admin.post('/api/processes', xml)).status).toBe(201);
  const started = await admin.post('/api/processes/timer-then-echo/instances', {
    variables: { who: 'again', wait: 'PT6S' },
  });
  expect(started.status).toBe(201);
  const instanceId: string = started.body.instanceId;
  await eventually(
    async () => {
      const res = await admin.get(`/api/instances/${instanceId}`);
      return res.body.activeNodes?.includes('TimerEvent_Wait') ? true : undefined;
    },
    20_000,
    'instance waiting on the timer',
  );

  // and the user presses Ctrl-C
  first.child.kill('SIGINT');
  const [code] = await once(first.child, 'exit');

  // then every child stopped and the process exited cleanly
  expect(code, first.output()).toBe(0);
  expect(await portOpen(temporalPort)).toBe(false);
  expect(await portOpen(port)).toBe(false);

  // when it starts again on the same data
  const second = npmStart(env);
  await ready(second);
  const again = await login(baseUrl, env.ADMIN_PASSWORD);

  // then the definition is still there and the waiting instance completes
  const versions = await again.get('/api/processes/timer-then-echo/versions');
  expect(versions.body).toHaveLength(1);
  const done = await eventually(
    async () => {
      const res = await again.get(`/api/instances/${instanceId}`);
      return res.body.status === 'completed' ? res.body : undefined;
    },
    30_000,
    'instance to complete after restart',
  );
  expect(done.variables.reply).toBe('hello again');
  expect(second.output()).not.toContain('admin login    admin / start'); // the password is never echoed

  second.child.kill('SIGINT');
  const [code2] = await once(second.child, 'exit');
  expect(code2).toBe(0);
}, 240_000);
