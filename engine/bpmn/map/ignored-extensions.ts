import type { ModdleElement } from 'bpmn-moddle';
import { BpmnWarningCode } from '../problems.js';
import type { MapContext } from './map-context.js';

/**
 * Camunda 8 settings that parse fine but that the engine does not act on. Dropping behaviour
 * silently would surprise whoever drew it, so each one is named in a warning.
 */
const IGNORED: Record<string, string> = {
  'zeebe:ExecutionListeners': 'execution listeners',
  'zeebe:TaskListeners': 'task listeners',
  'zeebe:TaskHeaders': 'task headers',
  'zeebe:Properties': 'extension properties',
  'zeebe:LinkedResources': 'linked resources',
};

/** Warns once per ignored extension element on `element`. */
export function warnIgnoredExtensions(element: ModdleElement, mc: MapContext): void {
  const values = (element.extensionElements as { values?: ModdleElement[] } | undefined)?.values ?? [];
  for (const value of values) {
    const what = IGNORED[value.$type];
    if (!what) continue;
    mc.problems.warn(
      BpmnWarningCode.IgnoredExtensions,
      `The ${what} (${value.$type}) on "${element.id}" are not supported and are ignored.`,
      element.id,
    );
  }
}
