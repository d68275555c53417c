import type { ModdleElement } from 'bpmn-moddle';
import type {
  BoundaryEventNode,
  BoundaryTrigger,
  CatchTrigger,
  IntermediateCatchEventNode,
  IntermediateThrowEventNode,
} from '../../graph/index.js';
import { BpmnErrorCode } from '../problems.js';
import { readTimer } from '../timers.js';
import { classifyEvent, readErrorCode, readMessageRef, reportUnsupportedEvent } from './event-definitions.js';
import type { MapContext } from './map-context.js';
import { nodeBase } from './node-base.js';

/** Timer and message catch triggers, shared by intermediate catch and boundary events. */
function readCatchTrigger(event: ModdleElement, mc: MapContext): CatchTrigger | 'unsupported' | undefined {
  const kind = classifyEvent(event);
  if (kind.kind === 'timer') {
    const timer = readTimer(kind.definition, event.id!, mc.problems);
    return timer && { kind: 'timer', timer };
  }
  if (kind.kind === 'message') {
    const message = readMessageRef(kind.definition.messageRef as ModdleElement | undefined, event.id!, mc);
    return message && { kind: 'message', ...message };
  }
  return 'unsupported';
}

/** Timer and message catch events. */
export function mapIntermediateCatchEvent(event: ModdleElement, scope: string | undefined, mc: MapContext) {
  const trigger = readCatchTrigger(event, mc);
  if (trigger === 'unsupported') {
    reportUnsupportedEvent(event, classifyEvent(event), mc);
    return undefined;
  }
  const node: IntermediateCatchEventNode = {
    ...nodeBase(event, scope, mc),
    type: 'intermediateCatchEvent',
    // A broken trigger was reported; the placeholder keeps the node so later checks still run.
    trigger: trigger ?? { kind: 'message', messageName: '' },
  };
  return node;
}

/** None and message throw events. */
export function mapIntermediateThrowEvent(event: ModdleElement, scope: string | undefined, mc: MapContext) {
  const kind = classifyEvent(event);
  let trigger: IntermediateThrowEventNode['trigger'] = { kind: 'none' };
  if (kind.kind === 'message') {
    const message = readMessageRef(kind.definition.messageRef as ModdleElement | undefined, event.id!, mc);
    if (message) trigger = { kind: 'message', messageName: message.messageName };
  } else if (kind.kind !== 'none') {
    reportUnsupportedEvent(event, kind, mc);
    return undefined;
  }
  const node: IntermediateThrowEventNode = { ...nodeBase(event, scope, mc), type: 'intermediateThrowEvent', trigger };
  return node;
}

/** Timer, message and error boundary events; attached to their activity later (sequence-flows.ts). */
export function mapBoundaryEvent(event: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = event.id!;
  const interrupting = event.cancelActivity !== false;
  const kind = classifyEvent(event);
  let trigger: BoundaryTrigger | undefined;
  if (kind.kind === 'error') {
    if (!interrupting) {
      mc.problems.error(BpmnErrorCode.InvalidBoundary, 'An error boundary event always interrupts its activity.', id);
    }
    const errorCode = readErrorCode(kind.definition);
    trigger = errorCode ? { kind: 'error', errorCode } : { kind: 'error' };
  } else {
    const catchTrigger = readCatchTrigger(event, mc);
    if (catchTrigger === 'unsupported') {
      reportUnsupportedEvent(event, kind, mc);
      return undefined;
    }
    if (catchTrigger?.kind === 'timer' && catchTrigger.timer.kind === 'cycle' && interrupting) {
      mc.problems.error(
        BpmnErrorCode.InvalidBoundary,
        'A repeating timer can only be a non-interrupting boundary event (cancelActivity="false").',
        id,
      );
    }
    trigger = catchTrigger;
  }
  const attached = event.attachedToRef as ModdleElement | undefined;
  const node: BoundaryEventNode = {
    ...nodeBase(event, scope, mc),
    type: 'boundaryEvent',
    attachedTo: attached?.id ?? '',
    interrupting,
    trigger: trigger ?? { kind: 'error' },
  };
  mc.boundaries.push(event);
  return node;
}
