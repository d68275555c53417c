import type { ModdleElement } from 'bpmn-moddle';
import type { ProcessGraph } from '../../graph/index.js';
import type { MapContext } from '../map/map-context.js';
import { applyGatewayOutcomes } from './gateway-outcomes.js';
import { applyLaneGroups } from './lane-groups.js';

/**
 * Defaults that make an analyst's descriptive diagram executable, each reported as a warning.
 * Untyped and manual tasks become user tasks while mapping (map/user-task.ts). These run before
 * the structural checks, which then see the completed graph.
 */
export function applyDefaults(graph: ProcessGraph, process: ModdleElement, mc: MapContext): void {
  applyLaneGroups(graph, process, mc.problems);
  applyGatewayOutcomes(graph, mc.problems);
}
