/**
 * Every form source in the repository publishes, and its examples behave as their names say:
 * `valid-*.json` passes, `invalid-*.json` fails with exactly the errors in `*.expected.json`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFormDocument } from '../check-form-document.js';
import { compileForm } from '../compile-form.js';
import { validateSubmission } from '../validate-submission.js';
import { readAllFormSources } from './form-sources.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const sources = await readAllFormSources(repoRoot);
// Examples sit beside each form source folder: forms/examples, workflows/<w>/forms/examples, plugins/<p>/forms/examples.
const examplesDirOf = (source: string) => path.join(repoRoot, path.dirname(source), 'examples');

async function examplesOf(examplesDir: string, name: string): Promise<string[]> {
  try {
    return (await readdir(path.join(examplesDir, name)))
      .filter((f) => /^(valid|invalid)-.*(?<!\.expected)\.json$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;

describe('form sources', () => {
  it('should find the core forms', () => {
    expect(sources.map((s) => s.source)).toContain('forms/incident-report.schema.json');
  });

  it.each(sources.map((s) => [s.source, s] as const))('should publish %s', (_name, source) => {
    // when
    const result = checkFormDocument(source.document);
    // then
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(sources.map((s) => [s.source, s] as const))(
    'should have examples for %s that behave as named',
    async (_name, source) => {
      // given
      const checked = checkFormDocument(source.document);
      if (!checked.ok) throw new Error('not publishable');
      const form = compileForm(checked.document, 1);
      const name = path.basename(source.source, '.schema.json');
      const examplesDir = examplesDirOf(source.source);
      const files = await examplesOf(examplesDir, name);
      expect(files.some((f) => f.startsWith('valid-')) && files.some((f) => f.startsWith('invalid-'))).toBe(true);
      for (const file of files) {
        // when
        const result = validateSubmission(form, undefined, await readJson(path.join(examplesDir, name, file)), 'en');
        // then
        if (file.startsWith('valid-')) {
          expect({ file, errors: result.errors }).toEqual({ file, errors: [] });
        } else {
          const expected = (await readJson(
            path.join(examplesDir, name, file.replace(/\.json$/, '.expected.json')),
          )) as Array<{ pointer: string; code: string }>;
          const actual = result.errors.map(({ pointer, code }) => ({ pointer, code }));
          const key = (e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`;
          expect({ file, errors: actual.map(key).sort() }).toEqual({ file, errors: expected.map(key).sort() });
        }
      }
    },
  );
});
