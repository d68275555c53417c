import type { EventSubProcessNode } from '../../graph/index.js';
import { IncidentError } from '../errors.js';
import type { NodeHandler } from './node-handler.js';

/**
 * Event sub-processes have no incoming flows: their start event's listener (see
 * event-subprocesses.ts) starts them. A token here means a broken graph.
 */
export const eventSubProcessHandler: NodeHandler<EventSubProcessNode> = ({ node }) => {
  throw new IncidentError('noOutgoingFlow', `Event sub-process ${node.id} cannot be entered by a sequence flow`);
};
