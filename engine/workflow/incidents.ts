import { ApplicationFailure, condition, log } from '@temporalio/workflow';
import type { GraphNode } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import type { IncidentError } from './errors.js';
import { type Incident, type RetryIncidentRequest, type RetryIncidentResult, UpdateRejection } from './messages.js';

/**
 * Incidents: tokens parked on something a person must fix. The workflow never fails for a
 * bad expression or an exhausted activity; it shows an incident and waits for a retry.
 */
export class IncidentBook {
  constructor(private readonly engine: Engine) {}

  raise(token: TokenState, node: GraphNode, error: IncidentError): Incident {
    const incident: Incident = {
      incidentId: this.engine.nextId('i'),
      nodeId: node.id,
      kind: error.kind,
      message: error.message,
      errorCode: error.errorCode,
      createdAt: this.engine.nowIso(),
      retries: token.incidentCount ?? 0,
    };
    token.incidentId = incident.incidentId;
    token.incidentCount = (token.incidentCount ?? 0) + 1;
    this.engine.state.incidents[incident.incidentId] = { incident, tokenId: token.id };
    log.warn('incident raised', {
      incidentId: incident.incidentId,
      nodeId: node.id,
      kind: error.kind,
      message: error.message,
    });
    return incident;
  }

  list(): Incident[] {
    return Object.values(this.engine.state.incidents).map((e) => e.incident);
  }

  /** Waits until someone retries the token's incident; `parked` when continue-as-new comes first. */
  async waitForRetry(token: TokenState): Promise<'retry' | 'parked'> {
    const id = token.incidentId as string;
    const entry = this.engine.state.incidents[id];
    if (entry) await condition(() => entry.retryRequested === true || this.engine.draining);
    if (entry && !entry.retryRequested) return 'parked';
    delete this.engine.state.incidents[id];
    delete token.incidentId;
    return 'retry';
  }

  /** Removes incidents whose token is gone (interrupted or cancelled). */
  forgetToken(tokenId: string): void {
    for (const [id, e] of Object.entries(this.engine.state.incidents))
      if (e.tokenId === tokenId) delete this.engine.state.incidents[id];
  }

  validateRetry(req: RetryIncidentRequest): void {
    const entry = req && typeof req.incidentId === 'string' ? this.engine.state.incidents[req.incidentId] : undefined;
    if (!entry || entry.retryRequested) {
      throw ApplicationFailure.nonRetryable(`Incident ${req?.incidentId} is not open`, UpdateRejection.incidentNotOpen);
    }
  }

  requestRetry(req: RetryIncidentRequest): RetryIncidentResult {
    const entry = this.engine.state.incidents[req.incidentId];
    if (!entry)
      throw ApplicationFailure.nonRetryable(`Incident ${req.incidentId} is not open`, UpdateRejection.incidentNotOpen);
    entry.retryRequested = true;
    return { incidentId: req.incidentId, nodeId: entry.incident.nodeId };
  }
}
