/**
 * In-memory dependencies for plugin activities in tests and golden runs: blobs in a map,
 * notifications and log lines recorded, and a clock that reads the workflow's (skipped) time.
 */
import { Readable } from 'node:stream';
import { Context } from '@temporalio/activity';
import { MemoryLogger } from '../../activities/index.js';
import type {
  Clock,
  PluginActivityDeps,
  PluginBlobStore,
  PluginNotification,
  PluginNotifier,
  SecretSource,
} from '../activity-context.js';

export class MemoryBlobStore implements PluginBlobStore {
  readonly blobs = new Map<string, { body: Uint8Array; contentType: string }>();
  async put(key: string, body: Uint8Array, meta: { contentType: string }): Promise<void> {
    this.blobs.set(key, { body: new Uint8Array(body), contentType: meta.contentType });
  }
  async get(key: string): Promise<Readable | undefined> {
    const blob = this.blobs.get(key);
    return blob && Readable.from([Buffer.from(blob.body)]);
  }
  async delete(key: string): Promise<void> {
    this.blobs.delete(key);
  }
}

export class RecordingNotifier implements PluginNotifier {
  readonly sent: Array<{ usernames: string[]; notification: PluginNotification }> = [];
  async notify(usernames: string[], notification: PluginNotification): Promise<void> {
    this.sent.push({ usernames: [...usernames], notification });
  }
}

/**
 * When the current activity attempt was scheduled, on the server's clock. Under the
 * time-skipping server that is the workflow's time, so `ctx.clock.now()` agrees with timers.
 */
export const scheduledTimeClock: Clock = {
  now() {
    try {
      return new Date(Context.current().info.currentAttemptScheduledTimestampMs);
    } catch {
      return new Date();
    }
  },
};

export interface MemoryPluginDeps extends PluginActivityDeps {
  notifier: RecordingNotifier;
  blobStore: MemoryBlobStore;
  logger: MemoryLogger;
}

/** Fresh in-memory deps; pass `secrets` to give plugins the values they declare. */
export function memoryPluginDeps(secrets?: SecretSource): MemoryPluginDeps {
  return {
    notifier: new RecordingNotifier(),
    blobStore: new MemoryBlobStore(),
    logger: new MemoryLogger(),
    clock: scheduledTimeClock,
    ...(secrets ? { secrets } : {}),
  };
}
