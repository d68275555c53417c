import type { ModdleElement } from 'bpmn-moddle';
import { extensionOf, str, type ExtensionReader, type RawMapping } from './extension-reader.js';

function mappings(list: unknown): RawMapping[] {
  return ((list as ModdleElement[] | undefined) ?? []).map((p) => ({
    source: str(p, 'source'),
    target: str(p, 'target'),
  }));
}

/** Reads our own `wf:*` extension elements (descriptor: wf.json). */
export const wfReader: ExtensionReader = {
  activity(task) {
    const activity = extensionOf(task, 'wf:Activity');
    if (!activity) return undefined;
    return {
      ref: str(activity, 'ref'),
      retries: str(activity, 'retries'),
      timeout: str(activity, 'timeout'),
      resultVariable: str(activity, 'resultVariable'),
    };
  },
  form(element) {
    const form = extensionOf(element, 'wf:Form');
    return form && { id: str(form, 'id'), version: str(form, 'version') };
  },
  assignment(task) {
    const a = extensionOf(task, 'wf:Assignment');
    return (
      a && {
        assignee: str(a, 'assignee'),
        candidateUsers: str(a, 'candidateUsers'),
        candidateGroups: str(a, 'candidateGroups'),
      }
    );
  },
  schedule(task) {
    const s = extensionOf(task, 'wf:TaskSchedule');
    return s && { dueDate: str(s, 'dueDate'), priority: str(s, 'priority') };
  },
  ioMapping(element) {
    const io = extensionOf(element, 'wf:IoMapping');
    return { inputs: mappings(io?.inputParameters), outputs: mappings(io?.outputParameters) };
  },
  outcomes(task) {
    return str(extensionOf(task, 'wf:Outcomes'), 'values');
  },
  sendBackTargets(task) {
    return str(extensionOf(task, 'wf:SendBack'), 'targets');
  },
  calledProcess(callActivity) {
    const c = extensionOf(callActivity, 'wf:CalledProcess');
    return {
      processId: str(callActivity, 'calledElement'),
      binding: str(c, 'binding'),
      version: str(c, 'version'),
      propagateAll: str(c, 'propagateAll'),
    };
  },
  loop(characteristics, activity) {
    // Documented place: inside the loop characteristics (as zeebe does); the activity's own
    // extensionElements are accepted too, since that is where a person would look first.
    const loop = extensionOf(characteristics, 'wf:Loop') ?? extensionOf(activity, 'wf:Loop');
    return (
      loop && {
        collection: str(loop, 'collection'),
        elementVariable: str(loop, 'elementVariable'),
        outputCollection: str(loop, 'outputCollection'),
        outputElement: str(loop, 'outputElement'),
      }
    );
  },
  script(task) {
    const s = extensionOf(task, 'wf:Script');
    return s && { expression: str(s, 'expression'), resultVariable: str(s, 'resultVariable') };
  },
  correlationKey(message) {
    return str(extensionOf(message, 'wf:Subscription'), 'correlationKey');
  },
};
