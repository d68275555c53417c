import type { ModdleElement } from 'bpmn-moddle';
import type { FormRef } from '../../graph/index.js';
import { present, readInteger } from '../attribute-values.js';
import { BpmnErrorCode } from '../problems.js';
import type { MapContext } from './map-context.js';

/** Reads `wf:form` (or zeebe:formDefinition) and checks the form exists when the context can tell. */
export function readFormRef(element: ModdleElement, mc: MapContext): FormRef | undefined {
  const raw = mc.reader.form(element);
  if (!raw) return undefined;
  const elementId = element.id!;
  const id = present(raw.id);
  if (!id) {
    mc.problems.error(BpmnErrorCode.InvalidAttribute, 'The form reference has no id.', elementId);
    return undefined;
  }
  const version = readInteger(raw.version, 'Form version', elementId, mc.problems, { min: 1, max: 1_000_000 });
  if (raw.version !== undefined && version === undefined) return undefined;
  if (mc.ctx.hasForm && !mc.ctx.hasForm(id, version)) {
    const which = version === undefined ? `"${id}"` : `"${id}" version ${version}`;
    mc.problems.error(BpmnErrorCode.UnknownForm, `Form ${which} does not exist.`, elementId);
  }
  return version === undefined ? { id } : { id, version };
}
