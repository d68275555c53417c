import type { ModdleElement } from 'bpmn-moddle';
import type { GraphNode, SequenceFlow } from '../../graph/index.js';
import type { CompileContext } from '../compile-types.js';
import type { ExtensionReader } from '../extension-reader.js';
import type { ProblemSink } from '../problems.js';

/** Shared state while BPMN elements are mapped to graph nodes. */
export interface MapContext {
  ctx: CompileContext;
  reader: ExtensionReader;
  problems: ProblemSink;
  nodes: Record<string, GraphNode>;
  flows: Record<string, SequenceFlow>;
  /** Boundary events, attached once every node of the process exists. */
  boundaries: ModdleElement[];
  /** Sequence flows, mapped once every node of the process exists. */
  pendingFlows: ModdleElement[];
  /**
   * Ids of unsupported elements, which have no node. Flows touching them are kept as ghost edges
   * so the structural checks do not report everything around a rejected element as well.
   */
  rejected: Set<string>;
  ghostEdges: { source: string; target: string }[];
}

/** Walks the flow elements of a process or sub-process; passed to mappers to avoid import cycles. */
export type WalkScope = (container: ModdleElement, scope: string | undefined, mc: MapContext) => void;

/** The BPMN type without prefix, as shown to users: `bpmn:ComplexGateway` → `ComplexGateway`. */
export function bpmnTypeName(element: ModdleElement): string {
  return element.$type.replace(/^bpmn:/, '');
}
