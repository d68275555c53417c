import type { ModdleElement } from 'bpmn-moddle';
import type {
  EventBasedGatewayNode,
  ExclusiveGatewayNode,
  InclusiveGatewayNode,
  ParallelGatewayNode,
} from '../../graph/index.js';
import type { MapContext } from './map-context.js';
import { nodeBase } from './node-base.js';

/** Conditions live on the flows; a gateway only knows its default flow (checked in checks/gateways.ts). */
export function mapGateway(gateway: ModdleElement, scope: string | undefined, mc: MapContext) {
  const base = nodeBase(gateway, scope, mc);
  const defaultFlow = (gateway.default as ModdleElement | undefined)?.id;
  switch (gateway.$type) {
    case 'bpmn:ExclusiveGateway':
      return {
        ...base,
        type: 'exclusiveGateway',
        ...(defaultFlow ? { defaultFlow } : {}),
      } satisfies ExclusiveGatewayNode;
    case 'bpmn:InclusiveGateway':
      return {
        ...base,
        type: 'inclusiveGateway',
        ...(defaultFlow ? { defaultFlow } : {}),
      } satisfies InclusiveGatewayNode;
    case 'bpmn:ParallelGateway':
      return { ...base, type: 'parallelGateway' } satisfies ParallelGatewayNode;
    default:
      return { ...base, type: 'eventBasedGateway' } satisfies EventBasedGatewayNode;
  }
}
