import { describe, expect, it } from 'vitest';
import { compileBpmn } from './index.js';
import { findTooDeep } from './limits.js';
import { testContext } from './test-context.js';

const MINIMAL = `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s"/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('input limits', () => {
  it('should reject a DOCTYPE before parsing', async () => {
    // given
    const xml = MINIMAL.replace('<bpmn:definitions', '<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<bpmn:definitions');

    // when
    const result = await compileBpmn(xml, testContext());

    // then
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'WF_ERR_BPMN_DOCTYPE', line: 2, column: 1 }] });
  });

  it('should reject a document larger than maxXmlBytes', async () => {
    // given
    const ctx = testContext({ maxXmlBytes: 100 });

    // when
    const result = await compileBpmn(MINIMAL, ctx);

    // then
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'WF_ERR_BPMN_TOO_LARGE' }] });
  });

  it('should reject nesting deeper than maxDepth', async () => {
    // given
    const ctx = testContext({ maxDepth: 2 });

    // when
    const result = await compileBpmn(MINIMAL, ctx);

    // then
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'WF_ERR_BPMN_TOO_DEEP', line: 4, column: 5 }] });
  });

  it('should count depth without being fooled by comments, CDATA or ">" in attribute values', () => {
    // given
    const xml = '<a><!-- <b><c><d> --><b x="1>2"><![CDATA[<c><d>]]><c/></b></a>';

    // when
    const withinThree = findTooDeep(xml, 3);
    const beyondTwo = findTooDeep(xml, 2);

    // then
    expect(withinThree).toBeUndefined();
    expect(beyondTwo).toBe(xml.indexOf('<c/>'));
  });

  it('should compile a minimal process within the default limits', async () => {
    // when
    const result = await compileBpmn(MINIMAL, testContext());

    // then
    expect(result.ok).toBe(true);
  });
});
