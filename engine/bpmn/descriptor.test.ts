import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { compileBpmn, wfModdleDescriptor, WF_NAMESPACE_URI } from './index.js';
import { readFixture, testContext } from './test-context.js';

describe('the wf moddle descriptor', () => {
  it('should declare the wf prefix and namespace', () => {
    expect(wfModdleDescriptor).toMatchObject({ prefix: 'wf', uri: WF_NAMESPACE_URI });
  });

  it('should round-trip wf extension elements through bpmn-moddle, as the modeler does', async () => {
    // given
    const moddle = new BpmnModdle({ wf: wfModdleDescriptor });
    const { rootElement, warnings } = await moddle.fromXML(await readFixture('approval.basic.bpmn'));

    // when
    const { xml } = await moddle.toXML(rootElement, { format: true });

    // then
    expect(warnings).toEqual([]);
    expect(xml).toContain(
      '<wf:activity ref="finance.checkBudget@2" retries="5" timeout="45s" resultVariable="budget" />',
    );
    expect(xml).toContain('<wf:input source="=claim.amount" target="amount" />');
    expect(xml).toContain('<wf:outcomes values="approve,reject" />');
  });
});

describe('compiler robustness', () => {
  it('should report a context that throws as an internal problem instead of throwing', async () => {
    // given
    const ctx = testContext({
      findActivity: () => {
        throw new Error('registry offline');
      },
    });

    // when
    const result = await compileBpmn(await readFixture('approval.basic.bpmn'), ctx);

    // then
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'WF_ERR_BPMN_INTERNAL', message: expect.stringContaining('registry offline') }],
    });
  });

  it('should skip form checks when the context cannot tell which forms exist', async () => {
    // given
    const ctx = testContext({ hasForm: undefined });

    // when
    const result = await compileBpmn(await readFixture('invalid/unknown-form.bpmn'), ctx);

    // then
    expect(result.ok).toBe(true);
  });
});
