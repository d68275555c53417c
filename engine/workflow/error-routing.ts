import type { BoundaryEventNode } from '../graph/index.js';
import type { Engine } from './engine.js';

/** The error boundary on `nodeId` that catches `code` (a boundary without a code catches all). */
export function matchErrorBoundary(engine: Engine, nodeId: string, code: string): BoundaryEventNode | undefined {
  const node = engine.node(nodeId);
  const errorBoundaries = (node.boundaryEvents ?? [])
    .map((id) => engine.node(id))
    .filter((b): b is BoundaryEventNode => b.type === 'boundaryEvent' && b.trigger.kind === 'error');
  // A boundary naming the code wins over a catch-all one, as in BPMN.
  return (
    errorBoundaries.find((b) => b.trigger.kind === 'error' && b.trigger.errorCode === code) ??
    errorBoundaries.find((b) => b.trigger.kind === 'error' && b.trigger.errorCode === undefined)
  );
}

export function hasErrorBoundary(engine: Engine, nodeId: string, code: string): boolean {
  return matchErrorBoundary(engine, nodeId, code) !== undefined;
}
