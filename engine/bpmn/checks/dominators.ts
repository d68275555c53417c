/**
 * Immediate dominators (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm"): node D
 * dominates N when every path from the root to N passes through D. The root is `root` itself;
 * nodes not reachable from it get no entry.
 */
export function immediateDominators(root: string, successors: (id: string) => readonly string[]): Map<string, string> {
  const order = reversePostorder(root, successors);
  const index = new Map(order.map((id, i) => [id, i]));
  const predecessors = new Map<string, string[]>(order.map((id) => [id, []]));
  for (const id of order) for (const next of successors(id)) predecessors.get(next)?.push(id);

  const idom = new Map<string, string>([[root, root]]);
  const intersect = (a: string, b: string): string => {
    while (a !== b) {
      while (index.get(a)! > index.get(b)!) a = idom.get(a)!;
      while (index.get(b)! > index.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const id of order.slice(1)) {
      const processed = predecessors.get(id)!.filter((p) => idom.has(p));
      const candidate = processed.slice(1).reduce(intersect, processed[0]!);
      if (idom.get(id) !== candidate) {
        idom.set(id, candidate);
        changed = true;
      }
    }
  }
  return idom;
}

/** Whether `a` dominates `b`, walking b's dominator chain. */
export function dominates(idom: Map<string, string>, a: string, b: string): boolean {
  for (let current = b; ;) {
    if (current === a) return true;
    const up = idom.get(current);
    if (up === undefined || up === current) return false;
    current = up;
  }
}

function reversePostorder(root: string, successors: (id: string) => readonly string[]): string[] {
  const seen = new Set<string>([root]);
  const post: string[] = [];
  // Iterative DFS: diagrams can be long chains, and recursion depth would follow their length.
  const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const children = successors(top.id);
    if (top.next < children.length) {
      const child = children[top.next++]!;
      if (!seen.has(child)) {
        seen.add(child);
        stack.push({ id: child, next: 0 });
      }
    } else {
      post.push(top.id);
      stack.pop();
    }
  }
  return post.reverse();
}
