/**
 * `npm run demo -- <plugin>` against a running platform, through its public API only: seeds the
 * platform's demo organisation and the plugin's demo groups and staff, installs every playbook of
 * the plugin (forms, processes, schedules), then starts each of the manifest's demo starts as its
 * demo user and waits until the instance waits on a person, so the inbox shows real work.
 */
import { randomUUID } from 'node:crypto';
import type { PluginManifest } from '../../engine/plugin-api/index.js';
import { demoGroups, demoPassword, demoUsers } from '../../studio/server/seed/demo-org.js';

export interface DemoOptions {
  baseUrl: string;
  adminPassword: string;
  plugin: PluginManifest;
  log: (line: string) => void;
  /** How long one instance may take to reach its first user task. */
  waitMs?: number;
}

export interface DemoInstance {
  playbook: string;
  processKey: string;
  instanceId: string;
  businessKey?: string;
  startedBy: string;
  /** The user task it now waits on. */
  task: { id: string; nodeId: string; name: string | null; candidateGroups: string[]; assignee: string | null };
}

export interface DemoResult {
  usersCreated: string[];
  groupsCreated: string[];
  installed: Array<{ playbook: string; processKey: string; version: number; schedules: string[] }>;
  instances: DemoInstance[];
}

/** Why the demo stopped; `code` is machine-readable. */
export class DemoError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DemoError';
  }
}

interface Response {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of several routes
}

/** A logged-in API session (cookie + CSRF token); every POST carries a fresh Idempotency-Key. */
class Session {
  private constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string>,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<Session> {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) {
      throw new DemoError('DEMO_LOGIN_FAILED', `login as ${username} failed (${res.status}): ${await res.text()}`);
    }
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return new Session(baseUrl, { cookie, 'x-csrf-token': csrfToken });
  }

  async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...this.headers,
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text for the error message
    }
    return { status: res.status, body: parsed };
  }

  /** The call must answer one of `ok`; anything else stops the demo with the server's answer. */
  async expect(method: 'GET' | 'POST', path: string, body: unknown, ok: number[], what: string): Promise<Response> {
    const res = await this.call(method, path, body);
    if (!ok.includes(res.status)) {
      throw new DemoError(
        'DEMO_API_FAILED',
        `${what}: ${method} ${path} answered ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`,
      );
    }
    return res;
  }
}

/** Plugin playbooks without a demo start, which the demo would silently leave out. */
export function missingDemoStarts(plugin: PluginManifest): string[] {
  const started = new Set((plugin.demo?.starts ?? []).map((s) => s.playbook));
  return plugin.playbooks.map((p) => p.id).filter((id) => !started.has(id));
}

export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  const { plugin, log } = opts;
  const missing = missingDemoStarts(plugin);
  if (!plugin.demo || missing.length) {
    throw new DemoError(
      'DEMO_INCOMPLETE',
      `plugin ${plugin.id} has no demo start for playbook(s) ${missing.join(', ')}: add them to demo.starts in its plugin.ts`,
    );
  }
  const ready = await fetch(`${opts.baseUrl}/readyz`).catch(() => undefined);
  if (!ready || ready.status !== 200) {
    throw new DemoError(
      'DEMO_PLATFORM_DOWN',
      `the platform at ${opts.baseUrl} is not ready${ready ? ` (readyz ${ready.status})` : ''}: run \`npm start\` in another terminal first`,
    );
  }
  const admin = await Session.login(opts.baseUrl, 'admin', opts.adminPassword);
  const result: DemoResult = { usersCreated: [], groupsCreated: [], installed: [], instances: [] };

  log(`[1/3] demo organisation (platform demo org + ${plugin.id} staff)`);
  await seedOrganisation(admin, plugin, result);
  log(`      ${result.usersCreated.length} users and ${result.groupsCreated.length} groups added`);

  log(`[2/3] installing ${plugin.playbooks.length} playbooks of ${plugin.id}`);
  const keys = new Map<string, string>();
  for (const playbook of plugin.playbooks) {
    const res = await admin.expect(
      'POST',
      `/api/plugins/${plugin.id}/playbooks/${playbook.id}/install`,
      undefined,
      [201],
      `installing ${playbook.id}`,
    );
    const own = res.body.processes.at(-1) as { key: string; version: number };
    const schedules = (
      res.body.schedules as Array<{ id: string; cron?: string; cycle?: string; timeZone: string }>
    ).map((s) => `${s.id} (${s.cron ?? s.cycle} ${s.timeZone})`);
    keys.set(playbook.id, own.key);
    result.installed.push({ playbook: playbook.id, processKey: own.key, version: own.version, schedules });
    log(
      `      ${playbook.id} → ${own.key} v${own.version}${schedules.length ? `; schedules: ${schedules.join(', ')}` : ''}`,
    );
  }

  log(`[3/3] starting one instance of each playbook`);
  for (const start of plugin.demo.starts) {
    const processKey = keys.get(start.playbook)!;
    const starter = await Session.login(opts.baseUrl, start.startedBy, demoPassword(start.startedBy));
    const started = await starter.expect(
      'POST',
      `/api/processes/${processKey}/instances`,
      { variables: start.variables ?? {}, ...(start.businessKey ? { businessKey: start.businessKey } : {}) },
      [201],
      `starting ${start.playbook} as ${start.startedBy}`,
    );
    const instanceId = started.body.instanceId as string;
    const task = await firstWaitingTask(admin, processKey, instanceId, opts.waitMs ?? 60_000);
    result.instances.push({
      playbook: start.playbook,
      processKey,
      instanceId,
      ...(start.businessKey ? { businessKey: start.businessKey } : {}),
      startedBy: start.startedBy,
      task,
    });
    const who = task.assignee ?? (task.candidateGroups.join(', ') || 'see the task');
    log(`      ${start.playbook}: ${start.businessKey ?? instanceId} waits on "${task.name ?? task.nodeId}" (${who})`);
  }
  return result;
}

