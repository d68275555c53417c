/**
 * One bundle with the interpreter and the hand-written workflows, for `--one-bundle` and for
 * bench-workflows.test.ts (one worker runs both). Not what run.ts measures by default: in this
 * bundle every hand-written run also instantiates the interpreter's modules (see workflows.ts).
 */
export { bpmnProcess } from '../../engine/workflow/index.js';
export { handWrittenTenSteps, handWrittenWaiting } from './workflows.js';
