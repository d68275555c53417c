import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/activity';
import { describe, expect, it } from 'vitest';
import type { CoreIncidentReport } from '../../../forms/generated/index.js';
import { summarizeIncident, summarizeIncidentActivity } from './summarize-incident.js';

const example = async (name: string) =>
  JSON.parse(
    await readFile(path.resolve(import.meta.dirname, '../../../forms/examples/incident-report', name), 'utf8'),
  ) as CoreIncidentReport;

describe('core.summarizeIncident@1', () => {
  it('should summarize a reviewed report typed by the generated form types', async () => {
    // given
    const report = await example('valid-injury-with-photos.json');
    // when
    const result = summarizeIncident(report);
    // then
    expect(result).toEqual({
      summary:
        '[MEDIUM] Weather incident at Branch 3 lobby on 2026-03-02: A customer slipped on the wet floor near the entrance. ' +
        '(injured: 王芳 (first-aid); 2 photo(s); 1 witness(es))',
      severity: 'medium',
      needsFollowUp: true,
      attachmentIds: [...report.photos!, report.reporterSignature],
    });
  });

  it('should not ask for a follow-up on a low-severity report without injuries', async () => {
    // when
    const result = summarizeIncident(await example('valid-minor-no-injury.json'));
    // then
    expect(result).toMatchObject({ severity: 'low', needsFollowUp: false });
  });

  it('should reject input that is not a core/incident-report as a non-retryable failure', async () => {
    // given
    const run = summarizeIncidentActivity.create({} as never);
    // when
    const failure = await run({ report: { location: 'x' } }).catch((err: unknown) => err);
    // then
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'InvalidInput', nonRetryable: true });
  });
});
