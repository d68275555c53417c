import type { GraphNode, ProcessGraph } from '../../graph/index.js';
import { BpmnErrorCode, type ProblemSink } from '../problems.js';

/**
 * Conditions and defaults: a branching exclusive or inclusive gateway needs a condition on every
 * flow but its default; conditions anywhere else would be silently ignored at run time, so they
 * are errors; an event-based gateway must lead straight to catch events.
 */
export function checkGateways(graph: ProcessGraph, problems: ProblemSink): void {
  for (const node of Object.values(graph.nodes)) {
    if (node.type === 'exclusiveGateway' || node.type === 'inclusiveGateway') {
      checkConditions(node, node.defaultFlow, graph, problems);
    } else if (node.type === 'eventBasedGateway') {
      checkEventGateway(node, graph, problems);
    } else {
      for (const flowId of node.outgoing) {
        if (graph.flows[flowId]?.condition === undefined) continue;
        problems.error(
          BpmnErrorCode.InvalidFlow,
          `Sequence flow "${flowId}" has a condition, but only flows leaving exclusive or inclusive gateways are conditional.`,
          flowId,
        );
      }
    }
  }
}

function checkConditions(node: GraphNode, defaultFlow: string | undefined, graph: ProcessGraph, problems: ProblemSink) {
  if (defaultFlow !== undefined && !node.outgoing.includes(defaultFlow)) {
    problems.error(
      BpmnErrorCode.InvalidDefaultFlow,
      `The default flow "${defaultFlow}" does not leave this gateway.`,
      node.id,
    );
  }
  if (defaultFlow !== undefined && graph.flows[defaultFlow]?.condition !== undefined) {
    problems.error(BpmnErrorCode.InvalidDefaultFlow, 'The default flow must not have a condition.', defaultFlow);
  }
  if (node.outgoing.length < 2) return;
  for (const flowId of node.outgoing) {
    if (flowId === defaultFlow || graph.flows[flowId]?.condition !== undefined) continue;
    problems.error(
      BpmnErrorCode.GatewayCondition,
      `Sequence flow "${flowId}" leaves gateway "${node.name ?? node.id}" without a condition and is not its default flow.`,
      flowId,
    );
  }
}

function checkEventGateway(node: GraphNode, graph: ProcessGraph, problems: ProblemSink) {
  if (node.outgoing.length < 2) {
    problems.error(
      BpmnErrorCode.EventGatewayTarget,
      'An event-based gateway needs at least two outgoing flows.',
      node.id,
    );
  }
  for (const flowId of node.outgoing) {
    const target = graph.nodes[graph.flows[flowId]?.target ?? ''];
    if (target?.type === 'intermediateCatchEvent' && target.incoming.length === 1) continue;
    problems.error(
      BpmnErrorCode.EventGatewayTarget,
      `Sequence flow "${flowId}" must lead from the event-based gateway to a timer or message catch event that has no other incoming flow.`,
      flowId,
    );
  }
}
