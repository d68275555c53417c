import { describe, expect, it } from 'vitest';
import { compileBpmn } from './index.js';
import { testContext } from './test-context.js';

const HEAD = `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0" id="D">
  <bpmn:process id="p" isExecutable="true">`;
const TAIL = `
  </bpmn:process>
</bpmn:definitions>`;

describe('parsing', () => {
  it('should report unparsable XML with its position', async () => {
    // given
    const xml = `${HEAD}\n    <bpmn:startEvent id="s">\n  </bpmn:process>`;

    // when
    const result = await compileBpmn(xml, testContext());

    // then
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'WF_ERR_BPMN_XML', severity: 'error' });
    expect(result.problems[0]?.line).toBeGreaterThan(1);
  });

  it('should turn a moddle warning about an unknown element into an error with element id and position', async () => {
    // given
    const xml = `${HEAD}
    <bpmn:startEvent id="s"/>
    <bpmn:fancyTask id="Task_Fancy"/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>${TAIL}`;

    // when
    const result = await compileBpmn(xml, testContext());

    // then
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'WF_ERR_BPMN_XML', elementId: 'Task_Fancy', line: 5, column: 5 }],
    });
  });

  it('should report an unresolved reference against the referring element', async () => {
    // given
    const xml = `${HEAD}
    <bpmn:startEvent id="s"/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="Flow_Broken" sourceRef="s" targetRef="nowhere"/>${TAIL}`;

    // when
    const result = await compileBpmn(xml, testContext());

    // then
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'WF_ERR_BPMN_XML', elementId: 'Flow_Broken', line: 6, column: 5 }),
    );
  });

  it('should report a wf element that the descriptor does not declare', async () => {
    // given
    const xml = `${HEAD}
    <bpmn:startEvent id="s"><bpmn:extensionElements><wf:notDeclared/></bpmn:extensionElements></bpmn:startEvent>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>${TAIL}`;

    // when
    const result = await compileBpmn(xml, testContext());

    // then
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'WF_ERR_BPMN_XML' }] });
  });

  it('should reject text that is not XML', async () => {
    // when
    const result = await compileBpmn('this is not xml', testContext());

    // then
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'WF_ERR_BPMN_XML' }] });
  });
});
