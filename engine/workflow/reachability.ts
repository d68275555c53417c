import type { Engine } from './engine.js';

/**
 * Whether a token at `from` can still arrive at `to` by following flows (and boundary
 * events, which a token may leave through). A token already at `to` counts as arriving.
 * Results are cached per engine: the graph never changes during a run.
 */
export function canReach(engine: Engine, from: string, to: string): boolean {
  if (from === to) return true;
  let reachable = engine.reachCache.get(from);
  if (!reachable) {
    reachable = computeReachable(engine, from);
    engine.reachCache.set(from, reachable);
  }
  return reachable.has(to);
}

function computeReachable(engine: Engine, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    const node = engine.graph.nodes[id];
    if (!node) continue;
    const next = [...node.outgoing.map((f) => engine.graph.flows[f]?.target), ...(node.boundaryEvents ?? [])];
    for (const target of next) {
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
