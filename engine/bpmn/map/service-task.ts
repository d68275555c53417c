import type { ModdleElement } from 'bpmn-moddle';
import type { ServiceTaskNode } from '../../graph/index.js';
import { present, readInteger, readVariableName } from '../attribute-values.js';
import type { ActivityInfo } from '../compile-types.js';
import { BpmnErrorCode } from '../problems.js';
import { readTimeout, resolveActivity } from './activity-ref.js';
import type { MapContext } from './map-context.js';
import { displayName, nodeBase } from './node-base.js';

const BPMN_TYPES: Record<string, ServiceTaskNode['bpmnType']> = {
  'bpmn:ServiceTask': 'serviceTask',
  'bpmn:SendTask': 'sendTask',
  'bpmn:BusinessRuleTask': 'businessRuleTask',
};

const UNRESOLVED: ActivityInfo = {
  plugin: '',
  name: '',
  major: 0,
  options: { startToCloseTimeout: '1m', maximumAttempts: 1, initialInterval: '1s', backoffCoefficient: 2 },
};

/**
 * Service, send and business-rule tasks all run a plugin activity. The activity's own
 * defaults are copied into the graph so a run never depends on what is loaded later.
 */
export function mapServiceTask(task: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = task.id!;
  const base = nodeBase(task, scope, mc);
  const raw = mc.reader.activity(task);
  const ref = present(raw?.ref);
  if (!ref) {
    mc.problems.error(
      BpmnErrorCode.MissingActivity,
      `${task.$type.replace('bpmn:', '')} "${displayName(task) ?? id}" names no activity (<wf:activity ref="plugin.name@major"/>).`,
      id,
    );
  }
  const resolved = ref ? resolveActivity(ref, raw?.majorOptional === true, id, mc) : undefined;
  const retries = readInteger(raw?.retries, 'Retries', id, mc.problems, { min: 1, max: 1000 });
  const timeout = present(raw?.timeout) && readTimeout(raw!.timeout!, id, mc);
  const resultVariable = readVariableName(present(raw?.resultVariable), 'Result variable', id, mc.problems);
  // An unresolved activity was reported; the node stays so the structural checks still run.
  const info = resolved?.info ?? UNRESOLVED;
  const node: ServiceTaskNode = {
    ...base,
    type: 'serviceTask',
    bpmnType: BPMN_TYPES[task.$type] ?? 'serviceTask',
    activity: resolved?.ref ?? { plugin: '', name: '', major: 0, activityType: '' },
    options: {
      ...info.options,
      // `retries` counts attempts, the way Camunda's job retries do.
      ...(retries !== undefined ? { maximumAttempts: retries } : {}),
      ...(timeout ? { startToCloseTimeout: timeout } : {}),
    },
    ...(resultVariable ? { resultVariable } : {}),
  };
  return node;
}
