import { describe, expect, it } from 'vitest';
import { lookUpClient, testPlugin } from './fixtures/test-plugin.js';
import { PluginManifestError } from './manifest-problems.js';
import { assertValidManifest, validatePluginManifest } from './validate-manifest.js';

const withActivity = (patch: Record<string, unknown>) =>
  testPlugin({ activities: { lookUpClient: { ...lookUpClient, ...patch } as typeof lookUpClient } });

describe('validatePluginManifest', () => {
  it('should accept a valid manifest', () => {
    // when / then
    expect(validatePluginManifest(testPlugin())).toEqual([]);
  });

  it.each([
    [{ id: 'Banking' }, 'plugin "Banking": id must be a kebab-case id such as "banking" (got "Banking")'],
    [{ id: 'core' }, 'plugin "core": id is reserved by the platform'],
    [{ version: '1.0' }, 'plugin "test-bank": version must be a semver version such as "1.0.0" (got "1.0")'],
    [{ name: { en: 'Bank' } }, 'plugin "test-bank": name.zh-CN must be a non-empty string'],
    [
      { taskQueue: 'has space' },
      'plugin "test-bank": taskQueue must be a task queue name (letters, digits, . _ -) (got "has space")',
    ],
    [{ secrets: ['API_KEY'] }, 'plugin "test-bank": secrets[0] must be a camelCase name (got "API_KEY")'],
    [
      { forms: ['forms/x.schema.json'] },
      'plugin "test-bank": forms[0] must be an absolute path of a .schema.json file',
    ],
    [
      { playbooks: [{ id: 'x', file: 'x.bpmn' }] },
      'plugin "test-bank": playbooks[0].file must be a file: URL of a .bpmn file',
    ],
    [{ extra: true }, 'plugin "test-bank": extra is not a known setting'],
  ])('should name the plugin and field for %j', (patch, message) => {
    // when
    const problems = validatePluginManifest({ ...testPlugin(), ...patch });
    // then
    expect(problems.some((p) => p.startsWith(message))).toBe(true);
  });

  it.each([
    [{ version: 0 }, 'activities.lookUpClient.version must be a positive integer (the major version), got 0'],
    [{ version: 1.5 }, 'activities.lookUpClient.version must be a positive integer'],
    [{ timeout: '30 seconds' }, 'activities.lookUpClient.timeout must be a duration such as 30s, 5m or 2h'],
    [
      { retry: { maximumAttempts: 0 } },
      'activities.lookUpClient.retry.maximumAttempts must be an integer from 1 to 1000',
    ],
    [{ execute: undefined }, 'activities.lookUpClient.execute must be an async function'],
    [{ description: 'text' }, 'activities.lookUpClient.description must be an object'],
  ])('should name the activity field for %j', (patch, message) => {
    // when
    const problems = validatePluginManifest(withActivity(patch));
    // then
    expect(problems).toContainEqual(expect.stringContaining(`plugin "test-bank": ${message}`));
  });

  it('should refuse two definitions of one major and a schedule of an unknown playbook', () => {
    // given
    const plugin = testPlugin({
      activities: { lookUpClient: [lookUpClient, lookUpClient] },
      schedules: [{ id: 'nightly', playbook: 'close-day', cycle: 'R/P1D', name: { en: 'Nightly', 'zh-CN': '每晚' } }],
    });
    // when
    const problems = validatePluginManifest(plugin);
    // then
    expect(problems).toEqual([
      'plugin "test-bank": activities.lookUpClient[1].version repeats major 2',
      `plugin "test-bank": schedules[0].playbook must be the id of one of the plugin's playbooks`,
    ]);
  });

  it('should throw every problem, schemas included, from assertValidManifest', () => {
    // given
    // A schema TypeScript cannot check (as from a plain-JS plugin): only the compile check sees it.
    const broken = { ...lookUpClient, input: { type: 'object', properties: { clientId: { type: 'strng' } } } };
    // when
    const thrown = (() => {
      try {
        assertValidManifest(testPlugin({ activities: { lookUpClient: broken } }));
      } catch (err) {
        return err;
      }
    })();
    // then
    expect(thrown).toBeInstanceOf(PluginManifestError);
    expect((thrown as PluginManifestError).problems).toEqual([
      expect.stringMatching(
        /^plugin "test-bank": activities\.lookUpClient\.input does not compile: .*properties\/clientId\/type/,
      ),
    ]);
  });
});
