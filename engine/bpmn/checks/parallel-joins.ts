import type { GraphNode } from '../../graph/index.js';
import { BpmnErrorCode, type ProblemSink } from '../problems.js';
import type { CheckGraph } from './check-graph.js';
import { dominates, immediateDominators } from './dominators.js';

const ROOT = '\u0000root';

/**
 * A parallel join waits for a token on every incoming flow. This is a sound, local
 * approximation of "the join matches its split": the point where the join's branches last
 * diverged is its immediate dominator, and that must be a split that activates all branches —
 * a parallel gateway, or an activity/event with several unconditional outgoing flows. If it is
 * an exclusive, inclusive or event-based gateway (or a boundary event's alternative path, or two
 * different start events), some branch may never get a token and the join waits forever. A
 * flow that loops back into the join (the join dominates its source) deadlocks the same way.
 * Not detected: a branch that leaves the split's region through a nested exclusive gateway.
 */
export function checkParallelJoins(cg: CheckGraph, problems: ProblemSink): void {
  const { graph } = cg;
  const eventStarts = Object.values(graph.nodes).flatMap((n) => (n.type === 'eventSubProcess' ? [n.startNodeId] : []));
  const rootTargets = [...graph.startNodeIds, ...eventStarts, ...cg.ghosts];
  const successors = (id: string): string[] => {
    if (id === ROOT) return rootTargets;
    const node = cg.node(id);
    const inner = node?.type === 'subProcess' && node.startNodeId ? [node.startNodeId] : [];
    return [...(cg.successors.get(id) ?? []), ...inner];
  };
  const idom = immediateDominators(ROOT, successors);
  for (const join of Object.values(graph.nodes)) {
    const sources = join.incoming.map((f) => graph.flows[f]!.source).filter((s) => idom.has(s));
    if (join.type !== 'parallelGateway' || sources.length < 2) continue;
    const loopBack = sources.find((s) => dominates(idom, join.id, s));
    if (loopBack) {
      problems.error(
        BpmnErrorCode.ParallelJoinMismatch,
        `Parallel gateway "${join.name ?? join.id}" is re-entered from "${loopBack}" in a loop, so it would wait forever for its other branches; use an exclusive gateway to merge the loop.`,
        join.id,
      );
      continue;
    }
    const split = idom.get(join.id)!;
    if (cg.ghosts.has(split) || activatesAllBranches(cg.node(split), graph.flows)) continue;
    const where = split === ROOT ? 'different start events' : describe(cg.node(split), split);
    problems.error(
      BpmnErrorCode.ParallelJoinMismatch,
      `The branches joined by parallel gateway "${join.name ?? join.id}" diverge at ${where}, which does not activate all of them, so the join could wait forever.`,
      join.id,
    );
  }
}

function activatesAllBranches(node: GraphNode | undefined, flows: CheckGraph['graph']['flows']): boolean {
  if (!node) return false;
  if (node.type === 'parallelGateway') return true;
  if (node.type.endsWith('Gateway')) return false;
  return node.outgoing.length >= 2 && node.outgoing.every((f) => flows[f]?.condition === undefined);
}

function describe(node: GraphNode | undefined, id: string): string {
  return node ? `${node.type} "${node.name ?? id}"` : `"${id}"`;
}
