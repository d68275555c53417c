import { ApplicationFailure, condition, log, setHandler } from '@temporalio/workflow';
import type { Engine } from './engine.js';
import {
  UpdateRejection,
  cancelProcessSignal,
  completeTaskUpdate,
  messageSignal,
  processStateQuery,
  addCoSignerUpdate,
  reassignTaskUpdate,
  retryIncidentUpdate,
  sendBackTaskUpdate,
  withdrawProcessUpdate,
} from './messages.js';
import { describeProcess } from './process-state.js';

function requireRunning(engine: Engine): void {
  if (engine.status !== 'running' || engine.cancelling) {
    throw ApplicationFailure.nonRetryable(`The process is ${engine.status}`, UpdateRejection.processNotRunning);
  }
}

/** Registers the query, updates and signals of messages.ts on this run. */
export function installMessageHandlers(engine: Engine, cancelProcess: (reason?: string) => void): void {
  setHandler(processStateQuery, () => describeProcess(engine));

  setHandler(completeTaskUpdate, (req) => engine.tasks.complete(req, (done) => condition(done)), {
    validator: (req) => {
      requireRunning(engine);
      engine.tasks.validateCompletion(req);
    },
  });

  setHandler(reassignTaskUpdate, async (req) => engine.tasks.reassign(req), {
    validator: (req) => {
      requireRunning(engine);
      engine.tasks.validateReassign(req);
    },
  });

  setHandler(sendBackTaskUpdate, (req) => engine.tasks.sendBack(req, (done) => condition(done)), {
    validator: (req) => {
      requireRunning(engine);
      engine.tasks.validateSendBack(req);
    },
  });

  setHandler(addCoSignerUpdate, async (req) => engine.tasks.addCoSigner(req), {
    validator: (req) => {
      requireRunning(engine);
      engine.tasks.validateAddCoSigner(req);
    },
  });

  setHandler(
    withdrawProcessUpdate,
    async (req) => {
      log.info('process withdrawn by its requester', { actor: req.actor, reason: req.reason });
      cancelProcess(req.reason ?? 'withdrawn');
      return { withdrawn: true as const };
    },
    {
      validator: (req) => {
        requireRunning(engine);
        if (!req || req.actor !== engine.input.startedBy || engine.state.acted) {
          throw ApplicationFailure.nonRetryable(
            'Only the requester can withdraw, and only before anyone claimed or completed a task',
            UpdateRejection.withdrawNotAllowed,
          );
        }
      },
    },
  );

  setHandler(retryIncidentUpdate, async (req) => engine.incidents.requestRetry(req), {
    validator: (req) => {
      requireRunning(engine);
      engine.incidents.validateRetry(req);
    },
  });

  setHandler(messageSignal, (message) => {
    // Signals cannot be rejected; a malformed one is logged and dropped.
    if (!message || typeof message.messageName !== 'string') {
      log.warn('ignored malformed message signal', { message: JSON.stringify(message ?? null).slice(0, 200) });
      return;
    }
    engine.messages.deliver({
      messageName: message.messageName,
      ...(message.correlationKey !== undefined ? { correlationKey: String(message.correlationKey) } : {}),
      ...(message.payload && typeof message.payload === 'object' ? { payload: message.payload } : {}),
    });
  });

  setHandler(cancelProcessSignal, (req) => {
    log.info('process cancel requested', { reason: req?.reason, actor: req?.actor });
    cancelProcess(req?.reason);
  });
}
