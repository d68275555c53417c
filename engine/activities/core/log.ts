import type { CoreActivityDefinition } from './core-activity.js';

export interface LogInput {
  message?: string;
  level?: 'info' | 'warn' | 'error';
  [field: string]: unknown;
}

/** `core.log@1`: writes its input to the engine logger; returns nothing to merge. */
export const logActivity: CoreActivityDefinition = {
  name: 'log',
  major: 1,
  description: 'Writes a line to the worker log.',
  create: (deps) => async (input: unknown) => {
    const { message = 'process log', level = 'info', ...fields } = (input ?? {}) as LogInput;
    const write = level === 'error' ? deps.logger.error : level === 'warn' ? deps.logger.warn : deps.logger.info;
    write.call(deps.logger, String(message), fields);
    return {};
  },
};
