import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileBpmn, type CompileResult } from './index.js';
import { testContext } from './test-context.js';

// The BPMN MIWG reference models: descriptive diagrams drawn the way analysts draw. Read in
// place from the shared corpora folder next to the repository, never copied into it.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpora/bpmn-miwg-reference');
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.bpmn'))
  .sort();

async function compileAll(): Promise<Map<string, CompileResult>> {
  const results = new Map<string, CompileResult>();
  for (const file of files) {
    results.set(file, await compileBpmn(readFileSync(path.join(corpus, file), 'utf8'), testContext()));
  }
  return results;
}

describe('the BPMN MIWG reference corpus', () => {
  it('should compile every model without throwing, answering a graph or coded problems', async () => {
    // when
    const results = await compileAll();

    // then
    expect(results.size).toBeGreaterThanOrEqual(20);
    for (const [file, result] of results) {
      const all = result.ok ? result.warnings : [...result.problems, ...result.warnings];
      for (const problem of all) {
        expect(problem.code, file).toMatch(/^WF_(ERR|WARN)_BPMN_[A-Z_]+$/);
        expect(problem.code, `${file}: ${problem.message}`).not.toBe('WF_ERR_BPMN_INTERNAL');
        expect(problem.message.length, file).toBeGreaterThan(0);
      }
      if (result.ok) expect(Object.keys(result.graph.nodes).length, file).toBeGreaterThan(0);
      else expect(result.problems.length, file).toBeGreaterThan(0);
    }
  });

  it('should compile the simple analyst models after applying the documented defaults', async () => {
    // when
    const results = await compileAll();
    const compiled = [...results].filter(([, r]) => r.ok).map(([file]) => file);
    console.info(`MIWG reference models that compile: ${compiled.join(', ')} (${compiled.length}/${results.size})`);

    // then
    expect(compiled).toEqual(expect.arrayContaining(['A.1.0.bpmn', 'A.2.0.bpmn']));
    const a20 = results.get('A.2.0.bpmn');
    expect(a20?.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['WF_WARN_BPMN_UNTYPED_TASK', 'WF_WARN_BPMN_GATEWAY_OUTCOMES']),
    );
  });

  it('should point every problem about an element at that element', async () => {
    // when
    const results = await compileAll();

    // then
    for (const [file, result] of results) {
      if (result.ok) continue;
      for (const problem of result.problems.filter((p) => p.elementId)) {
        expect(problem.line, `${file} ${problem.code} ${problem.elementId}`).toBeGreaterThan(0);
      }
    }
  });
});
