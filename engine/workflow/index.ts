/**
 * Workflow entry point: the bundler loads this file, so it exports the workflow function and
 * types only. Anything imported here ends up in the sandbox.
 */
export { bpmnProcess } from './bpmn-process.js';
export type { EngineSettings, ParentRef, ProcessInput, ProcessResult } from './process-input.js';
export type { EngineSnapshot } from './engine-state.js';
export type * from './messages.js';
