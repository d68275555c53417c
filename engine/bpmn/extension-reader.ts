import type { ModdleElement } from 'bpmn-moddle';

// Raw settings as written in the diagram, before validation. Each dialect (our wf:* elements,
// Camunda 8's zeebe:* elements) reads its own extension elements into these shapes, so the
// element mappers validate and resolve them once, whatever the dialect.

export interface RawActivity {
  ref?: string;
  retries?: string;
  timeout?: string;
  resultVariable?: string;
  /** zeebe task types may omit `@major`, which then means major 1. */
  majorOptional?: boolean;
}
/** `wf:form` / `zeebe:formDefinition`. */
export interface RawForm {
  id?: string;
  version?: string;
}
/** `wf:assignment` / `zeebe:assignmentDefinition`. */
export interface RawAssignment {
  assignee?: string;
  candidateUsers?: string;
  candidateGroups?: string;
}
/** `wf:taskSchedule` / `zeebe:taskSchedule` + `zeebe:priorityDefinition`. */
export interface RawSchedule {
  dueDate?: string;
  priority?: string;
}
/** One `input` or `output` of an io mapping. */
export interface RawMapping {
  source?: string;
  target?: string;
}
/** `calledElement` + `wf:calledProcess` / `zeebe:calledElement`. */
export interface RawCalledProcess {
  processId?: string;
  binding?: string;
  version?: string;
  propagateAll?: string | boolean;
}
/** `wf:loop` / `zeebe:loopCharacteristics`. */
export interface RawLoop {
  collection?: string;
  elementVariable?: string;
  outputCollection?: string;
  outputElement?: string;
}
/** `wf:script` / `zeebe:script`. */
export interface RawScript {
  expression?: string;
  resultVariable?: string;
}

/** Reads one dialect's extension elements from bpmn-moddle elements. */
export interface ExtensionReader {
  activity(task: ModdleElement): RawActivity | undefined;
  form(element: ModdleElement): RawForm | undefined;
  assignment(task: ModdleElement): RawAssignment | undefined;
  schedule(task: ModdleElement): RawSchedule | undefined;
  ioMapping(element: ModdleElement): { inputs: RawMapping[]; outputs: RawMapping[] };
  outcomes(task: ModdleElement): string | undefined;
  /** Comma list of user task ids this task may be sent back to (退回). */
  sendBackTargets(task: ModdleElement): string | undefined;
  calledProcess(callActivity: ModdleElement): RawCalledProcess;
  loop(characteristics: ModdleElement, activity: ModdleElement): RawLoop | undefined;
  script(task: ModdleElement): RawScript | undefined;
  correlationKey(message: ModdleElement): string | undefined;
}

/** The extension elements of `type` (e.g. `wf:Activity`) inside an element's extensionElements. */
export function extensionsOf(element: ModdleElement | undefined, type: string): ModdleElement[] {
  const container = element?.extensionElements as { values?: ModdleElement[] } | undefined;
  return (container?.values ?? []).filter((value) => value.$type === type);
}

/** The first extension element of `type`, if any. */
export function extensionOf(element: ModdleElement | undefined, type: string): ModdleElement | undefined {
  return extensionsOf(element, type)[0];
}

/** Reads a string property of a moddle element; moddle leaves absent attributes undefined. */
export function str(element: ModdleElement | undefined, property: string): string | undefined {
  const value = element?.[property];
  return typeof value === 'string' ? value : undefined;
}