async function seedOrganisation(admin: Session, plugin: PluginManifest, result: DemoResult): Promise<void> {
  const users = [
    ...demoUsers.map((u) => ({ ...u, roles: u.roles as string[] })),
    ...(plugin.demo?.users ?? []).map((u) => ({ ...u, groups: [...u.groups], roles: ['staff'] })),
  ];
  const groups = [...demoGroups, ...(plugin.demo?.groups ?? [])];
  const existingUsers = new Set(
    (
      (await admin.expect('GET', '/api/users', undefined, [200], 'listing users')).body as Array<{ username: string }>
    ).map((u) => u.username),
  );
  // Supervisors before the staff that name them; group membership once the groups exist.
  const pending = users.filter((u) => !existingUsers.has(u.username));
  while (pending.length) {
    const next = pending.findIndex((u) => !u.supervisor || existingUsers.has(u.supervisor));
    if (next < 0) {
      throw new DemoError(
        'DEMO_ORG_INVALID',
        `demo users name unknown supervisors: ${pending.map((u) => `${u.username} → ${u.supervisor}`).join(', ')}`,
      );
    }
    const [user] = pending.splice(next, 1);
    await admin.expect(
      'POST',
      '/api/users',
      {
        username: user!.username,
        displayName: user!.displayName,
        password: demoPassword(user!.username),
        roles: user!.roles,
        ...(user!.supervisor ? { supervisor: user!.supervisor } : {}),
      },
      [201],
      `creating user ${user!.username}`,
    );
    existingUsers.add(user!.username);
    result.usersCreated.push(user!.username);
  }
  const existingGroups = new Set(
    ((await admin.expect('GET', '/api/groups', undefined, [200], 'listing groups')).body as Array<{ id: string }>).map(
      (g) => g.id,
    ),
  );
  for (const group of groups) {
    if (existingGroups.has(group.id)) continue;
    if (!existingUsers.has(group.head)) {
      throw new DemoError('DEMO_ORG_INVALID', `demo group ${group.id} names an unknown head ${group.head}`);
    }
    await admin.expect('POST', '/api/groups', group, [201], `creating group ${group.id}`);
    existingGroups.add(group.id);
    result.groupsCreated.push(group.id);
  }
  const memberships = [
    ...users.flatMap((u) => u.groups.map((group) => ({ group, username: u.username }))),
    ...(plugin.demo?.groups ?? []).flatMap((g) => (g.members ?? []).map((username) => ({ group: g.id, username }))),
  ];
  for (const { group, username } of memberships) {
    if (!existingUsers.has(username) || !existingGroups.has(group)) {
      throw new DemoError('DEMO_ORG_INVALID', `demo membership ${username} → ${group} names an unknown user or group`);
    }
  }
  for (const { group, username } of memberships) {
    await admin.expect('POST', `/api/groups/${group}/members`, { username }, [204], `adding ${username} to ${group}`);
  }
}

async function firstWaitingTask(
  admin: Session,
  processKey: string,
  instanceId: string,
  waitMs: number,
): Promise<DemoInstance['task']> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const tasks = await admin.expect(
      'GET',
      '/api/tasks?scope=all&sort=createdAt&order=desc&limit=200',
      undefined,
      [200],
      'listing tasks',
    );
    const open = (tasks.body.items as Array<DemoInstance['task'] & { instanceId: string; status: string }>).find(
      // Its own task, or one of a process it called (child instance ids extend the parent's).
      (t) => (t.instanceId === instanceId || t.instanceId.startsWith(`${instanceId}/`)) && t.status === 'open',
    );
    if (open) {
      const { id, nodeId, name, candidateGroups, assignee } = open;
      return { id, nodeId, name, candidateGroups, assignee };
    }
    const instance = await admin.expect('GET', `/api/instances/${instanceId}`, undefined, [200], 'reading instance');
    if (instance.body.incidents?.length) {
      throw new DemoError(
        'DEMO_INSTANCE_INCIDENT',
        `${processKey} ${instanceId} stopped with an incident: ${JSON.stringify(instance.body.incidents[0])}`,
      );
    }
    if (instance.body.status !== 'running') {
      throw new DemoError(
        'DEMO_INSTANCE_ENDED',
        `${processKey} ${instanceId} ended (${instance.body.status}) before any user task`,
      );
    }
    if (Date.now() > deadline) {
      throw new DemoError(
        'DEMO_INSTANCE_TIMEOUT',
        `${processKey} ${instanceId} has no waiting task after ${waitMs / 1000}s (active: ${JSON.stringify(instance.body.activeNodes)})`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
