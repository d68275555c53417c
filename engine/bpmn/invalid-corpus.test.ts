import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileBpmn } from './index.js';
import { testContext } from './test-context.js';

interface ExpectedProblem {
  code: string;
  elementId?: string;
  line?: number;
}

const dir = new URL('./fixtures/invalid/', import.meta.url);
const cases = readdirSync(dir)
  .filter((file) => file.endsWith('.bpmn'))
  .map((file) => {
    const name = file.replace(/\.bpmn$/, '');
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as {
      description: string;
      problems: ExpectedProblem[];
    };
    return { name, xml: readFileSync(new URL(file, dir), 'utf8'), ...expected };
  });

describe('the invalid corpus', () => {
  it('should hold at least 20 diagrams', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('should report every expected problem for $name', async ({ xml, problems }) => {
    // when
    const result = await compileBpmn(xml, testContext());

    // then
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const problem of problems) {
      expect(result.problems).toContainEqual(expect.objectContaining({ severity: 'error', ...problem }));
    }
  });

  it.each(cases)('should give a position to every problem that names an element in $name', async ({ xml }) => {
    // when
    const result = await compileBpmn(xml, testContext());

    // then
    if (result.ok) throw new Error('expected problems');
    for (const problem of result.problems.filter((p) => p.elementId)) {
      expect(problem.line, `${problem.code} on ${problem.elementId}`).toBeGreaterThan(0);
      expect(problem.column).toBeGreaterThan(0);
    }
  });
});
