/**
 * `npm run bench:engine -- [--instances 200] [--waiting 300] [--rounds 3] [--concurrency 50]
 *   [--warmup 40] [--no-search-attributes] [--one-bundle] [--preload feelin]`
 *
 * The same 10-step straight-through process (start → 10 × core.echo@1 → end), run
 * (a) by the BPMN interpreter `bpmnProcess` from the compiled diagram and (b) by a hand-written
 * Temporal workflow calling the same activity with the same options, on one throwaway dev
 * server in the same run. Prints instances completed per second for both, the ratio (a)/(b)
 * (median and spread over rounds run in alternating order), worker and server CPU per
 * instance, and the worker's resident memory per instance waiting on a user task (a) vs on a
 * signal (b).
 *
 * The worker runs in a child process (worker-child.ts) so its memory and CPU are its own. It
 * hosts one Temporal worker per path with identical options and activities; they differ only
 * in task queue and bundle, because the SDK instantiates a bundle's workflow modules per run
 * and a shared bundle would charge the interpreter's modules to the hand-written runs
 * (`--one-bundle` shows it). Results and how to read them: docs/benchmarks.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import type { ProcessGraph } from '../../engine/graph/index.js';
import type { ProcessInput, ProcessResult } from '../../engine/workflow/index.js';
import { engineSearchAttributes } from '../../engine/workflow/search-attributes.js';
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server.js';
import { provisionTemporalCli } from '../../scripts/lib/provision-temporal.js';
import { benchEntries, bundleBenchWorkflows } from './bundle.js';
import { tenStepGraph, waitingGraph } from './processes.js';
import type { HandWrittenInput, HandWrittenResult } from './shared.js';
import type { ChildMessage, ParentMessage, WorkerChildOptions } from './worker-child.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const childPath = fileURLToPath(new URL('./worker-child.ts', import.meta.url));

const { values: args } = parseArgs({
  options: {
    instances: { type: 'string', default: '200' },
    waiting: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '40' },
    'no-search-attributes': { type: 'boolean', default: false },
    /** Both paths from one bundle holding both workflows (shows why the default uses two). */
    'one-bundle': { type: 'boolean', default: false },
    /** Comma-separated `preloadModules` for the interpreter's bundle (an experiment, e.g. feelin). */
    preload: { type: 'string', default: '' },
  },
  strict: true,
});
const INSTANCES = positiveInt('instances');
const WAITING = positiveInt('waiting');
const ROUNDS = positiveInt('rounds');
const CONCURRENCY = positiveInt('concurrency');
const WARMUP = positiveInt('warmup');
const SEARCH_ATTRIBUTES = !args['no-search-attributes'];
const ONE_BUNDLE = args['one-bundle'] ?? false;
const PRELOAD = (args.preload ?? '')
  .split(',')
  .map((m) => m.trim())
  .filter(Boolean);
/** Every child gets the same cache, large enough for every waiting run plus the ones in flight. */
const MAX_CACHED = Math.max(1000, 2 * (WAITING + CONCURRENCY + WARMUP));
const NAMESPACE = 'bench';

