/**
 * Notifications. In-app delivery (a row per recipient, read through the API) is built in;
 * email or SMS adapters are further `NotificationChannel`s, which plugins can supply.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Notification {
  kind: string;
  taskId?: string;
  instanceId?: string;
  message: string;
  createdBy?: string;
}

/** One way of reaching people; receives usernames. */
export interface NotificationChannel {
  name: string;
  send(usernames: string[], notification: Notification): Promise<void>;
}

export interface Notifier {
  notify(usernames: string[], notification: Notification): Promise<void>;
}

export class InAppChannel implements NotificationChannel {
  readonly name = 'in-app';
  constructor(private readonly db: Kysely<Database>) {}

  async send(usernames: string[], n: Notification): Promise<void> {
    if (usernames.length === 0) return;
    const users = await this.db
      .selectFrom('users')
      .select(['id', 'username'])
      .where('username', 'in', usernames)
      .execute();
    if (users.length === 0) return;
    await this.db
      .insertInto('notifications')
      .values(
        users.map((u) => ({
          id: randomUUID(),
          user_id: u.id,
          kind: n.kind,
          task_id: n.taskId ?? null,
          instance_id: n.instanceId ?? null,
          message: n.message,
          created_by: n.createdBy ?? null,
        })),
      )
      .execute();
  }
}

/** Sends through every channel; a failing channel is logged and does not stop the others. */
export class FanOutNotifier implements Notifier {
  constructor(
    private readonly channels: NotificationChannel[],
    private readonly onError: (channel: string, err: unknown) => void,
  ) {}

  async notify(usernames: string[], notification: Notification): Promise<void> {
    await Promise.all(
      this.channels.map((c) => c.send(usernames, notification).catch((err: unknown) => this.onError(c.name, err))),
    );
  }
}
