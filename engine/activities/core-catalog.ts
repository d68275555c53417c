/**
 * The built-in `core` activities and their catalog, which the compiler uses to resolve
 * `wf:activity="core.echo@1"` and copy timeouts and retries into the graph.
 */
import type { ActivityOptions } from '../graph/index.js';
import type { CoreActivityDefinition } from './core/core-activity.js';
import { echoActivity } from './core/echo.js';
import { failActivity } from './core/fail.js';
import { logActivity } from './core/log.js';
import { notifyActivity } from './core/notify.js';
import { setVariablesActivity } from './core/set-variables.js';
import { summarizeIncidentActivity } from './core/summarize-incident.js';
import type { EngineDeps } from './deps.js';

export const DEFAULT_ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '30s',
  maximumAttempts: 3,
  initialInterval: '1s',
  backoffCoefficient: 2,
};

const definitions: CoreActivityDefinition[] = [
  echoActivity,
  logActivity,
  notifyActivity,
  setVariablesActivity,
  failActivity,
  summarizeIncidentActivity,
];

export interface CoreActivityCatalogEntry {
  plugin: 'core';
  name: string;
  major: number;
  /** Temporal activity type: `core.<name>@<major>`. */
  activityType: string;
  description: string;
  options: ActivityOptions;
}

export const coreActivityCatalog: CoreActivityCatalogEntry[] = definitions.map((d) => ({
  plugin: 'core',
  name: d.name,
  major: d.major,
  activityType: `core.${d.name}@${d.major}`,
  description: d.description,
  options: { ...DEFAULT_ACTIVITY_OPTIONS, ...d.options },
}));

/** The core activity functions keyed by activity type. */
export function createCoreActivities(deps: EngineDeps): Record<string, (input: unknown) => Promise<unknown>> {
  return Object.fromEntries(definitions.map((d) => [`core.${d.name}@${d.major}`, d.create(deps)]));
}