function positiveInt(name: 'instances' | 'waiting' | 'rounds' | 'concurrency' | 'warmup'): number {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${args[name]}`);
  return n;
}

type PathId = 'a' | 'b';
const PATH_NAMES: Record<PathId, string> = { a: '(a) interpreter', b: '(b) hand-written' };

// ---------------------------------------------------------------------------------------------
// The worker child process

/** Worker children still running, killed if the bench is interrupted. */
const liveChildren = new Set<WorkerChild>();

/** One request at a time: the parent sends a message and waits for the reply of that type. */
class WorkerChild {
  private pending:
    { type: ChildMessage['type']; resolve: (m: ChildMessage) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  private constructor(private readonly child: ChildProcess) {
    liveChildren.add(this);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'failed') this.fail(new Error(`worker child failed:\n${message.error}`));
      else if (this.pending?.type === message.type) {
        const { resolve } = this.pending;
        this.pending = undefined;
        resolve(message);
      }
    });
    child.on('exit', (code, signal) => {
      liveChildren.delete(this);
      this.fail(new Error(`worker child exited (code ${code}, signal ${signal})`));
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(this.failure);
  }

  static async start(opts: WorkerChildOptions): Promise<WorkerChild> {
    const child = fork(childPath, [JSON.stringify(opts)], {
      execArgv: ['--expose-gc', '--import', import.meta.resolve('tsx')],
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const worker = new WorkerChild(child);
    await worker.request('ready');
    return worker;
  }

  private request<T extends ChildMessage['type']>(
    type: T,
    message?: ParentMessage,
  ): Promise<Extract<ChildMessage, { type: T }>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error(`worker child: ${this.pending.type} still pending`));
    return new Promise((resolve, reject) => {
      this.pending = { type, resolve: resolve as (m: ChildMessage) => void, reject };
      if (message) this.child.send(message);
    });
  }

  memory() {
    return this.request('memory', { type: 'memory' });
  }

  async cpuMicros(): Promise<number> {
    return (await this.request('cpu', { type: 'cpu' })).micros;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.send({ type: 'stop' } satisfies ParentMessage);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Runs `fn(0..n-1)` with at most `limit` calls in flight; `onDone` after each completes. */
async function pool(n: number, limit: number, fn: (i: number) => Promise<void>, onDone?: (done: number) => void) {
  let next = 0;
  let done = 0;
  const lanes = Array.from({ length: Math.min(limit, n) }, async () => {
    while (next < n) {
      const i = next++;
      await fn(i);
      onDone?.(++done);
    }
  });
  await Promise.all(lanes);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const fmt = (x: number, digits = 1) => x.toFixed(digits);
const kib = (bytes: number) => `${fmt(bytes / 1024)} KiB`;
const mib = (bytes: number) => `${fmt(bytes / 1024 / 1024)} MiB`;
const loadavg = () =>
  os
    .loadavg()
    .map((l) => fmt(l, 2))
    .join(' / ');

function progress(line: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${line}`);
}
function endProgress(): void {
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[2K');
}

/** CPU seconds the dev server has used (Linux /proc); undefined elsewhere. */
async function serverCpuSeconds(server: DevServer): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${server.process.pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

function variablesFor(i: number): Record<string, unknown> {
  return { orderId: `order-${i}`, amount: 100 + i, customer: { name: 'Ada', tier: 'gold' }, items: ['a', 'b', 'c'] };
}

// ---------------------------------------------------------------------------------------------
// The benchmark

interface Context {
  client: Client;
  server: DevServer;
  tenSteps: ProcessGraph;
  waiting: ProcessGraph;
  /** Workflow bundle file per path. */
  bundles: Record<PathId, string>;
}

interface Throughput {
  perSecond: number;
  seconds: number;
  workerCpuMsPerInstance: number;
  serverCpuMsPerInstance: number | undefined;
}

function interpreterInput(graph: ProcessGraph, variables: Record<string, unknown>): ProcessInput {
  return {
    definitionId: `${graph.key}:1`,
    processKey: graph.key,
    version: 1,
    graph,
    variables,
    settings: { searchAttributes: SEARCH_ATTRIBUTES },
  };
}

const throughputQueue = (p: PathId) => `bench-throughput-${p}`;

/** Starts one instance of the 10-step process on path `p` (each path has its own worker and queue). */
function startTenSteps(ctx: Context, p: PathId, id: string, variables: Record<string, unknown>) {
  const taskQueue = throughputQueue(p);
  return p === 'a'
    ? ctx.client.workflow.start('bpmnProcess', {
        taskQueue,
        workflowId: id,
        args: [interpreterInput(ctx.tenSteps, variables)],
      })
    : ctx.client.workflow.start('handWrittenTenSteps', {
        taskQueue,
        workflowId: id,
        args: [{ variables } satisfies HandWrittenInput],
      });
}

/** Starts `n` instances with at most CONCURRENCY in flight and waits for every result. */
async function runBatch(ctx: Context, worker: WorkerChild, p: PathId, n: number, label: string): Promise<Throughput> {
  const cpu0 = await worker.cpuMicros();
  const server0 = await serverCpuSeconds(ctx.server);
  const t0 = performance.now();
  await pool(
    n,
    CONCURRENCY,
    async (i) => {
      const variables = variablesFor(i);
      const handle = await startTenSteps(ctx, p, `${label}-${i}`, variables);
      const result = (await handle.result()) as ProcessResult | HandWrittenResult;
      if (result.status !== 'completed' || JSON.stringify(result.variables) !== JSON.stringify(variables)) {
        throw new Error(`${label}-${i} ended with ${JSON.stringify(result)}`);
      }
    },
    (done) => progress(`  ${label}: ${done}/${n} completed`),
  );
  const seconds = (performance.now() - t0) / 1000;
  endProgress();
  const cpu1 = await worker.cpuMicros();
  const server1 = await serverCpuSeconds(ctx.server);
  return {
    perSecond: n / seconds,
    seconds,
    workerCpuMsPerInstance: (cpu1 - cpu0) / 1000 / n,
    serverCpuMsPerInstance:
      server0 !== undefined && server1 !== undefined ? ((server1 - server0) * 1000) / n : undefined,
  };
}

async function describeOne(ctx: Context, p: PathId) {
  const handle = await startTenSteps(ctx, p, `describe-${p}`, variablesFor(0));
  await handle.result();
  const d = await handle.describe();
  return { events: d.historyLength, bytes: d.historySize ?? Number.NaN };
}

async function throughputPhase(ctx: Context) {
  console.log(
    `\n[throughput] one worker process, a Temporal worker per path (same options and activities), ` +
      `threaded workflows (the default), maxCachedWorkflows ${MAX_CACHED}`,
  );
  const worker = await WorkerChild.start({
    address: ctx.server.address,
    namespace: NAMESPACE,
    workers: (['a', 'b'] as const).map((p) => ({ taskQueue: throughputQueue(p), bundlePath: ctx.bundles[p] })),
    maxCachedWorkflows: MAX_CACHED,
    workflowsOnMainThread: false,
    externalStores: false,
  });
  try {
    for (const p of ['a', 'b'] as const) {
      const w = await runBatch(ctx, worker, p, WARMUP, `warmup-${p}`);
      console.log(`  warm-up ${PATH_NAMES[p]}: ${WARMUP} instances, ${fmt(w.perSecond)}/s (not counted)`);
    }
    const history = { a: await describeOne(ctx, 'a'), b: await describeOne(ctx, 'b') };
    const runs: Record<PathId, Throughput[]> = { a: [], b: [] };
    const pairRatios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order: PathId[] = round % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      const thisRound: Partial<Record<PathId, Throughput>> = {};
      for (const p of order) {
        const r = await runBatch(ctx, worker, p, INSTANCES, `round${round + 1}-${p}`);
        runs[p].push(r);
        thisRound[p] = r;
        console.log(
          `  round ${round + 1}/${ROUNDS} ${PATH_NAMES[p].padEnd(17)} ${INSTANCES} completed in ${fmt(r.seconds)} s → ` +
            `${fmt(r.perSecond)}/s  (worker CPU ${fmt(r.workerCpuMsPerInstance, 2)} ms/instance, load ${loadavg()})`,
        );
      }
      pairRatios.push((thisRound.a as Throughput).perSecond / (thisRound.b as Throughput).perSecond);
    }
    return { runs, pairRatios, history };
  } finally {
    await worker.stop();
  }
}

/** Polls describe until every handle's run is parked: no workflow task and no activity pending. */
async function waitAllParked(handles: WorkflowHandle[], timeoutMs = 180_000): Promise<void> {
  let pending = handles;
  const deadline = Date.now() + timeoutMs;
  while (pending.length) {
    const still: WorkflowHandle[] = [];
    await pool(pending.length, 25, async (i) => {
      const handle = pending[i] as WorkflowHandle;
      const d = await handle.describe();
      const parked =
        d.status.name === 'RUNNING' &&
        !d.raw.pendingWorkflowTask &&
        !(d.raw.pendingActivities?.length ?? 0) &&
        (d.historyLength ?? 0) >= 4;
      if (d.status.name !== 'RUNNING') throw new Error(`${handle.workflowId} is ${d.status.name}, not waiting`);
      if (!parked) still.push(handle);
    });
    progress(`  ${handles.length - still.length}/${handles.length} waiting`);
    pending = still;
    if (pending.length && Date.now() > deadline) throw new Error(`${pending.length} instances never parked`);
    if (pending.length) await new Promise((r) => setTimeout(r, 250));
  }
  endProgress();
}

interface MemoryResult {
  baselineRss: number;
  rssPerInstance: number;
  heapPerInstance: number;
}

async function memoryPhaseFor(ctx: Context, p: PathId): Promise<MemoryResult> {
  const taskQueue = `bench-memory-${p}`;
  const worker = await WorkerChild.start({
    address: ctx.server.address,
    namespace: NAMESPACE,
    workers: [{ taskQueue, bundlePath: ctx.bundles[p] }],
    maxCachedWorkflows: MAX_CACHED,
    workflowsOnMainThread: true,
    externalStores: true,
  });
  const start = (id: string, variables: Record<string, unknown>) =>
    p === 'a'
      ? ctx.client.workflow.start('bpmnProcess', {
          taskQueue,
          workflowId: id,
          args: [interpreterInput(ctx.waiting, variables)],
        })
      : ctx.client.workflow.start('handWrittenWaiting', {
          taskQueue,
          workflowId: id,
          args: [{ variables } satisfies HandWrittenInput],
        });
  const startMany = async (n: number, label: string) => {
    const handles: WorkflowHandle[] = [];
    await pool(n, CONCURRENCY, async (i) => void handles.push(await start(`${label}-${i}`, variablesFor(i))));
    await waitAllParked(handles);
  };
  try {
    // Warm-up runs stay parked (and cached) for both readings, so they cancel out.
    await startMany(WARMUP, `mem-warmup-${p}`);
    const before = await worker.memory();
    await startMany(WAITING, `mem-${p}`);
    const after = await worker.memory();
    if (p === 'a' && after.openedTasks !== WARMUP + WAITING) {
      throw new Error(`expected ${WARMUP + WAITING} opened user tasks, the worker saw ${after.openedTasks}`);
    }
    const result = {
      baselineRss: before.rss,
      rssPerInstance: (after.rss - before.rss) / WAITING,
      heapPerInstance: (after.heapUsed - before.heapUsed) / WAITING,
    };
    console.log(
      `  ${PATH_NAMES[p].padEnd(17)} RSS ${mib(before.rss)} → ${mib(after.rss)} with ${WAITING} more waiting: ` +
        `${kib(result.rssPerInstance)}/instance (V8 heap ${kib(result.heapPerInstance)}/instance)`,
    );
    return result;
  } finally {
    await worker.stop();
  }
}

/** Bundles each path's workflows (one after the other: webpack is CPU-bound) into `dir`. */
async function writeBundles(dir: string): Promise<Record<PathId, string>> {
  const write = async (name: string, entry: string, preload: string[] = []) => {
    const file = path.join(dir, `${name}.js`);
    await writeFile(file, (await bundleBenchWorkflows(entry, preload)).code);
    return file;
  };
  if (ONE_BUNDLE) {
    const file = await write('combined', benchEntries.combined, PRELOAD);
    return { a: file, b: file };
  }
  return {
    a: await write('interpreter', benchEntries.interpreter, PRELOAD),
    b: await write('hand-written', benchEntries.handWritten),
  };
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const loadAtStart = loadavg();
  console.log('Engine benchmark: BPMN interpreter (a) vs hand-written workflow (b)');
  console.log(
    `  ${os.availableParallelism()} cores, ${mib(os.totalmem())} RAM, node ${process.version}, load average ${loadAtStart} at start`,
  );
  console.log(
    `  ${INSTANCES} instances per measurement, ${ROUNDS} rounds (a b | b a | …), concurrency ${CONCURRENCY}, ` +
      `warm-up ${WARMUP}, ${WAITING} waiting instances, interpreter search attributes ${SEARCH_ATTRIBUTES ? 'on' : 'off'}`,
  );
  console.log(
    `  bundles: ${ONE_BUNDLE ? 'one holding both paths (--one-bundle)' : 'one per path'}` +
      (PRELOAD.length ? `, interpreter preloadModules ${PRELOAD.join(', ')}` : ''),
  );

  const cli = await provisionTemporalCli({ toolsDir: path.join(repoRoot, '.tools') });
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-engine-'));
  let server: DevServer | undefined;
  const cleanup = async () => {
    for (const child of liveChildren) child.kill();
    await server?.stop();
    await rm(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  try {
    console.log('[setup] dev server (in memory, free port), bundle, compile');
    const [devServer, bundles, tenSteps, waiting] = await Promise.all([
      startDevServer({ cliPath: cli, namespace: NAMESPACE, port: 0, searchAttributes: engineSearchAttributes }),
      writeBundles(tmp),
      tenStepGraph(),
      waitingGraph(),
    ]);
    server = devServer;
    const connection = await Connection.connect({ address: server.address });
    const client = new Client({ connection, namespace: NAMESPACE });
    const ctx: Context = { client, server, tenSteps, waiting, bundles };

    const throughput = await throughputPhase(ctx);
    console.log(`\n[memory] fresh worker child per path, workflows on its main thread, forced GC before each reading`);
    const memory = { a: await memoryPhaseFor(ctx, 'a'), b: await memoryPhaseFor(ctx, 'b') };
    await connection.close();

    report(throughput, memory, loadAtStart, (performance.now() - startedAt) / 1000);
  } finally {
    await cleanup();
  }
}

/** Prints rows as a table: first column left-aligned, the others right-aligned, widths from the content. */
function table(rows: string[][]): void {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) {
    console.log(
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('   '),
    );
  }
}

function report(
  t: Awaited<ReturnType<typeof throughputPhase>>,
  m: Record<PathId, MemoryResult>,
  loadAtStart: string,
  totalSeconds: number,
): void {
  const paths = ['a', 'b'] as const;
  const rate = (p: PathId) => t.runs[p].map((r) => r.perSecond);
  const spread = (xs: number[], digits: number) => [
    fmt(median(xs), digits),
    fmt(Math.min(...xs), digits),
    fmt(Math.max(...xs), digits),
    xs.map((x) => fmt(x, digits)).join(' '),
  ];

  console.log(`\n== Throughput: instances completed per second (${INSTANCES} per run, ${ROUNDS} runs each)`);
  table([
    ['', 'median', 'min', 'max', 'runs (in order)'],
    ...paths.map((p) => [PATH_NAMES[p], ...spread(rate(p), 1)]),
    ['ratio (a)/(b), per round', ...spread(t.pairRatios, 2)],
  ]);
  console.log(`ratio of the medians: ${fmt(median(rate('a')) / median(rate('b')), 2)}`);

  const cpu = (p: PathId) => median(t.runs[p].map((r) => r.workerCpuMsPerInstance));
  const server = (p: PathId) => {
    const xs = t.runs[p].map((r) => r.serverCpuMsPerInstance).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const serverA = server('a');
  const serverB = server('b');
  console.log('\n== Cost per completed instance (medians of the measured runs; history from one instance)');
  table([
    ['', 'worker CPU ms', 'server CPU ms', 'history events', 'history bytes'],
    ...paths.map((p) => {
      const sv = server(p);
      return [
        PATH_NAMES[p],
        fmt(cpu(p), 1),
        sv === undefined ? 'n/a' : fmt(sv, 1),
        String(t.history[p].events),
        String(t.history[p].bytes),
      ];
    }),
    [
      'ratio (a)/(b)',
      fmt(cpu('a') / cpu('b'), 2),
      serverA !== undefined && serverB !== undefined ? fmt(serverA / serverB, 2) : 'n/a',
      fmt(t.history.a.events / t.history.b.events, 2),
      fmt(t.history.a.bytes / t.history.b.bytes, 2),
    ],
  ]);

  console.log(`\n== Worker memory per waiting instance (${WAITING} waiting, forced GC, fresh worker per path)`);
  table([
    ['', 'RSS', 'V8 heap', 'worker RSS before'],
    ...paths.map((p) => [
      `${PATH_NAMES[p]} ${p === 'a' ? '(user task)' : '(signal)'}`,
      kib(m[p].rssPerInstance),
      kib(m[p].heapPerInstance),
      mib(m[p].baselineRss),
    ]),
    [
      'ratio (a)/(b)',
      fmt(m.a.rssPerInstance / m.b.rssPerInstance, 2),
      fmt(m.a.heapPerInstance / m.b.heapPerInstance, 2),
      '',
    ],
  ]);
  console.log(`\nload average ${loadAtStart} at start, ${loadavg()} at end; total ${fmt(totalSeconds, 0)} s`);
}

await main();
