import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, generateFormTypes } from './form-types.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('generateFormTypes', () => {
  it('should produce exactly the checked-in forms/generated files (run `npm run gen` when this fails)', async () => {
    // when
    const files = await generateFormTypes(repoRoot);
    // then
    expect([...files.keys()]).toEqual(expect.arrayContaining(['index.ts', 'core/incident-report.ts']));
    for (const [file, content] of files) {
      expect({ file, content }).toEqual({
        file,
        content: await readFile(path.join(repoRoot, GENERATED_DIR, file), 'utf8'),
      });
    }
  });

  it('should give each form one root type and export it from the index', async () => {
    // when
    const files = await generateFormTypes(repoRoot);
    // then
    expect(files.get('core/incident-report.ts')).toContain('export interface CoreIncidentReport {');
    expect(files.get('core/incident-report.ts')).toContain('injury?: {');
    expect(files.get('index.ts')).toContain("export type { CoreIncidentReport } from './core/incident-report.js';");
  });
});
