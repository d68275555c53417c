/**
 * The conformance kit against deliberately broken plugins: each fault fails its check with a
 * message naming the plugin and the field, form, file or element at fault. Golden runs play on
 * the time-skipping test server, one per file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkPluginConformance,
  closeGoldenEnvironment,
  GOLDEN_RUN_TEST_TIMEOUT_MS,
  parseGoldenRun,
  runGoldenRun,
} from '../../engine/plugin-api/testing/index.js';
import {
  badOutputPlugin,
  badSchemaPlugin,
  badVersionPlugin,
  missingLabelPlugin,
  unknownActivityPlugin,
} from './fixtures/broken-plugins.js';
import { sampleShopPlugin } from './fixtures/sample-shop/plugin.js';

const run = (name: string) => new URL(`./fixtures/runs/${name}.run.json`, import.meta.url);
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => '(the run passed)',
    (err: Error) => err.message,
  );

afterAll(closeGoldenEnvironment);

describe('checkPluginConformance', () => {
  it('should find nothing wrong with the sample plugin', async () => {
    // when
    const report = await checkPluginConformance(sampleShopPlugin);
    // then
    expect(report).toEqual({ manifest: [], schemas: [], forms: [], playbooks: [], goldenRuns: [], demo: [] });
  });

  it('should name each playbook the demo would not start', async () => {
    // given
    const { demo: _demo, ...withoutDemo } = sampleShopPlugin;
    // when
    const report = await checkPluginConformance(withoutDemo);
    // then
    expect(report.demo).toEqual([
      'plugin "sample-shop": demo.starts has no start of playbook "request-review" (npm run demo starts one instance of each)',
    ]);
  });

  it('should name the plugin and field of a bad manifest value', async () => {
    // when
    const report = await checkPluginConformance(badVersionPlugin);
    // then
    expect(report.manifest).toEqual([
      'plugin "sample-shop": activities.scoreRequest.version must be a positive integer (the major version), got 0',
    ]);
  });

  it('should name the activity schema that does not compile', async () => {
    // when
    const report = await checkPluginConformance(badSchemaPlugin);
    // then
    expect(report.manifest).toEqual([]);
    expect(report.schemas).toEqual([
      expect.stringMatching(/^plugin "sample-shop": activities\.scoreRequest\.input does not compile: .*amount\/type/),
    ]);
  });

  it('should name the playbook, element and reference of an unknown activity, and the missing golden run', async () => {
    // when
    const report = await checkPluginConformance(unknownActivityPlugin);
    // then
    expect(report.playbooks).toEqual([
      'plugin "sample-shop": playbooks[0] (unknown-activity.bpmn) WF_ERR_BPMN_UNKNOWN_ACTIVITY at ServiceTask_ScoreRequest (line 5): ' +
        'No loaded plugin provides activity sample-shop.scoreRequst@1.',
    ]);
    expect(report.goldenRuns).toEqual([
      'plugin "sample-shop": playbook unknown-activity.bpmn has no golden run (unknown-activity.<scenario>.run.json beside it)',
    ]);
  });

  it('should name the form and JSON pointer of missing zh-CN labels', async () => {
    // when
    const report = await checkPluginConformance(missingLabelPlugin);
    // then
    expect(report.forms).toEqual([
      'plugin "sample-shop": forms[0] /labels/zh-CN FORM_LABEL_MISSING: Labels in zh-CN are missing.',
    ]);
  });
});

describe('golden runs of broken plugins and runs', () => {
  it('should refuse a run file with a malformed step, naming the step', () => {
    // when / then
    expect(() =>
      parseGoldenRun({ description: 'x', process: 'p', start: {}, steps: [{ task: 'T' }], expect: {} }, 'x.run.json'),
    ).toThrow(
      /^golden run x\.run\.json is not a valid run file:\n {2}\/expect\/status is required\n {2}\/steps\/0 \(task\): \/complete is required$/,
    );
  });

  it('should fail a run whose data the task form rejects', { timeout: GOLDEN_RUN_TEST_TIMEOUT_MS }, async () => {
    // when
    const message = await failureOf(runGoldenRun(run('request-review.form-rejects'), { plugins: [sampleShopPlugin] }));
    // then
    expect(message).toContain(
      'golden run request-review.form-rejects.run.json: step 1 (task UserTask_ReviewRequest): ' +
        'form "sample-shop/request-review" rejects the data:\n  /comment minLength:',
    );
  });

  it('should fail a run that did not take the expected path, listing every difference', async () => {
    // when
    const message = await failureOf(runGoldenRun(run('request-review.wrong-path'), { plugins: [sampleShopPlugin] }));
    // then
    expect(message).toContain(
      'golden run request-review.wrong-path.run.json: expect: path: EndEvent_Rejected was not completed',
    );
    expect(message).toContain('/variables/priority: expected "high", got "normal"');
  });

  it('should fail naming the step when its task never opens', async () => {
    // when
    const message = await failureOf(
      runGoldenRun(run('request-review.task-never-opens'), { plugins: [sampleShopPlugin], timeoutMs: 1500 }),
    );
    // then
    expect(message).toMatch(
      /step 1 \(task UserTask_Missing\): timed out after 1500 ms waiting for task UserTask_Missing to open; .*open tasks \[UserTask_ReviewRequest\]/,
    );
  });

  it('should fail a run when an activity result breaks its output schema', async () => {
    // when
    const message = await failureOf(runGoldenRun(run('request-review.wrong-path'), { plugins: [badOutputPlugin] }));
    // then
    expect(message).toMatch(/task UserTask_ReviewRequest cannot open any more: .*incidents ServiceTask_ScoreRequest/);
    expect(message).toContain('sample-shop.scoreRequest@1: output does not match its schema: /priority');
  });
});
