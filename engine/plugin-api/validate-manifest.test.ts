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

  it('should accept a cron schedule and a demo block covering the playbook', () => {
    // given
    const plugin = testPlugin({
      schedules: [
        {
          id: 'morning-meeting',
          playbook: 'open-account',
          cron: '35 8 * * MON-FRI',
          name: { en: 'Morning', 'zh-CN': '晨会' },
          source: 'seed 晨例會',
        },
      ],
      demo: {
        groups: [
          { id: 'branch-01', name: '支行 Branch', kind: 'branch', head: 'wang.branch', members: ['sun.teller'] },
        ],
        users: [{ username: 'liu.lobby', displayName: '刘 Liu', groups: ['branch-01'], supervisor: 'wang.branch' }],
        starts: [{ playbook: 'open-account', startedBy: 'liu.lobby', businessKey: 'A-1', variables: { a: 1 } }],
      },
    });
    // when / then
    expect(validatePluginManifest(plugin)).toEqual([]);
  });

  it.each([
    [{ cron: '35 8 * *' }, 'schedules[0].cron must be five cron fields (minute hour day-of-month month day-of-week)'],
    [{ cron: '0 16 * * *', cycle: 'R/P1D' }, 'schedules[0] needs exactly one of cron'],
    [{}, 'schedules[0] needs exactly one of cron'],
    [{ cron: '0 16 * * *', timeZone: 'Beijing' }, 'schedules[0].timeZone must be an IANA time zone'],
    [{ cycle: 'every day' }, 'schedules[0].cycle must be an ISO 8601 repeating interval'],
  ])('should name the schedule field for %j', (patch, message) => {
    // given
    const plugin = testPlugin({
      schedules: [{ id: 'daily', playbook: 'open-account', name: { en: 'Daily', 'zh-CN': '每日' }, ...patch }],
    });
    // when / then
    expect(validatePluginManifest(plugin)).toContainEqual(expect.stringContaining(`plugin "test-bank": ${message}`));
  });

  it('should name each bad field of the demo block', () => {
    // given
    const plugin = testPlugin({
      demo: {
        groups: [{ id: 'Branch 1', name: '', kind: 'branch', head: 'wang.branch', members: ['Sun Teller'] }],
        users: [{ username: 'Liu Lobby', displayName: 'Liu', groups: 'branch-01' as never }],
        starts: [{ playbook: 'close-day', startedBy: 'liu.lobby' }],
      },
    });
    // when
    const problems = validatePluginManifest(plugin).map((p) => p.replace('plugin "test-bank": ', ''));
    // then
    expect(problems).toEqual([
      'demo.groups[0].id must be a kebab-case group id (got "Branch 1")',
      'demo.groups[0].name must be a non-empty string',
      'demo.groups[0].members[0] must be a username (got "Sun Teller")',
      'demo.users[0].username must be a lower-case username (got "Liu Lobby")',
      'demo.users[0].groups must be an array of group ids',
      "demo.starts[0].playbook must be the id of one of the plugin's playbooks",
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
