/**
 * What the compiler and the studio need to know about a plugin's activities: reference,
 * task queue and the default timeout and retries copied into graphs at deploy time.
 */
import { DEFAULT_ACTIVITY_OPTIONS } from '../activities/index.js';
import type { ActivityInfo } from '../bpmn/index.js';
import type { LocalizedText } from './define-activity.js';
import { listActivities, type AnyActivityDefinition, type PluginManifest } from './define-plugin.js';

/** An activity as the catalog lists it. */
export interface PluginActivityInfo extends ActivityInfo {
  /** `<plugin>.<name>@<major>`: the reference in BPMN and the Temporal activity type. */
  activityType: string;
  description: LocalizedText;
}

/** The Temporal activity type (and BPMN reference) of an activity. */
export function activityTypeOf(pluginId: string, name: string, major: number): string {
  return `${pluginId}.${name}@${major}`;
}

/** The graph options of one definition: its own settings over the platform defaults. */
export function activityOptionsOf(definition: AnyActivityDefinition): ActivityInfo['options'] {
  return {
    startToCloseTimeout: definition.timeout ?? DEFAULT_ACTIVITY_OPTIONS.startToCloseTimeout,
    maximumAttempts: definition.retry?.maximumAttempts ?? DEFAULT_ACTIVITY_OPTIONS.maximumAttempts,
    initialInterval: definition.retry?.initialInterval ?? DEFAULT_ACTIVITY_OPTIONS.initialInterval,
    backoffCoefficient: definition.retry?.backoffCoefficient ?? DEFAULT_ACTIVITY_OPTIONS.backoffCoefficient,
  };
}

/** Every activity of a plugin, ready for `ActivityCatalog` / `CompileContext.findActivity`. */
export function pluginActivityCatalog(plugin: PluginManifest): PluginActivityInfo[] {
  return listActivities(plugin).map(({ name, definition }) => ({
    plugin: plugin.id,
    name,
    major: definition.version,
    activityType: activityTypeOf(plugin.id, name, definition.version),
    description: definition.description,
    ...(plugin.taskQueue ? { taskQueue: plugin.taskQueue } : {}),
    options: activityOptionsOf(definition),
  }));
}
