import { condition } from '@temporalio/workflow';
import type { EngineSnapshot } from './engine-state.js';
import type { MessageDelivery } from './messages.js';

/** Messages no one waited for are kept (oldest dropped) so one arriving just early is not lost. */
const MAX_BUFFERED = 100;

/** What a catch event, receive task or listener waits for. */
export interface MessageSubscription {
  messageName: string;
  /** When set, only a message with this exact key matches. */
  correlationKey?: string;
}

export function matches(sub: MessageSubscription, m: MessageDelivery): boolean {
  return (
    m.messageName === sub.messageName && (sub.correlationKey === undefined || m.correlationKey === sub.correlationKey)
  );
}

/** The instance's message inbox: signals land here and subscriptions take from it in arrival order. */
export class MessageBox {
  constructor(private readonly state: EngineSnapshot) {}

  deliver(message: MessageDelivery): void {
    this.state.messages.push(message);
    if (this.state.messages.length > MAX_BUFFERED) this.state.messages.shift();
  }

  /** Removes and returns the oldest matching message. */
  take(sub: MessageSubscription): MessageDelivery | undefined {
    const i = this.state.messages.findIndex((m) => matches(sub, m));
    return i < 0 ? undefined : this.state.messages.splice(i, 1)[0];
  }

  /** Waits for a matching message; undefined when `stop()` became true first. */
  async waitFor(sub: MessageSubscription, stop: () => boolean = () => false): Promise<MessageDelivery | undefined> {
    let got: MessageDelivery | undefined;
    // Taking inside the predicate makes "first waiter in evaluation order wins" deterministic.
    await condition(() => (got ??= this.take(sub)) !== undefined || stop());
    return got;
  }
}
