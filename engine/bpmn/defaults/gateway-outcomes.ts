import type { ProcessGraph, SequenceFlow } from '../../graph/index.js';
import { feelStringLiteral } from '../feel.js';
import { BpmnWarningCode, type ProblemSink } from '../problems.js';

/**
 * Analysts draw "Approve?" as a user task followed by an exclusive gateway whose flows are only
 * labelled. That means: the person chooses. The task gets one outcome per flow (named after the
 * flow, or its target) and each flow gets the condition `outcome = "<name>"`.
 */
export function applyGatewayOutcomes(graph: ProcessGraph, problems: ProblemSink): void {
  for (const gateway of Object.values(graph.nodes)) {
    if (gateway.type !== 'exclusiveGateway' || gateway.outgoing.length < 2) continue;
    const flows = gateway.outgoing.map((id) => graph.flows[id]!);
    if (flows.some((f) => f.condition !== undefined) || gateway.incoming.length !== 1) continue;
    const task = graph.nodes[graph.flows[gateway.incoming[0]!]!.source];
    if (task?.type !== 'userTask' || task.outcomes || task.outgoing.length !== 1) continue;
    const outcomes = outcomeNames(flows, graph);
    task.outcomes = outcomes;
    // The default flow stays the default: it is taken when no other outcome was chosen.
    flows.forEach((flow, i) => {
      if (flow.id !== gateway.defaultFlow) flow.condition = `outcome = ${feelStringLiteral(outcomes[i]!)}`;
    });
    problems.warn(
      BpmnWarningCode.GatewayOutcomes,
      `Gateway "${gateway.name ?? gateway.id}" has no conditions; "${task.name ?? task.id}" offers the outcomes ${outcomes.map((o) => `"${o}"`).join(', ')} instead.`,
      gateway.id,
    );
  }
}

function outcomeNames(flows: SequenceFlow[], graph: ProcessGraph): string[] {
  const names = flows.map((flow) => {
    const target = graph.nodes[flow.target];
    return flow.name ?? target?.name ?? flow.target;
  });
  // Two flows with the same label would be indistinguishable; fall back to their ids.
  return names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : flows[i]!.id));
}
