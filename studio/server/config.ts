/**
 * Every environment variable the platform reads, parsed and typed in one place. A bad
 * value stops startup with a ConfigError naming the variable. The README's configuration
 * table is checked against `configVariables` by a test, so the two cannot drift apart.
 */
import path from 'node:path';
import { isTimeZone } from '../../engine/plugin-api/validate-manifest.js';
import { PACKAGE_NAME_PATTERN } from './plugins-loader/package-name.js';
import { parseAssignmentFallback, type AssignmentFallback } from './services/assignment-resolver.js';

export interface PlatformConfig {
  /** HTTP port of the API server and studio. */
  port: number;
  /** Interface the API server binds to. */
  host: string;
  /** Folder for the embedded stores (PGlite, Temporal dev db, attachments). */
  dataDir: string;
  /** PostgreSQL connection string; undefined selects embedded PGlite under dataDir. */
  databaseUrl?: string;
  temporal: {
    /** host:port of an existing Temporal frontend; undefined starts the dev server. */
    address?: string;
    namespace: string;
    taskQueue: string;
    /** Dev server ports, used only when `address` is undefined. */
    devPort: number;
    devUiPort: number;
    tls?: { certPath?: string; keyPath?: string; caPath?: string; serverName?: string };
    apiKey?: string;
    /** Base URL of the Temporal Web UI, for links from the monitor. */
    uiUrl?: string;
  };
  /** Password for the `admin` user created on first start; generated when unset. */
  adminPassword?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** Folder of provisioned tools (Temporal CLI venv). */
  toolsDir: string;
  /** Who gets a user task nobody matches: admin, a group, or the requester's supervisor. */
  assignmentFallback: AssignmentFallback;
  /** npm packages of plugins to load besides plugins/* (PLAYBOOK_PLUGINS). */
  plugins: string[];
  /** IANA zone that recurring duties (cron schedules, timer-start cron) are read in. */
  siteTimeZone: string;
}

/** Name, default and meaning of each variable; the README table mirrors this list. */
export const configVariables = [
  ['PORT', '3000', 'HTTP port of the API server and studio'],
  ['HOST', '127.0.0.1', 'Interface the API server listens on (0.0.0.0 to expose it)'],
  ['DATA_DIR', '.data', 'Folder for embedded data: PGlite database, Temporal dev-server db, attachments'],
  ['DATABASE_URL', '(unset: PGlite)', 'PostgreSQL connection string, e.g. postgres://user:pw@host:5432/playbook'],
  ['TEMPORAL_ADDRESS', '(unset: start dev server)', 'host:port of an existing Temporal frontend'],
  ['TEMPORAL_NAMESPACE', 'playbook', 'Temporal namespace for process instances'],
  ['TEMPORAL_TASK_QUEUE', 'playbook-engine', 'Task queue of the engine worker'],
  ['TEMPORAL_DEV_PORT', '7233', 'gRPC port of the embedded dev server'],
  ['TEMPORAL_UI_PORT', '8233', 'Web UI port of the embedded dev server (0 disables the UI)'],
  ['TEMPORAL_TLS_CERT', '(unset)', 'Client certificate file for mTLS to Temporal'],
  ['TEMPORAL_TLS_KEY', '(unset)', 'Client key file for mTLS to Temporal'],
  ['TEMPORAL_TLS_CA', '(unset)', 'CA bundle that signs the Temporal server certificate'],
  ['TEMPORAL_TLS_SERVER_NAME', '(unset)', 'Server name to verify in the Temporal certificate'],
  ['TEMPORAL_API_KEY', '(unset)', 'API key for Temporal Cloud (implies TLS)'],
  ['TEMPORAL_UI_URL', '(dev server UI)', 'Base URL of the Temporal Web UI for monitor links'],
  ['TEMPORAL_CLI', '(provisioned)', 'Path to the temporal CLI binary; otherwise PATH, then .tools/'],
  ['TEMPORAL_TEST_SERVER', '(provisioned)', 'Path to the time-skipping test server binary (tests only)'],
  ['ADMIN_PASSWORD', '(generated, printed once)', 'Password of the admin user created on first start'],
  ['LOG_LEVEL', 'info', 'fatal, error, warn, info, debug or trace'],
  ['PLAYBOOK_TOOLS_DIR', '.tools', 'Where provisioned tools are installed'],
  [
    'ASSIGNMENT_FALLBACK',
    'admin',
    'Who gets a task nobody matches: admin, group:<id> or escalate (requester supervisor)',
  ],
  ['PLAYBOOK_PLUGINS', '(none)', 'npm packages of plugins to load besides the plugins/ folder, comma-separated'],
  [
    'SITE_TIME_ZONE',
    'Asia/Shanghai',
    'IANA time zone of the sites: cron schedules (e.g. the 16:00 report) fire at that local time',
  ],
] as const;

