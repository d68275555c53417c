import type { ModdleElement } from 'bpmn-moddle';
import type { FeelExpression } from '../../graph/index.js';
import { present } from '../attribute-values.js';
import { readFeel } from '../feel.js';
import { BpmnErrorCode } from '../problems.js';
import { bpmnTypeName, type MapContext } from './map-context.js';

/** The trigger of an event element, read from its event definitions. */
export type EventKind =
  | { kind: 'none' }
  | { kind: 'terminate' }
  | { kind: 'timer' | 'message' | 'error'; definition: ModdleElement }
  /** Signal, escalation, conditional, link, compensation, cancel, or several definitions. */
  | { kind: 'unsupported'; description: string };

const KINDS: Record<string, 'timer' | 'message' | 'error' | 'terminate'> = {
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:TerminateEventDefinition': 'terminate',
};

/** What kind of event an element is, from its event definitions. */
export function classifyEvent(event: ModdleElement): EventKind {
  const definitions = (event.eventDefinitions as ModdleElement[] | undefined) ?? [];
  if (definitions.length === 0) return { kind: 'none' };
  const first = definitions[0]!;
  const kind = KINDS[first.$type];
  if (definitions.length > 1 || !kind) {
    const names = definitions.map((d) =>
      bpmnTypeName(d)
        .replace(/EventDefinition$/, '')
        .toLowerCase(),
    );
    return { kind: 'unsupported', description: `${bpmnTypeName(event)} (${names.join(' + ')})` };
  }
  return kind === 'terminate' ? { kind } : { kind, definition: first };
}

/** Reports an event kind that is not allowed on this element. */
export function reportUnsupportedEvent(event: ModdleElement, kind: EventKind, mc: MapContext): void {
  const description = kind.kind === 'unsupported' ? kind.description : `${bpmnTypeName(event)} (${kind.kind})`;
  mc.problems.error(
    BpmnErrorCode.UnsupportedElement,
    `${description} "${event.id}" is not supported by the engine.`,
    event.id,
  );
  mc.rejected.add(event.id!);
}

/** The message a message event or receive task refers to, by its bpmn:Message name. */
export function readMessageRef(
  message: ModdleElement | undefined,
  elementId: string,
  mc: MapContext,
): { messageName: string; correlationKey?: FeelExpression } | undefined {
  const messageName = present(message?.name as string | undefined);
  if (!message || !messageName) {
    mc.problems.error(
      BpmnErrorCode.MissingMessage,
      message ? `Message "${message.id}" has no name.` : 'The element refers to no bpmn:message.',
      elementId,
    );
    return undefined;
  }
  const rawKey = present(mc.reader.correlationKey(message));
  const correlationKey = rawKey && readFeel(rawKey, 'Correlation key', elementId, mc.problems);
  return correlationKey ? { messageName, correlationKey } : { messageName };
}

/** The errorCode of the bpmn:Error an error event refers to. */
export function readErrorCode(definition: ModdleElement): string | undefined {
  const error = definition.errorRef as ModdleElement | undefined;
  return present(error?.errorCode as string | undefined);
}
