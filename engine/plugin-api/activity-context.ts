/**
 * What a plugin activity may use besides its input: everything arrives through this context,
 * built by the host per call, never through globals or module state. Each field is a small
 * interface, so the API server, a standalone plugin worker and tests pass their own.
 */
import type { Readable } from 'node:stream';

/** A notification to people, delivered in-app (and by whatever channels the host adds). */
export interface PluginNotification {
  /** What kind of notice it is, e.g. `banking.identity-rejected`; hosts may filter on it. */
  kind: string;
  message: string;
  taskId?: string;
  instanceId?: string;
}

/** Reaches people by username. */
export interface PluginNotifier {
  notify(usernames: string[], notification: PluginNotification): Promise<void>;
}

/** Immutable blobs by key (attachments live here under their attachment id). */
export interface PluginBlobStore {
  put(key: string, body: Uint8Array, meta: { contentType: string }): Promise<void>;
  /** The bytes, or undefined when there is no such key. */
  get(key: string): Promise<Readable | undefined>;
  delete(key: string): Promise<void>;
}

/** The time as the host wants activities to see it (tests pass the workflow's skipped clock). */
export interface Clock {
  now(): Date;
}

/** Structured logging; the context adds plugin, activity and workflow fields to every line. */
export interface PluginLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Secrets of one plugin: only names the manifest declares in `secrets` can be read. */
export interface PluginSecrets {
  /** The value, or undefined when the host has none. */
  get(name: string): string | undefined;
  /** The value; a missing one fails the activity without retries (`WF_ERR_PLUGIN_SECRET_MISSING`). */
  require(name: string): string;
}

/** Where secret values come from; the host scopes it to one plugin for each context. */
export type SecretSource = (pluginId: string, name: string) => string | undefined;

/** Which call this is. Temporal fields are absent when the activity runs outside a worker. */
export interface ActivityCallInfo {
  pluginId: string;
  name: string;
  major: number;
  /** `<plugin>.<name>@<major>`: the Temporal activity type. */
  activityType: string;
  attempt?: number;
  workflowId?: string;
}

/**
 * The second argument of every `execute`.
 * @example
 * async execute(input, ctx) {
 *   const key = ctx.secrets.require('kycApiKey');
 *   ctx.logger.info('checking identity', { clientId: input.clientId });
 *   return { checkedAt: ctx.clock.now().toISOString() };
 * }
 */
export interface ActivityContext {
  call: ActivityCallInfo;
  notifier: PluginNotifier;
  blobStore: PluginBlobStore;
  clock: Clock;
  logger: PluginLogger;
  secrets: PluginSecrets;
  /** Records progress of long work; Temporal then knows the activity is alive. No-op outside a worker. */
  heartbeat(details?: unknown): void;
  /** Aborted when Temporal cancels the activity; pass it to fetch and friends. */
  signal: AbortSignal;
}

/** What the host passes to `createPluginActivities`: shared by every plugin it runs. */
export interface PluginActivityDeps {
  notifier: PluginNotifier;
  blobStore: PluginBlobStore;
  /** Defaults to the system clock. */
  clock?: Clock;
  logger: PluginLogger;
  /** Defaults to no secrets at all. */
  secrets?: SecretSource;
}
