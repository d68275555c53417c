import { MockActivityEnvironment } from '@temporalio/testing';
import type { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { createPluginActivities } from './create-plugin-activities.js';
import { defineActivity } from './define-activity.js';
import { lookUpClient, testPlugin } from './fixtures/test-plugin.js';
import { PluginManifestError } from './manifest-problems.js';
import { staticSecretSource } from './plugin-secrets.js';
import { memoryPluginDeps } from './testing/memory-plugin-deps.js';

const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const run = (fn: (input: unknown) => Promise<unknown>, input: unknown) =>
  new MockActivityEnvironment({}, { logger: silent }).run(fn, input);
const failureOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (err: unknown) => err as ApplicationFailure,
  );

describe('createPluginActivities', () => {
  it('should register each activity as <plugin>.<name>@<major> and run it with a context', async () => {
    // given
    const deps = { ...memoryPluginDeps(), clock: { now: () => new Date('2030-01-02T03:04:05Z') } };
    const activities = createPluginActivities(testPlugin(), deps);
    // when
    const result = await run(activities['test-bank.lookUpClient@2']!, { clientId: 'vip-7' });
    // then
    expect(Object.keys(activities)).toEqual(['test-bank.lookUpClient@2']);
    expect(result).toEqual({ level: 'full', checkedAt: '2030-01-02T03:04:05.000Z' });
    expect(deps.logger.lines).toContainEqual({
      level: 'info',
      message: 'looking up',
      fields: { plugin: 'test-bank', activity: 'test-bank.lookUpClient@2', workflowId: 'test', clientId: 'vip-7' },
    });
  });

  it('should refuse input that breaks the input schema, naming the JSON pointer, before the handler runs', async () => {
    // given
    const activities = createPluginActivities(testPlugin(), memoryPluginDeps());
    // when
    const failure = await failureOf(run(activities['test-bank.lookUpClient@2']!, { clientId: 7, extra: true }));
    // then
    expect(failure?.type).toBe('WF_ERR_ACTIVITY_INPUT_INVALID');
    expect(failure?.nonRetryable).toBe(true);
    expect(failure?.message).toBe(
      'test-bank.lookUpClient@2: input does not match its schema: /extra is not allowed; /clientId must be string',
    );
  });

  it('should refuse a result that breaks the output schema', async () => {
    // given
    const wrong = defineActivity({
      ...lookUpClient,
      // A handler written against other types, as a plain-JS plugin might be.
      execute: (async () => ({ level: 'gold', checkedAt: 'now' })) as unknown as typeof lookUpClient.execute,
    });
    const activities = createPluginActivities(testPlugin({ activities: { lookUpClient: wrong } }), memoryPluginDeps());
    // when
    const failure = await failureOf(run(activities['test-bank.lookUpClient@2']!, { clientId: 'c-1' }));
    // then
    expect(failure?.type).toBe('WF_ERR_ACTIVITY_OUTPUT_INVALID');
    expect(failure?.message).toMatch(/^test-bank\.lookUpClient@2: output does not match its schema: \/level /);
  });

  it('should give only declared secrets and fail without retries when one is not set', async () => {
    // given
    const probe = defineActivity({
      ...lookUpClient,
      version: 3,
      async execute(_input, ctx) {
        const declared = ctx.secrets.get('registerKey');
        const undeclared = (() => {
          try {
            return ctx.secrets.get('otherKey');
          } catch (err) {
            return (err as Error).message;
          }
        })();
        return { level: 'basic', checkedAt: `${declared}|${undeclared}|${ctx.secrets.require('registerKey')}` };
      },
    });
    const plugin = testPlugin({ activities: { lookUpClient: [lookUpClient, probe] } });
    const withKey = createPluginActivities(
      plugin,
      memoryPluginDeps(staticSecretSource({ 'test-bank': { registerKey: 'k-1' } })),
    );
    const withoutKey = createPluginActivities(plugin, memoryPluginDeps());
    // when
    const result = (await run(withKey['test-bank.lookUpClient@3']!, { clientId: 'c' })) as { checkedAt: string };
    const failure = await failureOf(run(withoutKey['test-bank.lookUpClient@3']!, { clientId: 'c' }));
    // then
    expect(result.checkedAt).toBe(
      'k-1|plugin "test-bank": secret "otherKey" is not declared in the manifest\'s secrets|k-1',
    );
    expect(failure?.type).toBe('WF_ERR_PLUGIN_SECRET_MISSING');
    expect(failure?.message).toContain('PLAYBOOK_SECRET_TEST_BANK_REGISTER_KEY');
  });

  it('should refuse to create activities from an invalid manifest', () => {
    // when / then
    expect(() => createPluginActivities(testPlugin({ version: 'one' }), memoryPluginDeps())).toThrow(
      PluginManifestError,
    );
  });
});
