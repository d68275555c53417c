export { bundleEngineWorkflows, engineWorkflowsPath } from './bundle.js';
export { createEngineWorker, type EngineWorkerOptions } from './create-engine-worker.js';
