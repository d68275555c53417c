import type { ActivityRef } from '../../graph/index.js';
import type { ActivityInfo } from '../compile-types.js';
import { BpmnErrorCode } from '../problems.js';
import type { MapContext } from './map-context.js';

// `plugin.activity@major`: plugin ids are kebab-case, activity names camelCase (see STYLE §7).
const REF = /^([a-z][a-z0-9-]*)\.([A-Za-z_][A-Za-z0-9_]*)(?:@(\d+))?$/;

/** Parses and resolves an activity reference against the loaded plugins. */
export function resolveActivity(
  raw: string,
  majorOptional: boolean,
  elementId: string,
  mc: MapContext,
): { ref: ActivityRef; info: ActivityInfo } | undefined {
  const ref = raw.trim();
  const match = REF.exec(ref);
  if (!match || (match[3] === undefined && !majorOptional)) {
    mc.problems.error(
      BpmnErrorCode.InvalidActivityRef,
      `Activity reference "${raw}" is not of the form plugin.activityName@major (e.g. banking.verifyIdentity@2).`,
      elementId,
    );
    return undefined;
  }
  const [, plugin, name, majorText] = match as unknown as [string, string, string, string | undefined];
  // zeebe task types carry no version; `plugin.name` then means the first major version.
  const major = majorText === undefined ? 1 : Number(majorText);
  const info = mc.ctx.findActivity(plugin, name, major);
  if (!info) {
    mc.problems.error(
      BpmnErrorCode.UnknownActivity,
      `No loaded plugin provides activity ${plugin}.${name}@${major}.`,
      elementId,
    );
    return undefined;
  }
  return {
    ref: {
      plugin: info.plugin,
      name: info.name,
      major: info.major,
      activityType: `${info.plugin}.${info.name}@${info.major}`,
      ...(info.taskQueue ? { taskQueue: info.taskQueue } : {}),
    },
    info,
  };
}

const SHORT_DURATION = /^\d+(ms|s|m|h|d)$/;
const ISO_TIME_DURATION = /^P(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Activity timeouts in the form Temporal's SDK takes (`30s`, `5m`, `2h`). ISO 8601 durations
 * without years, months or weeks (`PT30S`) are accepted too and converted, as BPMN authors
 * tend to write them.
 */
export function readTimeout(raw: string, elementId: string, mc: MapContext): string | undefined {
  const value = raw.trim();
  if (SHORT_DURATION.test(value)) return value;
  const iso = ISO_TIME_DURATION.exec(value);
  if (iso && value !== 'P') {
    const [days, hours, minutes, seconds] = iso.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number];
    const total = ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
    if (total > 0) return `${total}s`;
  }
  mc.problems.error(
    BpmnErrorCode.InvalidAttribute,
    `Timeout "${raw}" must be a positive duration such as 30s, 5m, 2h or PT30S.`,
    elementId,
  );
  return undefined;
}
