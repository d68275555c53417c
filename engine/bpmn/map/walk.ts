import type { ModdleElement } from 'bpmn-moddle';
import type { GraphNode } from '../../graph/index.js';
import { extensionOf } from '../extension-reader.js';
import { BpmnErrorCode } from '../problems.js';
import { mapBoundaryEvent, mapIntermediateCatchEvent, mapIntermediateThrowEvent } from './intermediate-events.js';
import { mapGateway } from './gateways.js';
import { warnIgnoredExtensions } from './ignored-extensions.js';
import { bpmnTypeName, type MapContext, type WalkScope } from './map-context.js';
import { mapScriptTask, mapReceiveTask } from './script-receive-tasks.js';
import { mapServiceTask } from './service-task.js';
import { mapEndEvent, mapStartEvent } from './start-end-events.js';
import { mapCallActivity, mapSubProcess } from './sub-processes.js';
import { mapUserTask } from './user-task.js';

type Mapper = (element: ModdleElement, scope: string | undefined, mc: MapContext) => GraphNode | undefined;

// Keyed by exact $type: subtypes such as bpmn:Transaction or bpmn:AdHocSubProcess are not
// listed, so they are reported as unsupported instead of silently running as their base type.
const MAPPERS: Record<string, Mapper> = {
  'bpmn:StartEvent': mapStartEvent,
  'bpmn:EndEvent': mapEndEvent,
  'bpmn:IntermediateCatchEvent': mapIntermediateCatchEvent,
  'bpmn:IntermediateThrowEvent': mapIntermediateThrowEvent,
  'bpmn:BoundaryEvent': mapBoundaryEvent,
  'bpmn:UserTask': mapUserTask,
  'bpmn:Task': mapUserTask,
  'bpmn:ManualTask': mapUserTask,
  'bpmn:ServiceTask': mapServiceTask,
  'bpmn:SendTask': mapServiceTask,
  'bpmn:BusinessRuleTask': mapServiceTask,
  'bpmn:ScriptTask': mapScriptTask,
  'bpmn:ReceiveTask': mapReceiveTask,
  'bpmn:ExclusiveGateway': mapGateway,
  'bpmn:InclusiveGateway': mapGateway,
  'bpmn:ParallelGateway': mapGateway,
  'bpmn:EventBasedGateway': mapGateway,
  'bpmn:SubProcess': (element, scope, mc) => mapSubProcess(element, scope, mc, walkScope),
  'bpmn:CallActivity': mapCallActivity,
};

/** Data objects and stores describe data, not flow; they are ignored without a warning. */
const IGNORED = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** A supported element type used with a feature the engine does not run. */
function unsupportedFeature(element: ModdleElement): string | undefined {
  const loop = element.loopCharacteristics as ModdleElement | undefined;
  if (loop?.$type === 'bpmn:StandardLoopCharacteristics') return `${bpmnTypeName(element)} with a standard loop`;
  if (element.isForCompensation === true) return `${bpmnTypeName(element)} for compensation`;
  if (extensionOf(element, 'zeebe:CalledDecision')) return `${bpmnTypeName(element)} calling a DMN decision`;
  if (element.$type === 'bpmn:EventBasedGateway' && element.instantiate === true) {
    return 'EventBasedGateway that instantiates the process';
  }
  return undefined;
}

/** Maps the flow elements of a process or sub-process into `mc.nodes`. */
export const walkScope: WalkScope = (container, scope, mc) => {
  for (const element of (container.flowElements as ModdleElement[] | undefined) ?? []) {
    if (element.$type === 'bpmn:SequenceFlow') {
      mc.pendingFlows.push(element);
      continue;
    }
    if (IGNORED.has(element.$type) || !element.id) continue;
    const mapper = MAPPERS[element.$type];
    const unsupported = mapper ? unsupportedFeature(element) : bpmnTypeName(element);
    if (!mapper || unsupported) {
      mc.problems.error(
        BpmnErrorCode.UnsupportedElement,
        `${unsupported} "${element.id}" is not supported by the engine.`,
        element.id,
      );
      mc.rejected.add(element.id);
      continue;
    }
    warnIgnoredExtensions(element, mc);
    const node = mapper(element, scope, mc);
    if (node) mc.nodes[node.id] = node;
  }
};
