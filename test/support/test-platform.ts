/**
 * A whole platform for a test file: real Temporal (the global dev server), a fresh
 * in-memory PGlite (or TEST_DATABASE_URL), the engine worker on its own task queue and
 * the API listening on a free port. Tests talk to it over real HTTP.
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../studio/server/app.js';
import { installTemporalRuntime } from '../../studio/server/temporal/runtime.js';
import { loadConfig } from '../../studio/server/config.js';
import { openTestDatabase } from './test-database.js';
import { startEngineWorker, type RunningWorker } from '../../studio/server/engine-worker.js';
import { createPlatform, type Platform } from '../../studio/server/platform.js';
import type { Role } from '../../studio/server/services/identity.js';
import type { BlobStore } from '../../studio/server/services/blob-store.js';
import type { LoadedPlugins } from '../../studio/server/plugins-loader/index.js';

export const ADMIN_PASSWORD = 'admin-password-for-tests';

const silent = { info() {}, warn() {}, error() {} };

// Keep the SDK's per-worker INFO lines out of test output; warnings and errors still show.
installTemporalRuntime('warn');

export interface TestPlatform {
  platform: Platform;
  app: FastifyInstance;
  worker: RunningWorker;
  baseUrl: string;
  /** Logs in and returns a client that sends the session cookie and CSRF token. */
  login(username: string, password: string): Promise<HttpClient>;
  /** Creates a user with the given roles and logs them in. */
  userWithRoles(username: string, roles: Role[]): Promise<HttpClient>;
  anonymous: HttpClient;
  close(): Promise<void>;
}

export interface HttpResult<T = any> {
  status: number;
  body: T;
}

export interface HttpClient {
  get<T = any>(path: string): Promise<HttpResult<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpResult<T>>;
  /** A raw request with this client's session headers: multipart uploads, reading response headers. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface TestPlatformOptions {
  /** Where attachments go; by default the platform's folder under DATA_DIR. */
  blobStore?: BlobStore;
  /** Plugins to run instead of the repository's plugins/* (see studio/server/plugins-loader). */
  plugins?: LoadedPlugins;
}

export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const config = loadConfig({
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    ADMIN_PASSWORD,
    PORT: '1',
  });
  const database = await openTestDatabase();
  const platform = await createPlatform(config, { database, blobStore: options.blobStore, plugins: options.plugins });
  await platform.identity.ensureAdmin(ADMIN_PASSWORD);
  const worker = await startEngineWorker(platform, config.temporal.address!, silent);
  const app = await buildApp(platform);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const login = async (username: string, password: string): Promise<HttpClient> => {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return httpClient(baseUrl, { cookie, 'x-csrf-token': csrfToken });
  };

  return {
    platform,
    app,
    worker,
    baseUrl,
    login,
    async userWithRoles(username, roles) {
      const password = `${username}-password`;
      await platform.identity.createUser({ username, displayName: username, password, roles });
      return login(username, password);
    },
    anonymous: httpClient(baseUrl, {}),
    async close() {
      await app.close();
      await worker.stop();
      await platform.close();
      await database.close();
    },
  };
}

export function httpClient(baseUrl: string, baseHeaders: Record<string, string>): HttpClient {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const isText = typeof body === 'string';
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...baseHeaders,
        ...(body === undefined ? {} : { 'content-type': isText ? 'application/xml' : 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as any };
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body, headers) => call('POST', path, body, headers),
    fetch: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { ...baseHeaders, ...((init.headers as Record<string, string>) ?? {}) },
      }),
  };
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
