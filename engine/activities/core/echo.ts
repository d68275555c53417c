import type { CoreActivityDefinition } from './core-activity.js';

/** `core.echo@1`: returns its input unchanged; the smallest possible service task. */
export const echoActivity: CoreActivityDefinition = {
  name: 'echo',
  major: 1,
  description: 'Returns its input unchanged.',
  create: () => async (input: unknown) => input,
};
