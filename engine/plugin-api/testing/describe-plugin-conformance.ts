/**
 * `describePluginConformance`: the tests every plugin's `test/` folder declares. One test per
 * check, each failing with the list of problems, plus one test per golden run found beside the
 * plugin's playbooks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginManifest } from '../define-plugin.js';
import {
  checkPluginConformance,
  findGoldenRunFiles,
  type ConformanceOptions,
  type ConformanceReport,
} from './check-plugin-conformance.js';
import { declareGoldenRunTest } from './describe-golden-runs.js';
import { closeGoldenEnvironment } from './golden-environment.js';

const CHECKS: Array<[keyof ConformanceReport, string]> = [
  ['manifest', 'should have a valid manifest'],
  ['schemas', 'should have activity input and output schemas that compile'],
  ['forms', 'should have forms that publish, with zh-CN and en labels'],
  ['playbooks', "should compile every playbook against the plugin's activities and forms"],
  ['goldenRuns', 'should have a golden run beside every playbook'],
  ['demo', 'should have a demo start for every playbook'],
];

/**
 * Declares the conformance tests of a plugin.
 * @example
 * // plugins/banking/test/conformance.test.ts
 * import { describePluginConformance } from '../../../engine/plugin-api/testing/index.js';
 * import { bankingPlugin } from '../plugin.js';
 * describePluginConformance(bankingPlugin);
 */
export function describePluginConformance(plugin: PluginManifest, opts: ConformanceOptions = {}): void {
  const runOptions = { ...opts, plugins: [plugin, ...(opts.plugins ?? [])] };
  describe(`plugin ${String(plugin?.id)} conformance`, () => {
    let report: ConformanceReport;
    beforeAll(async () => {
      report = await checkPluginConformance(plugin, opts);
    });
    afterAll(closeGoldenEnvironment);
    for (const [check, name] of CHECKS) {
      it(name, () => {
        expect(report[check], `${check} problems`).toEqual([]);
      });
    }
    for (const file of findGoldenRunFiles(plugin)) declareGoldenRunTest(file, runOptions);
  });
}
