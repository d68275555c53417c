import type { GraphNode, NodeType } from '../../graph/index.js';
import { BpmnErrorCode, type ProblemSink } from '../problems.js';
import type { CheckGraph } from './check-graph.js';

/**
 * Node kinds that hand control back to Temporal (a timer, a signal, an activity or a child
 * workflow). A cycle without one would spin inside a single workflow task until Temporal
 * times it out, so such a loop is refused at deploy time.
 */
const WAIT_TYPES = new Set<NodeType>([
  'userTask',
  'receiveTask',
  'intermediateCatchEvent',
  'serviceTask',
  'callActivity',
]);

/** Reports every cycle (strongly connected component) that contains no wait state. */
export function checkLoops(cg: CheckGraph, problems: ProblemSink): void {
  const waitingScopes = scopesContainingWaits(cg);
  const waits = (id: string): boolean => {
    const node = cg.node(id);
    if (!node) return true; // ghosts: the rejected element was reported already
    return WAIT_TYPES.has(node.type) || (node.type === 'subProcess' && waitingScopes.has(node.id));
  };
  for (const component of stronglyConnected(cg)) {
    const isCycle = component.length > 1 || (cg.successors.get(component[0]!) ?? []).includes(component[0]!);
    if (!isCycle || component.some(waits)) continue;
    const members = new Set(component);
    const ordered = cg.ids.filter((id) => members.has(id));
    const first = ordered[0]!;
    problems.error(
      BpmnErrorCode.LoopWithoutWait,
      `The loop through ${ordered.map((id) => `"${label(cg.node(id), id)}"`).join(', ')} has no wait state (user task, receive task, catch event, service task or call activity), so it could spin forever.`,
      first,
    );
  }
}

function label(node: GraphNode | undefined, id: string): string {
  return node?.name ?? id;
}

function scopesContainingWaits(cg: CheckGraph): Set<string> {
  const scopes = new Set<string>();
  for (const node of Object.values(cg.graph.nodes)) {
    if (!WAIT_TYPES.has(node.type)) continue;
    for (let scope = node.scope; scope !== undefined && !scopes.has(scope); scope = cg.node(scope)?.scope) {
      scopes.add(scope);
    }
  }
  return scopes;
}

/** Tarjan's algorithm, iterative so long diagrams cannot overflow the stack. */
function stronglyConnected(cg: CheckGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of cg.ids) {
    if (index.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const successors = cg.successors.get(frame.id) ?? [];
      if (frame.next < successors.length) {
        const next = successors[frame.next++]!;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ id: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          onStack.delete(id);
          component.push(id);
          if (id === frame.id) break;
        }
        components.push(component);
      }
    }
  }
  return components;
}
