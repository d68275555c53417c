import type { GraphNode, ProcessGraph } from '../../graph/index.js';
import type { MapContext } from '../map/map-context.js';

/**
 * The process as a plain directed graph for the structural checks: sequence flows, plus an edge
 * from each activity to its boundary events (a token can leave that way), plus ghost edges
 * through rejected elements so one unsupported element is reported once, not once per neighbour.
 */
export interface CheckGraph {
  graph: ProcessGraph;
  /** Node ids in document order, including ghosts (ids of rejected elements). */
  ids: string[];
  successors: Map<string, string[]>;
  predecessors: Map<string, string[]>;
  ghosts: Set<string>;
  node(id: string): GraphNode | undefined;
}

/** Builds the check graph once; every structural check reads it. */
export function buildCheckGraph(graph: ProcessGraph, mc: MapContext): CheckGraph {
  const ghosts = new Set(mc.rejected);
  const ids = [...Object.keys(graph.nodes), ...ghosts];
  const successors = new Map<string, string[]>(ids.map((id) => [id, []]));
  const predecessors = new Map<string, string[]>(ids.map((id) => [id, []]));
  const link = (source: string, target: string) => {
    successors.get(source)?.push(target);
    predecessors.get(target)?.push(source);
  };
  for (const flow of Object.values(graph.flows)) link(flow.source, flow.target);
  for (const node of Object.values(graph.nodes)) {
    for (const boundary of node.boundaryEvents ?? []) link(node.id, boundary);
  }
  for (const edge of mc.ghostEdges) link(edge.source, edge.target);
  return { graph, ids, successors, predecessors, ghosts, node: (id) => graph.nodes[id] };
}

/** Breadth-first search; returns every id reached from `from`. */
export function reachableFrom(from: Iterable<string>, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...seen];
  // An index instead of shift(): shift is linear on large arrays.
  for (let head = 0, id = queue[0]; id !== undefined; id = queue[++head]) {
    for (const target of next(id)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
