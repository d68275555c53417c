/**
 * Turns a manifest into Temporal activity functions keyed `<plugin>.<name>@<major>`. Each one
 * validates its input against the input schema before the handler runs and the handler's
 * result against the output schema after, so a bad call never reaches plugin code and a bad
 * result never reaches a process. Both failures are non-retryable: retrying cannot fix them.
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { PluginActivityDeps } from './activity-context.js';
import { compileActivitySchema, describeViolations, type SchemaViolation } from './activity-schemas.js';
import { buildActivityContext, type PluginScope } from './build-activity-context.js';
import { listActivities, type PluginManifest } from './define-plugin.js';
import { activityTypeOf } from './plugin-activity-catalog.js';
import { scopedSecrets } from './plugin-secrets.js';
import { assertValidManifest } from './validate-manifest.js';

/** Error types of the boundary checks; error boundaries and incidents show them. */
export const ActivityBoundaryError = {
  inputInvalid: 'WF_ERR_ACTIVITY_INPUT_INVALID',
  outputInvalid: 'WF_ERR_ACTIVITY_OUTPUT_INVALID',
} as const;

/** Activity functions keyed by Temporal activity type, ready for `Worker.create({ activities })`. */
export type PluginActivityFunctions = Record<string, (input: unknown) => Promise<unknown>>;

/**
 * The activities of one plugin. Throws `PluginManifestError` when the manifest is invalid.
 * @example
 * const activities = { ...createEngineActivities(engineDeps), ...createPluginActivities(bankingPlugin, deps) };
 */
export function createPluginActivities(plugin: PluginManifest, deps: PluginActivityDeps): PluginActivityFunctions {
  assertValidManifest(plugin);
  const scope: PluginScope = {
    deps,
    secrets: scopedSecrets(plugin.id, plugin.secrets ?? [], deps.secrets ?? (() => undefined)),
  };
  const functions: PluginActivityFunctions = {};
  for (const { name, definition } of listActivities(plugin)) {
    const activityType = activityTypeOf(plugin.id, name, definition.version);
    const checkInput = compileActivitySchema(definition.input);
    const checkOutput = compileActivitySchema(definition.output);
    const call = { pluginId: plugin.id, name, major: definition.version, activityType };
    functions[activityType] = async (input: unknown) => {
      const badInput = checkInput(input);
      if (badInput.length) throw boundaryFailure(activityType, 'input', badInput);
      const output = await definition.execute(input as never, buildActivityContext(call, scope));
      const badOutput = checkOutput(output);
      if (badOutput.length) throw boundaryFailure(activityType, 'output', badOutput);
      return output;
    };
  }
  return functions;
}

function boundaryFailure(activityType: string, side: 'input' | 'output', found: SchemaViolation[]) {
  return ApplicationFailure.nonRetryable(
    `${activityType}: ${side} does not match its schema: ${describeViolations(found)}`,
    side === 'input' ? ActivityBoundaryError.inputInvalid : ActivityBoundaryError.outputInvalid,
    { violations: found },
  );
}
