/**
 * The demo organisation serves the playbooks: every candidate group a playbook, the venue table or a
 * core call names exists in the demo (the plugin's groups or the platform's tea-house-01), every
 * demo user's group and supervisor exists, and every demo start is made by a demo user.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { demoGroups, demoUsers } from '../../../studio/server/seed/demo-org.js';
import { VENUE_ROLES } from '../data/venues.js';
import { hospitalityPlugin } from '../plugin.js';

const demo = hospitalityPlugin.demo;
const groups = new Set([...demoGroups.map((g) => g.id), ...demo.groups.map((g) => g.id)]);
const users = new Set([...demoUsers.map((u) => u.username), ...demo.users.map((u) => u.username)]);
const GROUP_INPUTS = ['shiftGroup', 'escalationGroup', 'incidentTriageGroup', 'triageGroup', 'callbackGroup'];

/** Literal candidate groups and literal group inputs of core calls in one BPMN file. */
async function groupsNamedIn(file: URL): Promise<string[]> {
  const xml = await readFile(file, 'utf8');
  const named = [...xml.matchAll(/candidateGroups="([^"=][^"]*)"/g)].flatMap((m) => m[1]!.split(','));
  for (const target of GROUP_INPUTS) {
    named.push(...[...xml.matchAll(new RegExp(`source="([^"=][^"]*)" target="${target}"`, 'g'))].map((m) => m[1]!));
  }
  return named.map((g) => g.trim());
}

describe('hospitality demo organisation', () => {
  it.each(hospitalityPlugin.playbooks.map((p) => [p.id, p.file] as const))(
    'should have every candidate group of %s in the demo',
    async (_id, file) => {
      for (const group of await groupsNamedIn(file)) expect(groups, `${group} is not a demo group`).toContain(group);
    },
  );

  it('should have every group of the venue table in the demo', () => {
    for (const venue of Object.values(VENUE_ROLES)) {
      for (const [role, value] of Object.entries(venue)) {
        if (role === 'name') continue;
        for (const group of String(value).split(',')) expect(groups, `${role}: ${group}`).toContain(group);
      }
    }
  });

  it('should name existing groups, heads and supervisors, and start as demo users', () => {
    for (const group of demo.groups) expect(users).toContain(group.head);
    for (const user of demo.users) {
      for (const group of user.groups) expect(groups).toContain(group);
      if (user.supervisor) expect(users).toContain(user.supervisor);
      expect(
        demoUsers.map((u) => u.username),
        `${user.username} repeats a platform user`,
      ).not.toContain(user.username);
    }
    for (const start of demo.starts) expect(users).toContain(start.startedBy);
  });

  it('should start every playbook once', () => {
    expect(demo.starts.map((s) => s.playbook).sort()).toEqual(hospitalityPlugin.playbooks.map((p) => p.id).sort());
  });
});
