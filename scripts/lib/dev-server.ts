/**
 * Starts `temporal server start-dev` as a child process and waits until its frontend
 * answers. Used by `npm start` (persistent db file) and by the test global setup
 * (throwaway db on free ports).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import {
  ensureNamespace,
  ensureSearchAttributes,
  type SearchAttributeKey,
} from '../../studio/server/temporal/admin.js';

export interface DevServerOptions {
  cliPath: string;
  namespace: string;
  /** 0 picks a free port. */
  port: number;
  /** Web UI port; undefined runs headless. */
  uiPort?: number;
  /** SQLite file for persistent state; undefined keeps everything in memory. */
  dbFile?: string;
  searchAttributes: readonly SearchAttributeKey[];
  /** Where the server's own log lines go. */
  logFile?: NodeJS.WritableStream;
  startTimeoutMs?: number;
}

export interface DevServer {
  address: string;
  namespace: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const port = opts.port || (await freePort());
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--namespace',
    opts.namespace,
    '--log-level',
    'warn',
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecution=true',
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true',
    '--dynamic-config-value',
    'frontend.enableExecuteMultiOperation=true',
  ];
  if (opts.uiPort) args.push('--ui-port', String(opts.uiPort));
  else args.push('--headless');
  if (opts.dbFile) {
    await mkdir(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  // Only applied when the namespace is first created; ensureSearchAttributes covers older db files.
  for (const key of opts.searchAttributes) args.push('--search-attribute', `${key.name}=${cliType(key.type)}`);

  const child = spawn(opts.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    opts.logFile?.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = once(child, 'exit').then(([code]) => code as number | null);

  const address = `127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  let connection: Connection | undefined;
  while (!connection) {
    const early = await Promise.race([exited, delay(250).then(() => 'running' as const)]);
    if (early !== 'running') {
      throw new Error(`Temporal dev server exited with code ${early} before it was ready:\n${output}`);
    }
    connection = await Connection.connect({ address, connectTimeout: 1000 }).catch(() => undefined);
    if (!connection && Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Temporal dev server did not answer on ${address} within ${opts.startTimeoutMs ?? 60_000} ms`);
    }
  }
  try {
    await ensureNamespace(connection, opts.namespace);
    await ensureSearchAttributes(connection, opts.namespace, opts.searchAttributes);
  } finally {
    await connection.close();
  }

  return {
    address,
    namespace: opts.namespace,
    uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : undefined,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function cliType(type: SearchAttributeType): string {
  const names: Record<SearchAttributeType, string> = {
    TEXT: 'Text',
    KEYWORD: 'Keyword',
    INT: 'Int',
    DOUBLE: 'Double',
    BOOL: 'Bool',
    DATETIME: 'Datetime',
    KEYWORD_LIST: 'KeywordList',
  };
  return names[type];
}

/** Asks the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
