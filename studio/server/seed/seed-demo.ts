/**
 * Creates the demo organisation through the platform's services. Idempotent: existing
 * users and groups are kept, missing ones are added.
 */
import type { Platform } from '../platform.js';
import { demoGroups, demoPassword, demoUsers } from './demo-org.js';

export async function seedDemoOrg(
  platform: Pick<Platform, 'identity' | 'org'>,
): Promise<{ users: number; groups: number }> {
  const { identity, org } = platform;
  let users = 0;
  let groups = 0;
  const idOf = async (username: string) => (await org.userIdsByName([username])).get(username);
  // Heads and supervisors first, so references resolve.
  const ordered = [...demoUsers].sort((a, b) => Number(Boolean(a.supervisor)) - Number(Boolean(b.supervisor)));
  for (const u of ordered) {
    if (await idOf(u.username)) continue;
    const supervisorId = u.supervisor ? await idOf(u.supervisor) : undefined;
    await identity.createUser({ ...u, password: demoPassword(u.username), supervisorId });
    users++;
  }
  for (const g of demoGroups) {
    if (!(await org.groupExists(g.id))) {
      await org.createGroup({ id: g.id, name: g.name, kind: g.kind, headUserId: await idOf(g.head) });
      groups++;
    }
  }
  for (const u of demoUsers) {
    const id = await idOf(u.username);
    for (const g of u.groups) if (id) await org.addMember(g, id);
  }
  return { users, groups };
}
