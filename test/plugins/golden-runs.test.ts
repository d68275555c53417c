/**
 * Golden runs beyond the sample plugin's own: an expected incident, a task of a called
 * instance, and activities on the plugin's own task queue.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeGoldenEnvironment, runGoldenRun } from '../../engine/plugin-api/testing/index.js';
import { badOutputPlugin, ownQueuePlugin } from './fixtures/broken-plugins.js';
import { sampleShopPlugin } from './fixtures/sample-shop/plugin.js';

const run = (name: string) => new URL(`./fixtures/runs/${name}.run.json`, import.meta.url);

afterAll(closeGoldenEnvironment);

describe('runGoldenRun', () => {
  it('should pass a run that expects the incident of an activity whose result breaks its schema', async () => {
    // when
    const result = await runGoldenRun(run('request-review.output-incident'), { plugins: [badOutputPlugin] });
    // then
    expect(result.state.incidents).toEqual([expect.objectContaining({ nodeId: 'ServiceTask_ScoreRequest' })]);
  });

  it('should deliver messages by name and correlation key', async () => {
    // when
    const result = await runGoldenRun(run('wait-for-payment.paid'));
    // then
    expect(result.state.variables).toEqual({ orderId: 'O-1', paid: true });
  });

  it('should reach processes of other folders given as extraProcesses', async () => {
    // given
    const file = new URL('./fixtures/runs-extra/elsewhere.paid.run.json', import.meta.url);
    // when
    const result = await runGoldenRun(file, { extraProcesses: [new URL('./fixtures/runs/', import.meta.url)] });
    // then
    expect(result.state.status).toBe('completed');
  });

  it('should send a task back (退回) to one of its targets, and refuse any other target', async () => {
    // given
    const extraProcesses = [new URL('../fixtures/bpmn/send-back-two-step.bpmn', import.meta.url)];
    const file = (name: string) =>
      new URL(`./fixtures/runs-extra/send-back-two-step.${name}.run.json`, import.meta.url);
    // when
    const result = await runGoldenRun(file('sent-back'), { extraProcesses });
    const refused = await runGoldenRun(file('bad-target'), { extraProcesses }).then(
      () => '(the run passed)',
      (err: Error) => err.message,
    );
    // then
    expect(result.state.completedNodes.filter((n) => n === 'UserTask_First')).toHaveLength(2);
    expect(refused).toContain(
      'UserTask_Second cannot be sent back to StartEvent_Requested; its targets are [UserTask_First]',
    );
  });

  it('should complete a task of an instance the started one called', async () => {
    // when
    const result = await runGoldenRun(run('call-review.child-task'), { plugins: [sampleShopPlugin] });
    // then
    expect(result.state.status).toBe('completed');
  });

  it('should run plugin activities on the plugin own task queue', async () => {
    // when
    const result = await runGoldenRun(run('request-review.rejected-on-own-queue'), {
      plugins: [ownQueuePlugin('sample-shop-activities')],
    });
    // then
    expect(result.state.status).toBe('completed');
    expect(result.deps.logger.lines).toContainEqual(
      expect.objectContaining({ message: 'request scored', fields: expect.objectContaining({ priority: 'normal' }) }),
    );
  });
});
