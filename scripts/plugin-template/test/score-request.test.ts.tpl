import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { activityTypeOf, createPluginActivities } from '__REPO__/engine/plugin-api/index.js';
import { memoryPluginDeps } from '__REPO__/engine/plugin-api/testing/index.js';
import { __CAMEL__Plugin } from '../plugin.js';

const activities = createPluginActivities(__CAMEL__Plugin, memoryPluginDeps());
const scoreRequest = activities[activityTypeOf('__ID__', 'scoreRequest', 1)]!;
const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
// A fresh activity environment per call; `silent` keeps the expected failure out of the test output.
const run = (input: unknown) => new MockActivityEnvironment({}, { logger: silent }).run(scoreRequest, input);

describe('__ID__.scoreRequest@1', () => {
  it('should give requests of 1000 and more high priority', async () => {
    // when
    const result = await run({ customer: 'Ada', amount: 1000 });
    // then
    expect(result).toMatchObject({ priority: 'high' });
  });

  it('should refuse input its schema does not allow, naming the field', async () => {
    // when / then
    await expect(run({ customer: 'Ada' })).rejects.toThrow(/input does not match its schema: \/amount is required/);
  });
});
