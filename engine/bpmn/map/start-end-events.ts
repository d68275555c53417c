import type { ModdleElement } from 'bpmn-moddle';
import type { EndEventNode, EndResult, StartEventNode, StartTrigger } from '../../graph/index.js';
import { BpmnErrorCode } from '../problems.js';
import { readTimer } from '../timers.js';
import { classifyEvent, readErrorCode, readMessageRef, reportUnsupportedEvent } from './event-definitions.js';
import { readFormRef } from './form-ref.js';
import type { MapContext } from './map-context.js';
import { nodeBase } from './node-base.js';

function inEventSubProcess(event: ModdleElement): boolean {
  return event.$parent?.$type === 'bpmn:SubProcess' && event.$parent.triggeredByEvent === true;
}

/** None, message and timer start events; a timeCycle start is a recurring schedule. */
export function mapStartEvent(event: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = event.id!;
  const kind = classifyEvent(event);
  let trigger: StartTrigger | undefined;
  if (kind.kind === 'none') {
    trigger = { kind: 'none' };
  } else if (kind.kind === 'message') {
    const message = readMessageRef(kind.definition.messageRef as ModdleElement | undefined, id, mc);
    trigger = message && { kind: 'message', messageName: message.messageName };
  } else if (kind.kind === 'timer') {
    const timer = readTimer(kind.definition, id, mc.problems);
    // A process-level start has no earlier moment to count a duration from.
    if (timer?.kind === 'duration' && !inEventSubProcess(event)) {
      mc.problems.error(BpmnErrorCode.InvalidTimer, 'A timer start event needs timeDate or timeCycle.', id);
    } else if (timer) {
      trigger = { kind: 'timer', timer };
    }
  } else {
    reportUnsupportedEvent(event, kind, mc);
    return undefined;
  }
  const form = readFormRef(event, mc);
  const node: StartEventNode = {
    ...nodeBase(event, scope, mc),
    type: 'startEvent',
    // A broken trigger was reported; the placeholder keeps the node's kind for the later checks.
    trigger: trigger ?? placeholderTrigger(kind.kind),
    ...(inEventSubProcess(event) ? { interrupting: event.isInterrupting !== false } : {}),
    ...(form ? { form } : {}),
  };
  return node;
}

function placeholderTrigger(kind: 'none' | 'message' | 'timer'): StartTrigger {
  if (kind === 'message') return { kind, messageName: '' };
  if (kind === 'timer') return { kind, timer: { kind: 'date', value: { literal: '' } } };
  return { kind };
}

/** None, terminate, error and message end events. */
export function mapEndEvent(event: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = event.id!;
  const kind = classifyEvent(event);
  let result: EndResult = { kind: 'none' };
  if (kind.kind === 'terminate') {
    result = { kind: 'terminate' };
  } else if (kind.kind === 'error') {
    const errorCode = readErrorCode(kind.definition);
    if (!errorCode) {
      mc.problems.error(BpmnErrorCode.MissingErrorCode, 'An error end event needs a bpmn:error with an errorCode.', id);
    } else {
      result = { kind: 'error', errorCode };
    }
  } else if (kind.kind === 'message') {
    const message = readMessageRef(kind.definition.messageRef as ModdleElement | undefined, id, mc);
    if (message) result = { kind: 'message', messageName: message.messageName };
  } else if (kind.kind !== 'none') {
    reportUnsupportedEvent(event, kind, mc);
    return undefined;
  }
  const node: EndEventNode = { ...nodeBase(event, scope, mc), type: 'endEvent', result };
  return node;
}
