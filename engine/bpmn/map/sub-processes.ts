import type { ModdleElement } from 'bpmn-moddle';
import type { CallActivityNode, EventSubProcessNode, StartEventNode, SubProcessNode } from '../../graph/index.js';
import { present, readBoolean, readInteger } from '../attribute-values.js';
import { BpmnErrorCode } from '../problems.js';
import type { MapContext, WalkScope } from './map-context.js';
import { displayName, nodeBase } from './node-base.js';

/** A start event the walk rejected (e.g. a signal start) was reported already; do not pile on. */
function hasRejectedStart(element: ModdleElement, mc: MapContext): boolean {
  return ((element.flowElements as ModdleElement[] | undefined) ?? []).some(
    (e) => e.$type === 'bpmn:StartEvent' && mc.rejected.has(e.id!),
  );
}

function startsIn(scopeId: string, mc: MapContext): StartEventNode[] {
  return Object.values(mc.nodes).filter((n): n is StartEventNode => n.type === 'startEvent' && n.scope === scopeId);
}

/** Embedded and event sub-processes; their nodes carry the sub-process id as `scope`. */
export function mapSubProcess(element: ModdleElement, scope: string | undefined, mc: MapContext, walk: WalkScope) {
  const id = element.id!;
  if (element.triggeredByEvent === true) return mapEventSubProcess(element, scope, mc, walk);
  const node: SubProcessNode = { ...nodeBase(element, scope, mc), type: 'subProcess', startNodeId: '' };
  // Registered before the walk so the graph lists a sub-process before its contents.
  mc.nodes[id] = node;
  walk(element, id, mc);
  const starts = startsIn(id, mc);
  const noneStarts = starts.filter((s) => s.trigger.kind === 'none');
  if ((noneStarts.length !== 1 || starts.length !== 1) && !hasRejectedStart(element, mc)) {
    mc.problems.error(
      BpmnErrorCode.InvalidStartEvent,
      `Sub-process "${displayName(element) ?? id}" needs exactly one start event without a trigger; found ${starts.length} start event(s).`,
      id,
    );
  }
  node.startNodeId = noneStarts[0]?.id ?? '';
  const eventSubProcesses = Object.values(mc.nodes)
    .filter((n) => n.type === 'eventSubProcess' && n.scope === id)
    .map((n) => n.id);
  if (eventSubProcesses.length) node.eventSubProcesses = eventSubProcesses;
  return node;
}

function mapEventSubProcess(element: ModdleElement, scope: string | undefined, mc: MapContext, walk: WalkScope) {
  const id = element.id!;
  const node: EventSubProcessNode = { ...nodeBase(element, scope, mc), type: 'eventSubProcess', startNodeId: '' };
  mc.nodes[id] = node;
  walk(element, id, mc);
  const starts = startsIn(id, mc);
  const triggered = starts.filter((s) => s.trigger.kind !== 'none');
  if ((starts.length !== 1 || triggered.length !== 1) && !hasRejectedStart(element, mc)) {
    mc.problems.error(
      BpmnErrorCode.InvalidStartEvent,
      `Event sub-process "${displayName(element) ?? id}" needs exactly one timer or message start event; found ${starts.length} start event(s), ${triggered.length} with a trigger.`,
      id,
    );
  }
  node.startNodeId = triggered[0]?.id ?? starts[0]?.id ?? '';
  return node;
}

const BINDINGS = ['latest', 'deployment', 'version'] as const;

/** Call activities; the called process key is bpmn `calledElement` (or zeebe `processId`). */
export function mapCallActivity(element: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = element.id!;
  const raw = mc.reader.calledProcess(element);
  const calledProcess = present(raw.processId);
  if (!calledProcess) {
    mc.problems.error(BpmnErrorCode.MissingCalledProcess, 'The call activity names no process (calledElement).', id);
  }
  const bindingRaw = present(raw.binding) ?? 'latest';
  const binding = BINDINGS.find((b) => b === bindingRaw);
  if (!binding) {
    mc.problems.error(
      BpmnErrorCode.InvalidAttribute,
      `Binding "${bindingRaw}" must be one of ${BINDINGS.join(', ')}.`,
      id,
    );
  }
  const version = readInteger(raw.version, 'Called process version', id, mc.problems, { min: 1, max: 1_000_000 });
  if (binding === 'version' && version === undefined && raw.version === undefined) {
    mc.problems.error(BpmnErrorCode.InvalidAttribute, 'Binding "version" needs a version number.', id);
  }
  const propagateAll = readBoolean(raw.propagateAll, 'propagateAll', id, mc.problems) ?? false;
  const node: CallActivityNode = {
    ...nodeBase(element, scope, mc),
    type: 'callActivity',
    calledProcess: calledProcess ?? '',
    binding: binding ?? 'latest',
    ...(binding === 'version' && version !== undefined ? { version } : {}),
    propagateAll,
  };
  return node;
}
