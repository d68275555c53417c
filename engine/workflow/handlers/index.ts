import type { GraphNode } from '../../graph/index.js';
import { boundaryEventHandler } from './boundary-event.js';
import { callActivityHandler } from './call-activity.js';
import { endEventHandler } from './end-event.js';
import { eventBasedGatewayHandler } from './event-based-gateway.js';
import { eventSubProcessHandler } from './event-sub-process.js';
import { exclusiveGatewayHandler } from './exclusive-gateway.js';
import { inclusiveGatewayHandler } from './inclusive-gateway.js';
import { intermediateCatchEventHandler } from './intermediate-catch-event.js';
import { intermediateThrowEventHandler } from './intermediate-throw-event.js';
import type { NodeHandler } from './node-handler.js';
import { parallelGatewayHandler } from './parallel-gateway.js';
import { receiveTaskHandler } from './receive-task.js';
import { scriptTaskHandler } from './script-task.js';
import { serviceTaskHandler } from './service-task.js';
import { startEventHandler } from './start-event.js';
import { subProcessHandler } from './sub-process.js';
import { userTaskHandler } from './user-task.js';

/** One handler per node kind: adding a kind to GraphNode without a handler is a compile error. */
export const handlers: { [K in GraphNode['type']]: NodeHandler<Extract<GraphNode, { type: K }>> } = {
  startEvent: startEventHandler,
  endEvent: endEventHandler,
  userTask: userTaskHandler,
  serviceTask: serviceTaskHandler,
  scriptTask: scriptTaskHandler,
  receiveTask: receiveTaskHandler,
  exclusiveGateway: exclusiveGatewayHandler,
  inclusiveGateway: inclusiveGatewayHandler,
  parallelGateway: parallelGatewayHandler,
  eventBasedGateway: eventBasedGatewayHandler,
  intermediateCatchEvent: intermediateCatchEventHandler,
  intermediateThrowEvent: intermediateThrowEventHandler,
  boundaryEvent: boundaryEventHandler,
  subProcess: subProcessHandler,
  eventSubProcess: eventSubProcessHandler,
  callActivity: callActivityHandler,
};
