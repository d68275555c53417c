import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.data/**',
      '.tools/**',
      '.test-data/**',
      '.scratch*/**',
      'studio/web/dist/**',
      'forms/generated/**',
      'test-artifacts/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests read JSON answers loosely; production code may not.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The determinism boundary: workflow code runs in Temporal's sandbox and is replayed.
    files: ['engine/workflow/**/*.ts'],
    ignores: ['engine/workflow/**/*.test.ts', 'engine/workflow/test-support/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: builtinModules.flatMap((m) => [m, `node:${m}`]),
          patterns: [
            {
              group: ['**/activities', '**/activities/**', '**/plugins/**', '**/studio/**'],
              allowTypeImports: true,
              message: 'Workflow code imports only types from activities, plugins and the server.',
            },
            {
              group: [
                'bpmn-moddle',
                'ajv',
                'ajv/*',
                'fastify',
                '@fastify/*',
                'kysely',
                'pg',
                '@electric-sql/*',
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
              ],
              message: 'Parse, validate and do I/O outside the workflow (in activities or the server).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'setInterval', 'require'],
    },
  },
);
