/**
 * `definePlugin`: a plugin is one typed manifest. It only declares things (activities, forms,
 * playbooks, schedules); hosts load it, validate it with `validatePluginManifest` and decide
 * where its activities run. Nothing here runs at import time besides building the object.
 */
import type { FormDocument } from '../forms/index.js';
import type { ActivityContext } from './activity-context.js';
import type { ActivityRetry, ActivitySchema, LocalizedText } from './define-activity.js';

/** Any `defineActivity` result, whatever its schemas (method syntax keeps the handler assignable). */
export interface AnyActivityDefinition {
  version: number;
  description: LocalizedText;
  input: ActivitySchema;
  output: ActivitySchema;
  timeout?: string;
  retry?: ActivityRetry;
  execute(input: never, ctx: ActivityContext): Promise<unknown>;
}

/** One activity, or several major versions of it while old playbooks still use the old one. */
export type ActivityEntry = AnyActivityDefinition | readonly AnyActivityDefinition[];

/**
 * A form of the plugin: the URL (or absolute path) of its `<name>.schema.json`, with the
 * `<name>.form.json` beside it, or the whole document `{ schema, uiSchema?, labels, steps? }`.
 */
export type FormEntry = URL | string | FormDocument;

/** A BPMN process the plugin ships, installable from the studio. */
export interface PlaybookDefinition {
  /** kebab-case, unique within the plugin: `POST /api/plugins/<plugin>/playbooks/<id>/install`. */
  id: string;
  /** The `.bpmn` file: `new URL('./playbooks/x.bpmn', import.meta.url)`. */
  file: URL;
  name: LocalizedText;
  description: LocalizedText;
}

/**
 * A recurring start of one of the plugin's playbooks, created as a Temporal Schedule when the
 * playbook is installed. Give `cron` for duties at a time of day (read in the site's time zone),
 * or `cycle` for a fixed period.
 */
export interface ScheduleDefinition {
  /** kebab-case, unique within the plugin. */
  id: string;
  /** Id of a playbook of this plugin. */
  playbook: string;
  /** Five-field cron (minute hour day-of-month month day-of-week) in local time: `0 16 * * *` is 16:00. */
  cron?: string;
  /** ISO 8601 repeating interval such as `R/P1D` or `R/2025-01-01T08:00:00Z/P1D`. */
  cycle?: string;
  /** IANA zone the cron is read in; default: the zone chosen at install, else `SITE_TIME_ZONE`. */
  timeZone?: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** The seed rule behind the timing: `<seed file> <heading>`. */
  source?: string;
  /** Variables every scheduled instance starts with. */
  variables?: Record<string, unknown>;
}

/** A demo org unit the plugin's playbooks assign work to (a candidate group). */
export interface DemoGroup {
  /** kebab-case group id, as named in the playbooks' candidate groups. */
  id: string;
  name: string;
  /** branch, store, district, team, … */
  kind: string;
  /** Username of the head (the "group's head" assignment rule). */
  head: string;
  /** Members besides the plugin's own demo users who name this group: e.g. the platform's demo staff. */
  members?: readonly string[];
}

/** A demo staff account; its password is `<username>-demo`. */
export interface DemoUser {
  username: string;
  displayName: string;
  groups: readonly string[];
  supervisor?: string;
}

/**
 * What `npm run demo -- <plugin>` seeds and starts: groups and staff beyond the platform's demo
 * organisation, and one start per playbook, so each new user meets real waiting work.
 */
export interface PluginDemo {
  groups?: readonly DemoGroup[];
  users?: readonly DemoUser[];
  starts: ReadonlyArray<{
    playbook: string;
    /** A demo user (the platform's or this plugin's). */
    startedBy: string;
    businessKey?: string;
    variables?: Record<string, unknown>;
  }>;
}

/** The manifest: everything a plugin contributes. */
export interface PluginManifest {
  /** kebab-case; the first part of every activity reference and form `$id`. */
  id: string;
  /** The package's semver version, e.g. `1.4.0`. */
  version: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Run this plugin's activities on their own task queue (and worker process). */
  taskQueue?: string;
  /** Names (camelCase) of the secrets its activities may read through `ctx.secrets`. */
  secrets?: readonly string[];
  /** Keyed by activity name (camelCase verb + noun): `banking.verifyIdentity@2`. */
  activities: Readonly<Record<string, ActivityEntry>>;
  forms: readonly FormEntry[];
  playbooks: readonly PlaybookDefinition[];
  schedules?: readonly ScheduleDefinition[];
  demo?: PluginDemo;
}

const MANIFEST_BRAND = Symbol.for('playbook-studio.plugin-manifest');

/**
 * Declares a plugin. The result is the manifest itself, marked so loaders can find it among a
 * module's exports; it is validated when loaded, not here, so a broken manifest still imports
 * and the conformance kit can say what is wrong with it.
 * @example
 * export const bankingPlugin = definePlugin({
 *   id: 'banking', version: '1.4.0', name: { en: 'Banking', 'zh-CN': '银行' }, description: { … },
 *   activities: { verifyIdentity },
 *   forms: [new URL('./forms/kyc-review.schema.json', import.meta.url)],
 *   playbooks: [{ id: 'suspicious-transfer', file: new URL('./playbooks/suspicious-transfer.bpmn', import.meta.url), … }],
 * });
 */
export function definePlugin<M extends PluginManifest>(manifest: M): M {
  Object.defineProperty(manifest, MANIFEST_BRAND, { value: true, enumerable: false });
  return manifest;
}

/** Whether a module export was made by `definePlugin`. */
export function isDefinedPlugin(value: unknown): value is PluginManifest {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MANIFEST_BRAND] === true;
}

/** Every activity of a manifest with its name, one entry per major version. */
export function listActivities(plugin: PluginManifest): Array<{ name: string; definition: AnyActivityDefinition }> {
  return Object.entries(plugin.activities).flatMap(([name, entry]) =>
    (Array.isArray(entry) ? (entry as readonly AnyActivityDefinition[]) : [entry as AnyActivityDefinition]).map(
      (definition) => ({ name, definition }),
    ),
  );
}
