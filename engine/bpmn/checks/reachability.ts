import { BpmnErrorCode, type ProblemSink } from '../problems.js';
import { reachableFrom, type CheckGraph } from './check-graph.js';

/**
 * A start event exists; every node is reachable from a start; every node can reach an end
 * event. A node inside a (event) sub-process is entered through the sub-process's start, and a
 * rejected element (ghost) counts as both reachable and ending, so it causes no follow-ups.
 */
export function checkReachability(cg: CheckGraph, problems: ProblemSink): Set<string> {
  const { graph } = cg;
  if (graph.startNodeIds.length === 0) {
    problems.error(BpmnErrorCode.NoStartEvent, `Process "${graph.name ?? graph.key}" has no start event.`, graph.key);
  }
  // Containment edges: a scope's owner leads into its start event and its event sub-processes.
  // A sub-process without a usable start (reported already) enters every node without incoming
  // flow, as BPMN's implicit start would, so its contents are not reported as unreachable too.
  const implicitStarts = (scope: string) =>
    Object.values(graph.nodes)
      .filter((n) => n.scope === scope && n.incoming.length === 0 && n.type !== 'boundaryEvent')
      .map((n) => n.id);
  const enters = (id: string): string[] => {
    const node = cg.node(id);
    const inner: string[] = [];
    if (node?.type === 'subProcess' || node?.type === 'eventSubProcess') {
      inner.push(...(node.startNodeId ? [node.startNodeId] : implicitStarts(node.id)));
    }
    if (node?.type === 'subProcess') inner.push(...(node.eventSubProcesses ?? []));
    return [...(cg.successors.get(id) ?? []), ...inner.filter(Boolean)];
  };
  const roots = [...graph.startNodeIds, ...graph.eventSubProcesses, ...cg.ghosts];
  const reached = reachableFrom(roots, enters);
  const unreachable = new Set<string>();
  for (const node of Object.values(graph.nodes)) {
    if (reached.has(node.id)) continue;
    unreachable.add(node.id);
    // Only the outermost unreachable element is reported; its contents follow from it.
    if (node.scope !== undefined && !reached.has(node.scope)) continue;
    problems.error(
      BpmnErrorCode.UnreachableNode,
      `"${node.name ?? node.id}" cannot be reached from a start event.`,
      node.id,
    );
  }
  checkEnds(cg, unreachable, problems);
  return unreachable;
}

function checkEnds(cg: CheckGraph, unreachable: Set<string>, problems: ProblemSink): void {
  const ends = [
    ...cg.ghosts,
    ...Object.values(cg.graph.nodes)
      .filter((n) => n.type === 'endEvent')
      .map((n) => n.id),
  ];
  const canEnd = reachableFrom(ends, (id) => cg.predecessors.get(id) ?? []);
  for (const node of Object.values(cg.graph.nodes)) {
    if (node.type === 'endEvent' || node.type === 'eventSubProcess' || unreachable.has(node.id)) continue;
    if (node.outgoing.length === 0 && !cg.successors.get(node.id)?.some((s) => cg.ghosts.has(s))) {
      problems.error(
        BpmnErrorCode.NoPathToEnd,
        `"${node.name ?? node.id}" has no outgoing sequence flow; end the path with an end event.`,
        node.id,
      );
    } else if (!canEnd.has(node.id)) {
      problems.error(
        BpmnErrorCode.NoPathToEnd,
        `No path leads from "${node.name ?? node.id}" to an end event.`,
        node.id,
      );
    }
  }
}
