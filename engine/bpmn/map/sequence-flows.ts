import type { ModdleElement } from 'bpmn-moddle';
import type { GraphNode, SequenceFlow } from '../../graph/index.js';
import { present } from '../attribute-values.js';
import { readFeel } from '../feel.js';
import { BpmnErrorCode } from '../problems.js';
import type { MapContext } from './map-context.js';
import { displayName } from './node-base.js';

/** Why a flow between these two nodes cannot exist, or undefined when it can. */
function invalidEnds(source: GraphNode, target: GraphNode): string | undefined {
  if (source.scope !== target.scope) return 'connects elements in different (sub-)processes';
  if (source.type === 'endEvent') return 'leaves an end event';
  if (target.type === 'startEvent') return 'enters a start event';
  if (target.type === 'boundaryEvent') return 'enters a boundary event';
  if (source.type === 'eventSubProcess' || target.type === 'eventSubProcess') {
    return 'touches an event sub-process, which is started by its event only';
  }
  return undefined;
}

/**
 * Maps sequence flows once all nodes exist, and derives every node's incoming and outgoing
 * lists from them (bpmn:incoming/outgoing in the XML are redundant and may disagree).
 */
export function mapSequenceFlows(mc: MapContext): void {
  for (const element of mc.pendingFlows) {
    const id = element.id!;
    const sourceId = (element.sourceRef as ModdleElement | undefined)?.id;
    const targetId = (element.targetRef as ModdleElement | undefined)?.id;
    if (!sourceId || !targetId) {
      mc.problems.error(
        BpmnErrorCode.InvalidFlow,
        `Sequence flow "${id}" has no ${sourceId ? 'target' : 'source'}.`,
        id,
      );
      continue;
    }
    if (mc.rejected.has(sourceId) || mc.rejected.has(targetId)) {
      mc.ghostEdges.push({ source: sourceId, target: targetId });
      continue;
    }
    const source = mc.nodes[sourceId];
    const target = mc.nodes[targetId];
    const problem = !source || !target ? 'does not connect two flow nodes' : invalidEnds(source, target);
    if (problem || !source || !target) {
      mc.problems.error(BpmnErrorCode.InvalidFlow, `Sequence flow "${id}" ${problem}.`, id);
      continue;
    }
    const condition = readCondition(element, mc);
    const name = displayName(element);
    const flow: SequenceFlow = {
      id,
      ...(name ? { name } : {}),
      source: sourceId,
      target: targetId,
      ...(condition !== undefined ? { condition } : {}),
    };
    mc.flows[id] = flow;
    source.outgoing.push(id);
    target.incoming.push(id);
  }
}

/**
 * A condition is FEEL (leading `=` optional). Analyst tools often leave an empty expression as a
 * mere marker, which counts as no condition; a body in another language (XPath, JUEL) is an error.
 * An invalid condition is kept as written: the compile fails anyway, and the gateway checks and
 * defaults must still see that the author wrote a condition there.
 */
function readCondition(flow: ModdleElement, mc: MapContext): string | undefined {
  const expression = flow.conditionExpression as { body?: string; language?: string } | undefined;
  const body = present(expression?.body);
  if (body === undefined) return undefined;
  const language = present(expression?.language);
  if (language && !/feel/i.test(language)) {
    mc.problems.error(
      BpmnErrorCode.InvalidFeel,
      `Condition "${body}" is written in ${language}; only FEEL conditions are supported.`,
      flow.id,
    );
    return body;
  }
  return readFeel(body, 'Condition', flow.id!, mc.problems) ?? body;
}

const ACTIVITY_TYPES = new Set<GraphNode['type']>([
  'userTask',
  'serviceTask',
  'scriptTask',
  'receiveTask',
  'subProcess',
  'callActivity',
]);

/** Links boundary events to their activity (`boundaryEvents`), once every node exists. */
export function attachBoundaryEvents(mc: MapContext): void {
  for (const element of mc.boundaries) {
    const node = mc.nodes[element.id!];
    if (node?.type !== 'boundaryEvent') continue;
    if (mc.rejected.has(node.attachedTo)) {
      mc.ghostEdges.push({ source: node.attachedTo, target: node.id });
      continue;
    }
    const activity = mc.nodes[node.attachedTo];
    if (!activity || !ACTIVITY_TYPES.has(activity.type) || activity.scope !== node.scope) {
      mc.problems.error(
        BpmnErrorCode.InvalidBoundary,
        'A boundary event must be attached to a task, sub-process or call activity.',
        node.id,
      );
      continue;
    }
    activity.boundaryEvents = [...(activity.boundaryEvents ?? []), node.id];
  }
}
