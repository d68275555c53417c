/**
 * Inputs for the browser benchmark: a BPMN diagram with a given number of elements (with the
 * BPMNDI layout bpmn-js needs) and a form with a given number of fields in both languages.
 */

/** A snake of user tasks between a start and an end event: ~`elements` shapes and flows. */
export function generateDiagram(elements: number): string {
  const tasks = Math.max(1, Math.floor((elements - 1) / 2)); // start + tasks + end, and a flow between each
  const perRow = 10;
  const ids = ['StartEvent_1', ...Array.from({ length: tasks }, (_, i) => `UserTask_${i + 1}`), 'EndEvent_1'];
  const pos = (i: number) => ({ x: 100 + (i % perRow) * 160, y: 100 + Math.floor(i / perRow) * 140 });
  const shapes: string[] = [];
  const nodes: string[] = [];
  const flows: string[] = [];
  ids.forEach((id, i) => {
    const { x, y } = pos(i);
    const event = id.startsWith('StartEvent') || id.startsWith('EndEvent');
    const [w, h] = event ? [36, 36] : [100, 80];
    const incoming = i > 0 ? `<bpmn:incoming>Flow_${i}</bpmn:incoming>` : '';
    const outgoing = i < ids.length - 1 ? `<bpmn:outgoing>Flow_${i + 1}</bpmn:outgoing>` : '';
    const tag = id.startsWith('StartEvent') ? 'startEvent' : id.startsWith('EndEvent') ? 'endEvent' : 'userTask';
    const ext =
      tag === 'userTask'
        ? `<bpmn:extensionElements><wf:assignment candidateGroups="bench" /><wf:taskSchedule dueDate="PT${(i % 8) + 1}H" /></bpmn:extensionElements>`
        : '';
    nodes.push(`<bpmn:${tag} id="${id}" name="Step ${i}">${ext}${incoming}${outgoing}</bpmn:${tag}>`);
    shapes.push(
      `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y + (event ? 22 : 0)}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`,
    );
    if (i > 0) {
      const a = pos(i - 1);
      flows.push(`<bpmn:sequenceFlow id="Flow_${i}" sourceRef="${ids[i - 1]}" targetRef="${id}" />`);
      shapes.push(
        `<bpmndi:BPMNEdge id="Flow_${i}_di" bpmnElement="Flow_${i}"><di:waypoint x="${a.x + 100}" y="${a.y + 40}" /><di:waypoint x="${x}" y="${y + 40}" /></bpmndi:BPMNEdge>`,
      );
    }
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0" id="Definitions_Bench" targetNamespace="http://playbook-studio.dev/bench">
<bpmn:process id="bench-process" name="Bench" isExecutable="true">${nodes.join('')}${flows.join('')}</bpmn:process>
<bpmndi:BPMNDiagram id="Diagram_Bench"><bpmndi:BPMNPlane id="Plane_Bench" bpmnElement="bench-process">${shapes.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

const KINDS = ['text', 'number', 'date', 'select', 'checkbox'] as const;

/** A form document with `fields` fields of the palette's simple kinds, labelled in zh-CN and en. */
export function generateForm(fields: number) {
  const properties: Record<string, unknown> = {};
  const en: Record<string, { label: string; options?: Record<string, string> }> = {};
  const zh: Record<string, { label: string; options?: Record<string, string> }> = {};
  for (let i = 1; i <= fields; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const key = `field${i}`;
    properties[key] =
      kind === 'text'
        ? { type: 'string', maxLength: 200 }
        : kind === 'number'
          ? { type: 'number', minimum: 0 }
          : kind === 'date'
            ? { type: 'string', format: 'date' }
            : kind === 'select'
              ? { type: 'string', enum: ['a', 'b', 'c'] }
              : { type: 'boolean' };
    const options = kind === 'select' ? { a: 'A', b: 'B', c: 'C' } : undefined;
    en[`/${key}`] = { label: `Field ${i}`, ...(options && { options }) };
    zh[`/${key}`] = { label: `字段 ${i}`, ...(options && { options }) };
  }
  return {
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'bench/hundred-fields',
      type: 'object',
      properties,
      required: ['field1'],
      additionalProperties: false,
    },
    uiSchema: {},
    labels: { en: { title: 'Bench', fields: en }, 'zh-CN': { title: '基准', fields: zh } },
  };
}
