/** Finds the start form of a process (`wf:form` on its plain start event) in its BPMN. */
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { wfModdleDescriptor } from '../../../../engine/bpmn/index';

export interface StartForm {
  startEventId: string;
  formId?: string;
  formVersion?: number;
}

export async function findStartForm(xml: string): Promise<StartForm | undefined> {
  const { rootElement } = await new BpmnModdle({ wf: wfModdleDescriptor }).fromXML(xml);
  const processes = ((rootElement.rootElements as ModdleElement[] | undefined) ?? []).filter(
    (r) => r.$type === 'bpmn:Process',
  );
  const process = processes.find((p) => p.isExecutable) ?? processes[0];
  const start = ((process?.flowElements as ModdleElement[] | undefined) ?? []).find(
    (e) => e.$type === 'bpmn:StartEvent' && !((e.eventDefinitions as unknown[] | undefined) ?? []).length,
  );
  if (!start) return undefined;
  const values = ((start.extensionElements as ModdleElement | undefined)?.values as ModdleElement[] | undefined) ?? [];
  const form = values.find((v) => v.$type === 'wf:Form');
  const version = Number(form?.version);
  return {
    startEventId: String(start.id),
    formId: form?.id as string | undefined,
    formVersion: Number.isInteger(version) && version > 0 ? version : undefined,
  };
}
