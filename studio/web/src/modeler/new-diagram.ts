/** The diagram a new process starts from: one start event, with the layout bpmn-js needs (BPMNDI). */
export function newDiagramXml(key: string, name: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0" id="Definitions_${key.replace(/[^\w]/g, '_')}" targetNamespace="http://playbook-studio.dev/processes">
  <bpmn:process id="${escape(key)}" name="${escape(name)}" isExecutable="true">
    <bpmn:startEvent id="StartEvent_Started" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${escape(key)}">
      <bpmndi:BPMNShape id="StartEvent_Started_di" bpmnElement="StartEvent_Started">
        <dc:Bounds x="152" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

/** Process keys are BPMN ids the API accepts in URLs. */
export const PROCESS_KEY_PATTERN = /^[A-Za-z_][\w.-]{0,199}$/;
