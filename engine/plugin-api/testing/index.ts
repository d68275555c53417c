/**
 * Test helpers for plugins and workflows: golden runs on the time-skipping Temporal test server
 * and the plugin conformance kit. Imports vitest and @temporalio/testing, so only tests use it.
 */
export { runGoldenRun, type GoldenRunOptions, type GoldenRunResult } from './run-golden-run.js';
export { describeGoldenRuns, GOLDEN_RUN_TEST_TIMEOUT_MS } from './describe-golden-runs.js';
export { describePluginConformance } from './describe-plugin-conformance.js';
export {
  checkPluginConformance,
  findGoldenRunFiles,
  type ConformanceOptions,
  type ConformanceReport,
} from './check-plugin-conformance.js';
export { closeGoldenEnvironment, goldenEnvironment, type GoldenEnvironment } from './golden-environment.js';
export { GoldenRunFailure } from './golden-driver.js';
export { parseGoldenRun, readGoldenRun, type GoldenRunFile, type GoldenRunStep } from './golden-run-format.js';
export { coreFormsDir, FormLibrary, type FormInput } from './form-library.js';
export {
  MemoryBlobStore,
  memoryPluginDeps,
  RecordingNotifier,
  scheduledTimeClock,
  type MemoryPluginDeps,
} from './memory-plugin-deps.js';
