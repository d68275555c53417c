/**
 * Bundles the interpreter workflow once per process. Our sources are `.ts` imported with
 * `.js` suffixes (NodeNext ESM), which webpack only resolves with `extensionAlias`.
 */
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/** Entry module of the workflow bundle. */
export const engineWorkflowsPath = fileURLToPath(new URL('../workflow/index.ts', import.meta.url));

let cached: Promise<WorkflowBundleWithSourceMap> | undefined;

/** Bundles engine/workflow (about 4 s); later calls in the same process reuse the result. */
export function bundleEngineWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  cached ??= bundleWorkflowCode({
    workflowsPath: engineWorkflowsPath,
    webpackConfigHook: (config) => {
      config.resolve = {
        ...config.resolve,
        extensionAlias: { '.js': ['.ts', '.js'], '.mjs': ['.mts', '.mjs'] },
      };
      return config;
    },
    logger: quietBundlerLogger,
  }).catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

// The bundler logs every module at info level; keep warnings and errors only.
const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string, meta?: Record<string, unknown>) => console.warn(message, meta ?? ''),
  error: (message: string, meta?: Record<string, unknown>) => console.error(message, meta ?? ''),
};
