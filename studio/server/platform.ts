/**
 * The platform's services, opened once per process and shared by the API routes:
 * database, Temporal client, identity, audit, definitions and instances.
 */
import { Client, Connection, type ConnectionOptions } from '@temporalio/client';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { coreActivityCatalog } from '../../engine/activities/index.js';
import type { PlatformConfig } from './config.js';
import { openDatabase, type PlatformDatabase } from './db/open-database.js';
import { loadConfiguredPlugins, REPO_ROOT, type LoadedPlugins } from './plugins-loader/index.js';
import { readCoreWorkflows } from './plugins-loader/core-workflows.js';
import { ActivityCatalog } from './services/activity-catalog.js';
import { AttachmentService } from './services/attachments.js';
import { AuditLog } from './services/audit.js';
import { LocalFolderBlobStore, type BlobStore } from './services/blob-store.js';
import { DefinitionService } from './services/definitions.js';
import { formGate, taskFormView } from './services/form-task-hooks.js';
import { FormService } from './services/forms.js';
import { IdentityService } from './services/identity.js';
import { InstanceService } from './services/instances.js';
import { FanOutNotifier, InAppChannel, type Notifier } from './services/notifier.js';
import { MessageCorrelation } from './services/message-correlation.js';
import { OrgService } from './services/org.js';
import { ProcessSchedules } from './services/process-schedules.js';
import { TaskActions, TaskQueries, TaskService } from './services/tasks/index.js';

export interface Platform {
  config: PlatformConfig;
  database: PlatformDatabase;
  temporal: { connection: Connection; client: Client; namespace: string; taskQueue: string };
  activities: ActivityCatalog;
  identity: IdentityService;
  audit: AuditLog;
  definitions: DefinitionService;
  /** Temporal Schedules of timer starts and of plugin playbooks. */
  schedules: ProcessSchedules;
  /** Core workflows (workflows/<name>/process.bpmn) by process key, deployed on demand by installs. */
  coreWorkflows: ReadonlyMap<string, string>;
  instances: InstanceService;
  forms: FormService;
  attachments: AttachmentService;
  org: OrgService;
  /** Correlates BPMN messages to new and running instances. */
  messages: MessageCorrelation;
  notifier: Notifier;
  tasks: TaskService;
  /** Plugins loaded from plugins/* and PLAYBOOK_PLUGINS: manifests, forms, playbooks, activities. */
  plugins: LoadedPlugins;
  /** Where attachment bytes live; plugin activities get it as `ctx.blobStore`. */
  blobs: BlobStore;
  /** Cookies get `Secure` when the studio is served over TLS by a proxy. */
  secureCookies: boolean;
  close(): Promise<void>;
}

export interface CreatePlatformOptions {
  /** Reuse an open database (tests share one PGlite per file). */
  database?: PlatformDatabase;
  /** Temporal address to use when config.temporal.address is unset (the dev server npm start launched). */
  temporalAddress?: string;
  /** Where attachment bytes go; a folder under DATA_DIR/attachments by default. */
  blobStore?: BlobStore;
  /** Plugins to run instead of loading plugins/* and PLAYBOOK_PLUGINS (tests). */
  plugins?: LoadedPlugins;
}

export async function createPlatform(config: PlatformConfig, opts: CreatePlatformOptions = {}): Promise<Platform> {
  const address = config.temporal.address ?? opts.temporalAddress;
  if (!address) throw new Error('No Temporal address: set TEMPORAL_ADDRESS or start the dev server first');
  const plugins = opts.plugins ?? (await loadConfiguredPlugins(config));
  const connection = await Connection.connect(await connectionOptions(config, address));
  const database = opts.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const client = new Client({ connection, namespace: config.temporal.namespace });
  const audit = new AuditLog(database.db);
  const activities = new ActivityCatalog([...coreActivityCatalog, ...plugins.catalog()]);
  const blobs = opts.blobStore ?? new LocalFolderBlobStore(path.join(config.dataDir, 'attachments'));
  const attachments = new AttachmentService(database.db, blobs, audit);
  const forms = new FormService(database.db, audit, attachments);
  await forms.loadSources(REPO_ROOT);
  const schedules = new ProcessSchedules(client, config.temporal.taskQueue, config.siteTimeZone);
  const definitions = new DefinitionService(
    database.db,
    audit,
    async () => {
      // The compiler's form check is synchronous: give it the published forms as a lookup table.
      const published = new Map((await forms.list()).map((f) => [f.id, f.latestVersion]));
      return activities.compileContext({
        hasForm: (id, version) => published.has(id) && (version === undefined || version <= published.get(id)!),
      });
    },
    schedules,
  );
  const instances = new InstanceService(database.db, client, config.temporal.taskQueue, definitions, audit);
  const messages = new MessageCorrelation(database.db, client, () => instances);
  const org = new OrgService(database.db);
  const notifier = new FanOutNotifier([new InAppChannel(database.db)], (channel, err) =>
    console.error(`notification channel ${channel} failed`, err),
  );
  const queries = new TaskQueries(database.db);
  const tasks = new TaskService(
    database.db,
    queries,
    new TaskActions(database.db, client, queries, org, audit, notifier, formGate(forms, localeOf)),
    taskFormView(forms, localeOf),
  );
  return {
    config,
    database,
    org,
    messages,
    notifier,
    tasks,
    temporal: { connection, client, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue },
    activities,
    identity: new IdentityService(database.db),
    audit,
    definitions,
    schedules,
    coreWorkflows: await readCoreWorkflows(REPO_ROOT),
    instances,
    forms,
    attachments,
    plugins,
    blobs,
    secureCookies: false,
    async close() {
      await connection.close();
      if (!opts.database) await database.close();
    },
  };
}

/** Form messages follow the user's language setting. */
const localeOf = (user: { locale?: string }) => (user.locale === 'en' ? 'en' : 'zh-CN') as 'en' | 'zh-CN';

/** Connection options shared by the API server and the worker. */
export async function connectionOptions(
  config: PlatformConfig,
  address: string,
): Promise<{ address: string; tls?: ConnectionOptions['tls']; apiKey?: string }> {
  const { tls, apiKey } = config.temporal;
  const options: { address: string; tls?: ConnectionOptions['tls']; apiKey?: string } = { address };
  if (tls || apiKey) {
    options.tls = {
      serverNameOverride: tls?.serverName,
      serverRootCACertificate: tls?.caPath ? await readFile(tls.caPath) : undefined,
      clientCertPair:
        tls?.certPath && tls.keyPath
          ? { crt: await readFile(tls.certPath), key: await readFile(tls.keyPath) }
          : undefined,
    };
  }
  if (apiKey) options.apiKey = apiKey;
  return options;
}
