/**
 * Loading plugins into the platform: plugins/* of a repository, npm packages, manifests passed
 * in; every problem stops loading with a message naming the plugin and what is wrong.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePlugin } from '../../engine/plugin-api/index.js';
import { loadPlugins, PluginLoadError } from '../../studio/server/plugins-loader/index.js';
import {
  badVersionPlugin,
  missingFormPlugin,
  ownQueuePlugin,
  unknownActivityPlugin,
} from './fixtures/broken-plugins.js';
import { sampleShopPlugin } from './fixtures/sample-shop/plugin.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const problemsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => [],
    (err: unknown) => {
      if (err instanceof PluginLoadError) return err.problems;
      throw err;
    },
  );

describe('loadPlugins', () => {
  it('should load plugins/<id>/plugin.ts with its activities, forms and compiled playbooks', async () => {
    // when
    const plugins = await loadPlugins({ repoRoot: path.join(import.meta.dirname, 'fixtures/repo') });
    // then
    const [loaded] = plugins.all;
    expect(plugins.all).toHaveLength(1);
    expect(loaded?.source).toBe('plugins/sample-shop/plugin.ts');
    expect(loaded?.manifest).toBe(sampleShopPlugin);
    expect(plugins.catalog()).toEqual([
      expect.objectContaining({
        plugin: 'sample-shop',
        name: 'scoreRequest',
        major: 1,
        activityType: 'sample-shop.scoreRequest@1',
        options: { startToCloseTimeout: '10s', maximumAttempts: 3, initialInterval: '1s', backoffCoefficient: 2 },
      }),
    ]);
    expect(loaded?.forms.map((f) => f.id)).toEqual(['sample-shop/request-review']);
    expect(loaded?.playbooks.map((p) => [p.playbook.id, p.key])).toEqual([
      ['request-review', 'sample-shop-request-review'],
    ]);
  });

  it('should load a playbook whose form is published elsewhere, leaving the form check to install', async () => {
    // when
    const plugins = await loadPlugins({ manifests: [missingFormPlugin] });
    // then
    expect(plugins.get('sample-shop')?.playbooks.map((p) => p.key)).toContain('sample-shop-missing-form');
  });

  it('should stop with a message naming the plugin and field of a bad manifest', async () => {
    // when
    const problems = await problemsOf(loadPlugins({ manifests: [badVersionPlugin] }));
    // then
    expect(problems).toEqual([
      'plugin "sample-shop": activities.scoreRequest.version must be a positive integer (the major version), got 0',
    ]);
  });

  it('should stop when a playbook refers to an activity no loaded plugin provides', async () => {
    // when
    const problems = await problemsOf(loadPlugins({ manifests: [unknownActivityPlugin] }));
    // then
    expect(problems).toEqual([expect.stringContaining('WF_ERR_BPMN_UNKNOWN_ACTIVITY at ServiceTask_ScoreRequest')]);
  });

  it('should refuse colliding ids, form owners, process keys and task queues', async () => {
    // given: a second plugin shipping the sample's form and playbook, and a plugin on the engine's queue
    const copy = definePlugin({ ...sampleShopPlugin, id: 'copy-shop' });
    // when
    const problems = await problemsOf(
      loadPlugins({
        manifests: [
          sampleShopPlugin,
          copy,
          sampleShopPlugin,
          definePlugin({
            ...ownQueuePlugin('engine'),
            id: 'queue-shop',
            forms: [],
            playbooks: [],
            demo: { starts: [] },
          }),
        ],
        engineTaskQueue: 'engine',
      }),
    );
    // then
    expect(problems).toEqual([
      'plugin "copy-shop": forms[0] (request-review.schema.json) $id "sample-shop/request-review" must start with "copy-shop/" (forms are owned by their plugin)',
      'plugin "copy-shop": process key "sample-shop-request-review" is already provided by plugin "sample-shop"',
      'plugin "sample-shop": id is used by two plugins',
      'plugin "queue-shop": taskQueue "engine" is already provided by the engine',
    ]);
  });

  it('should refuse a folder in plugins/ without plugin.ts', async () => {
    // given
    const root = await mkdtemp(path.join(tmpdir(), 'plugins-loader-'));
    await mkdir(path.join(root, 'plugins', 'half-made'), { recursive: true });
    try {
      // when / then
      await expect(loadPlugins({ repoRoot: root })).rejects.toThrow(
        'plugins/half-made/plugin.ts is missing: every folder in plugins/ is a plugin',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('should import an npm package by name and refuse one that exports no manifest', async () => {
    // when / then: typebox is installed, but it is not a plugin
    await expect(loadPlugins({ packages: ['typebox'] })).rejects.toThrow(
      'npm:typebox exports no plugin manifest: export const <camelId>Plugin = definePlugin({ … })',
    );
  });

  it('should load a package installed in node_modules that imports the SDK by its package name', async () => {
    // given the fixture package linked into node_modules, as `npm install <package>` would place it
    const link = path.join(repoRoot, 'node_modules', 'playbook-plugin-npm-demo');
    await rm(link, { force: true, recursive: true });
    await symlink(path.join(import.meta.dirname, 'fixtures/npm-package'), link, 'dir');
    try {
      // when
      const plugins = await loadPlugins({ packages: ['playbook-plugin-npm-demo'] });
      // then
      expect(plugins.all.map((p) => p.manifest.id)).toEqual(['npm-demo']);
      expect(plugins.catalog()).toEqual([
        expect.objectContaining({ plugin: 'npm-demo', name: 'greetGuest', major: 1 }),
      ]);
    } finally {
      await rm(link, { force: true });
    }
  });

  it('should name an npm package from PLAYBOOK_PLUGINS that is not installed', async () => {
    // when / then
    await expect(loadPlugins({ packages: ['playbook-plugin-not-installed'] })).rejects.toThrow(
      /^npm:playbook-plugin-not-installed cannot be loaded \(is it installed\? npm install it next to the platform\)/,
    );
  });
});
