/**
 * Bundles workflow code for the engine benchmark the way engine/worker/bundle.ts bundles the
 * interpreter: our `.ts` sources are imported with `.js` suffixes, which webpack only
 * resolves with `extensionAlias`.
 */
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { engineWorkflowsPath } from '../../engine/worker/index.js';

export const benchEntries = {
  /** Path (a): the production interpreter bundle's entry, engine/workflow/index.ts. */
  interpreter: engineWorkflowsPath,
  /** Path (b): the hand-written workflows alone. */
  handWritten: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
  /** Both in one bundle (`--one-bundle`, and the test's single worker). */
  combined: fileURLToPath(new URL('./combined.ts', import.meta.url)),
};

export function bundleBenchWorkflows(
  workflowsPath: string,
  preloadModules: string[] = [],
): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath,
    ...(preloadModules.length ? { preloadModules } : {}),
    webpackConfigHook: (config) => {
      config.resolve = {
        ...config.resolve,
        extensionAlias: { '.js': ['.ts', '.js'], '.mjs': ['.mts', '.mjs'] },
      };
      // feelin and lezer-feel declare `sideEffects: false`, so webpack drops the bundler's bare
      // `require()` of a preloaded module and nothing is preloaded; keep such requires.
      if (preloadModules.length) config.optimization = { ...config.optimization, sideEffects: false };
      return config;
    },
    logger: quietBundlerLogger,
  });
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
