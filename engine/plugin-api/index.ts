/**
 * The plugin SDK: what plugin code and hosts import. Test helpers (golden runs, the
 * conformance kit) live in `./testing/index.ts`, so hosts never load vitest or the test server.
 */
export { defineActivity } from './define-activity.js';
export type {
  ActivityDefinition,
  ActivityExecute,
  ActivityRetry,
  ActivitySchema,
  LocalizedText,
  SchemaValue,
} from './define-activity.js';
export { definePlugin, isDefinedPlugin, listActivities } from './define-plugin.js';
export type {
  ActivityEntry,
  AnyActivityDefinition,
  FormEntry,
  PlaybookDefinition,
  PluginManifest,
  ScheduleDefinition,
  PluginDemo,
  DemoGroup,
  DemoUser,
} from './define-plugin.js';
export type * from './activity-context.js';
export { systemClock } from './build-activity-context.js';
export {
  ActivityBoundaryError,
  createPluginActivities,
  type PluginActivityFunctions,
} from './create-plugin-activities.js';
export {
  activityOptionsOf,
  activityTypeOf,
  pluginActivityCatalog,
  type PluginActivityInfo,
} from './plugin-activity-catalog.js';
export { compileActivitySchema, describeViolations, type SchemaViolation } from './activity-schemas.js';
export { assertValidManifest, validatePluginManifest, type ValidateManifestOptions } from './validate-manifest.js';
export { PLUGIN_ID_PATTERN, PluginManifestError } from './manifest-problems.js';
export { envSecretSource, secretEnvName, staticSecretSource } from './plugin-secrets.js';
export { readPluginForms, type PluginForm, type PluginFormsResult } from './plugin-forms.js';
export {
  compilePluginPlaybooks,
  describeProblem,
  readPlaybookXml,
  type CompiledPlaybook,
  type CompiledPlaybooks,
} from './plugin-playbooks.js';
export { checkPluginSet, type PluginSetEntry, type ReservedNames } from './check-plugin-set.js';
