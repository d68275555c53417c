import type { ModdleElement } from 'bpmn-moddle';
import { wfReader } from './dialect-wf.js';
import { extensionOf, str, type ExtensionReader, type RawMapping } from './extension-reader.js';

function mappings(list: unknown): RawMapping[] {
  return ((list as ModdleElement[] | undefined) ?? []).map((p) => ({
    source: str(p, 'source'),
    target: str(p, 'target'),
  }));
}

/**
 * Reads Camunda 8 (zeebe:*) extension elements, as Camunda Modeler writes them. Anything the
 * zeebe elements do not say falls back to our wf:* elements, which may sit in the same file.
 */
export const zeebeReader: ExtensionReader = {
  activity(task) {
    const definition = extensionOf(task, 'zeebe:TaskDefinition');
    if (!definition) return wfReader.activity(task);
    // Task types are `plugin.name@major`, or `plugin.name` meaning major 1.
    return { ref: str(definition, 'type'), retries: str(definition, 'retries'), majorOptional: true };
  },
  form(element) {
    const definition = extensionOf(element, 'zeebe:FormDefinition');
    if (!definition) return wfReader.form(element);
    return { id: str(definition, 'formId') ?? str(definition, 'formKey') };
  },
  assignment(task) {
    const a = extensionOf(task, 'zeebe:AssignmentDefinition');
    if (!a) return wfReader.assignment(task);
    return {
      assignee: str(a, 'assignee'),
      candidateUsers: str(a, 'candidateUsers'),
      candidateGroups: str(a, 'candidateGroups'),
    };
  },
  schedule(task) {
    const schedule = extensionOf(task, 'zeebe:TaskSchedule');
    const priority = extensionOf(task, 'zeebe:PriorityDefinition');
    if (!schedule && !priority) return wfReader.schedule(task);
    return { dueDate: str(schedule, 'dueDate'), priority: str(priority, 'priority') };
  },
  ioMapping(element) {
    const io = extensionOf(element, 'zeebe:IoMapping');
    if (!io) return wfReader.ioMapping(element);
    return { inputs: mappings(io.inputParameters), outputs: mappings(io.outputParameters) };
  },
  outcomes: (task) => wfReader.outcomes(task),
  sendBackTargets: (task) => wfReader.sendBackTargets(task),
  calledProcess(callActivity) {
    const called = extensionOf(callActivity, 'zeebe:CalledElement');
    if (!called) return wfReader.calledProcess(callActivity);
    const propagate = called.propagateAllChildVariables;
    return {
      processId: str(called, 'processId'),
      binding: str(called, 'bindingType'),
      // Camunda 8 propagates all child variables unless told otherwise.
      propagateAll: typeof propagate === 'boolean' ? propagate : true,
    };
  },
  loop(characteristics, activity) {
    const loop = extensionOf(characteristics, 'zeebe:LoopCharacteristics');
    if (!loop) return wfReader.loop(characteristics, activity);
    return {
      collection: str(loop, 'inputCollection'),
      elementVariable: str(loop, 'inputElement'),
      outputCollection: str(loop, 'outputCollection'),
      outputElement: str(loop, 'outputElement'),
    };
  },
  script(task) {
    const script = extensionOf(task, 'zeebe:Script');
    if (!script) return wfReader.script(task);
    return { expression: str(script, 'expression'), resultVariable: str(script, 'resultVariable') };
  },
  correlationKey(message) {
    return str(extensionOf(message, 'zeebe:Subscription'), 'correlationKey') ?? wfReader.correlationKey(message);
  },
};
