import { workflowInfo } from '@temporalio/workflow';
import type { EngineSettings } from './process-input.js';

/**
 * When to yield and when to continue as new. Both decisions are made from deterministic
 * inputs only (step counts and the history length), never from wall-clock time, so a replay
 * takes exactly the same decisions.
 */
export class Pacing {
  private steps = 0;
  private lastHistoryLength = -1;
  /** Yields since the history length last moved: their markers reach the history only when the task completes. */
  private pendingMarkers = 0;

  constructor(private readonly settings: Required<EngineSettings>) {}

  /**
   * True when the token runner should yield (a no-op local activity) before the next node:
   * too many steps ran in one workflow task, so in-memory loops make progress in bounded
   * slices, stay clear of the 2 s deadlock detector, and their history shows they are alive.
   */
  shouldYield(): boolean {
    const length = workflowInfo().historyLength;
    if (length !== this.lastHistoryLength) {
      this.lastHistoryLength = length;
      this.steps = 0;
      this.pendingMarkers = 0;
    }
    if (++this.steps <= this.settings.maxStepsPerWorkflowTask) return false;
    this.steps = 0;
    this.pendingMarkers += 1;
    return true;
  }

  shouldContinueAsNew(): boolean {
    const info = workflowInfo();
    const expected = info.historyLength + this.pendingMarkers;
    return info.continueAsNewSuggested || expected >= this.settings.continueAsNewAfterEvents;
  }
}
