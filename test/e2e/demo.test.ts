/**
 * `npm run demo -- <plugin>` for every plugin of the repository, against a real platform (API,
 * engine worker, Temporal dev server): the demo org and each plugin's staff are created, every
 * playbook is installed, and each demo instance waits on a user task that a demo user sees in
 * their inbox. A second run adds no one and reuses the deployed versions.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoUsers } from '../../studio/server/seed/demo-org.js';
import { loadPlugins, type LoadedPlugins } from '../../studio/server/plugins-loader/index.js';
import { runDemo, type DemoResult } from '../../scripts/lib/demo.js';
import { ADMIN_PASSWORD, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const plugins: LoadedPlugins = await loadPlugins({ repoRoot });

describe('npm run demo', () => {
  let t: TestPlatform;
  const results = new Map<string, DemoResult>();

  beforeAll(async () => {
    t = await startTestPlatform({ plugins });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(plugins.all.map((p) => [p.manifest.id, p] as const))(
    'should seed, install and start every playbook of %s to a task its staff can see',
    async (id, loaded) => {
      // when
      const log: string[] = [];
      const result = await runDemo({
        baseUrl: t.baseUrl,
        adminPassword: ADMIN_PASSWORD,
        plugin: loaded.manifest,
        log: (line) => log.push(line),
        waitMs: 90_000,
      });
      results.set(id, result);
      // then every playbook is deployed and has one waiting instance
      expect(result.installed.map((i) => i.playbook).sort()).toEqual(loaded.manifest.playbooks.map((p) => p.id).sort());
      expect(result.instances.map((i) => i.playbook).sort()).toEqual(
        loaded.manifest.demo!.starts.map((s) => s.playbook).sort(),
      );
      // and each waiting task is in the inbox of a demo user of one of its candidate groups
      const members = [
        ...demoUsers.map((u) => ({ username: u.username, groups: u.groups })),
        ...(loaded.manifest.demo!.users ?? []).map((u) => ({ username: u.username, groups: [...u.groups] })),
        ...(loaded.manifest.demo!.groups ?? []).flatMap((g) =>
          (g.members ?? []).map((username) => ({ username, groups: [g.id] })),
        ),
      ];
      for (const instance of result.instances) {
        const { task } = instance;
        const who =
          task.assignee ?? members.find((m) => m.groups.some((g) => task.candidateGroups.includes(g)))?.username;
        expect(who, `${id}/${instance.playbook}: nobody in the demo can take "${task.name}"`).toBeDefined();
        const staff = await t.login(who!, demoPassword(who!));
        const inbox = await staff.get(`/api/tasks?scope=${task.assignee ? 'mine' : 'groups'}&limit=200`);
        expect(inbox.body.items.map((i: { id: string }) => i.id)).toContain(task.id);
      }
      expect(log.join('\n')).toContain(`[3/3] starting one instance of each playbook`);
    },
    300_000,
  );

  it('should add no one and deploy no new version when run again', async () => {
    // given
    const [first] = plugins.all;
    // when
    const again = await runDemo({
      baseUrl: t.baseUrl,
      adminPassword: ADMIN_PASSWORD,
      plugin: first!.manifest,
      log: () => undefined,
      waitMs: 90_000,
    });
    // then
    expect([again.usersCreated, again.groupsCreated]).toEqual([[], []]);
    expect(again.installed.map((i) => i.version)).toEqual(
      results.get(first!.manifest.id)!.installed.map((i) => i.version),
    );
  }, 300_000);

  it('should stop with DEMO_PLATFORM_DOWN and the command to run when nothing listens', async () => {
    // when
    const run = runDemo({
      baseUrl: 'http://127.0.0.1:9',
      adminPassword: ADMIN_PASSWORD,
      plugin: plugins.all[0]!.manifest,
      log: () => undefined,
    });
    // then
    await expect(run).rejects.toMatchObject({
      code: 'DEMO_PLATFORM_DOWN',
      message: expect.stringContaining('npm start'),
    });
  });
});