/** Startup stops with this; the message names the variable and what is wrong. */
export class ConfigError extends Error {
  readonly code = 'WF_ERR_CONFIG_INVALID';
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): PlatformConfig {
  const str = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const port = (name: string, fallback: number, allowZero = false): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n > 65535 || (n === 0 && !allowZero)) {
      throw new ConfigError(name, `expected a TCP port number (${allowZero ? 0 : 1}-65535), got "${raw}"`);
    }
    return n;
  };
  const databaseUrl = str('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'expected a postgres:// or postgresql:// URL');
  }
  const address = str('TEMPORAL_ADDRESS');
  if (address && !/^[\w.-]+:\d{1,5}$/.test(address)) {
    throw new ConfigError('TEMPORAL_ADDRESS', `expected host:port, got "${address}"`);
  }
  const logLevel = str('LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const adminPassword = str('ADMIN_PASSWORD');
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters long');
  }
  const name = (variable: string, fallback: string): string => {
    const v = str(variable) ?? fallback;
    if (!/^[\w.-]{1,200}$/.test(v)) throw new ConfigError(variable, `"${v}" may use only letters, digits, . _ -`);
    return v;
  };
  const tlsCert = str('TEMPORAL_TLS_CERT');
  const tlsKey = str('TEMPORAL_TLS_KEY');
  if (Boolean(tlsCert) !== Boolean(tlsKey)) {
    throw new ConfigError(
      tlsCert ? 'TEMPORAL_TLS_KEY' : 'TEMPORAL_TLS_CERT',
      'mTLS needs both the certificate and key',
    );
  }
  const tlsCa = str('TEMPORAL_TLS_CA');
  const tlsServerName = str('TEMPORAL_TLS_SERVER_NAME');
  const apiKey = str('TEMPORAL_API_KEY');
  const devUiPort = port('TEMPORAL_UI_PORT', 8233, true);
  const uiUrl = str('TEMPORAL_UI_URL');
  if (uiUrl && !/^https?:\/\//.test(uiUrl)) throw new ConfigError('TEMPORAL_UI_URL', 'expected an http(s):// URL');

  const fallbackRaw = str('ASSIGNMENT_FALLBACK') ?? 'admin';
  const assignmentFallback = parseAssignmentFallback(fallbackRaw);
  if (!assignmentFallback) {
    throw new ConfigError('ASSIGNMENT_FALLBACK', `expected admin, group:<id> or escalate, got "${fallbackRaw}"`);
  }

  const plugins = (str('PLAYBOOK_PLUGINS') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const badPlugin = plugins.find((p) => !PACKAGE_NAME_PATTERN.test(p));
  if (badPlugin) throw new ConfigError('PLAYBOOK_PLUGINS', `"${badPlugin}" is not an npm package name`);

  const siteTimeZone = str('SITE_TIME_ZONE') ?? 'Asia/Shanghai';
  if (!isTimeZone(siteTimeZone)) {
    throw new ConfigError('SITE_TIME_ZONE', `expected an IANA time zone such as Asia/Shanghai, got "${siteTimeZone}"`);
  }

  return {
    assignmentFallback,
    plugins,
    siteTimeZone,
    port: port('PORT', 3000),
    host: str('HOST') ?? '127.0.0.1',
    dataDir: path.resolve(cwd, str('DATA_DIR') ?? '.data'),
    databaseUrl,
    temporal: {
      address,
      namespace: name('TEMPORAL_NAMESPACE', 'playbook'),
      taskQueue: name('TEMPORAL_TASK_QUEUE', 'playbook-engine'),
      devPort: port('TEMPORAL_DEV_PORT', 7233),
      devUiPort,
      tls:
        tlsCert || tlsCa || tlsServerName || apiKey
          ? { certPath: tlsCert, keyPath: tlsKey, caPath: tlsCa, serverName: tlsServerName }
          : undefined,
      apiKey,
      uiUrl: uiUrl ?? (address || devUiPort === 0 ? undefined : `http://127.0.0.1:${devUiPort}`),
    },
    adminPassword,
    logLevel: logLevel as PlatformConfig['logLevel'],
    toolsDir: path.resolve(cwd, str('PLAYBOOK_TOOLS_DIR') ?? '.tools'),
  };
}
