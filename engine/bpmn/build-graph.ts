import type { ModdleElement } from 'bpmn-moddle';
import { GRAPH_SCHEMA_VERSION, type ProcessGraph } from '../graph/index.js';
import type { CompileContext } from './compile-types.js';
import type { ExtensionReader } from './extension-reader.js';
import type { MapContext } from './map/map-context.js';
import { attachBoundaryEvents, mapSequenceFlows } from './map/sequence-flows.js';
import { displayName } from './map/node-base.js';
import { walkScope } from './map/walk.js';
import { BpmnErrorCode, type ProblemSink } from './problems.js';

/** Maps a bpmn:Process to a ProcessGraph; problems go to the sink, the graph is always returned. */
export function buildGraph(
  process: ModdleElement,
  ctx: CompileContext,
  reader: ExtensionReader,
  problems: ProblemSink,
): { graph: ProcessGraph; mc: MapContext } {
  const mc: MapContext = {
    ctx,
    reader,
    problems,
    nodes: {},
    flows: {},
    boundaries: [],
    pendingFlows: [],
    rejected: new Set(),
    ghostEdges: [],
  };
  walkScope(process, undefined, mc);
  mapSequenceFlows(mc);
  attachBoundaryEvents(mc);
  const topLevel = Object.values(mc.nodes).filter((n) => n.scope === undefined);
  const starts = topLevel.filter((n) => n.type === 'startEvent');
  const noneStarts = starts.filter((n) => n.trigger.kind === 'none');
  if (noneStarts.length > 1) {
    // With two plain starts nobody could say which one "start the process" means.
    for (const start of noneStarts) {
      problems.error(
        BpmnErrorCode.InvalidStartEvent,
        'A process may have only one start event without a trigger.',
        start.id,
      );
    }
  }
  const name = displayName(process);
  const graph: ProcessGraph = {
    schemaVersion: GRAPH_SCHEMA_VERSION,
    key: process.id!,
    ...(name ? { name } : {}),
    nodes: mc.nodes,
    flows: mc.flows,
    startNodeIds: starts.map((n) => n.id),
    eventSubProcesses: topLevel.filter((n) => n.type === 'eventSubProcess').map((n) => n.id),
  };
  return { graph, mc };
}
