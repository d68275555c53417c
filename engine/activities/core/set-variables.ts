import { ApplicationFailure } from '@temporalio/activity';
import type { CoreActivityDefinition } from './core-activity.js';

/**
 * `core.setVariables@1`: returns its input object, which the service task merges into the
 * process variables (or maps with its outputs). Useful to set several variables in one step.
 */
export const setVariablesActivity: CoreActivityDefinition = {
  name: 'setVariables',
  major: 1,
  description: 'Merges its input object into the process variables.',
  create: () => async (input: unknown) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      throw ApplicationFailure.nonRetryable('setVariables needs an object input', 'InvalidInput');
    }
    return input;
  },
};
