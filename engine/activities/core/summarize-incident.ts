import { ApplicationFailure } from '@temporalio/activity';
import type { CoreIncidentReport } from '../../../forms/generated/index.js';
import incidentReportSchema from '../../../forms/incident-report.schema.json' with { type: 'json' };
import { createFormAjv } from '../../forms/index.js';
import type { CoreActivityDefinition } from './core-activity.js';

export interface SummarizeIncidentInput {
  /** A reviewed incident report (form `core/incident-report`). */
  report: CoreIncidentReport;
}

export interface SummarizeIncidentResult {
  /** One line for notifications and the instance list. */
  summary: string;
  severity: CoreIncidentReport['review']['severity'];
  /** High or critical, someone treated beyond first aid, or a follow-up date was set. */
  needsFollowUp: boolean;
  /** Photos and the signature, for archiving. */
  attachmentIds: string[];
}

const MAX_EXCERPT = 120;

// Compiled on first use: the report is checked at the boundary against the same schema its form uses.
let validateReport: ((data: unknown) => boolean) | undefined;

/** Builds the summary; exported for unit tests. */
export function summarizeIncident(report: CoreIncidentReport): SummarizeIncidentResult {
  const { severity } = report.review;
  const category = report.category === 'other' ? (report.categoryOther ?? 'other') : report.category;
  const excerpt =
    report.description.length > MAX_EXCERPT ? `${report.description.slice(0, MAX_EXCERPT - 1)}…` : report.description;
  const extras = [
    report.injury ? `injured: ${report.injury.personName} (${report.injury.treatment})` : undefined,
    report.photos?.length ? `${report.photos.length} photo(s)` : undefined,
    report.witnesses?.length ? `${report.witnesses.length} witness(es)` : undefined,
  ].filter(Boolean);
  const treatedBeyondFirstAid = report.injury?.treatment === 'clinic' || report.injury?.treatment === 'hospital';
  return {
    summary:
      `[${severity.toUpperCase()}] ${category} incident at ${report.location} on ${report.occurredAt.slice(0, 10)}: ${excerpt}` +
      (extras.length ? ` (${extras.join('; ')})` : ''),
    severity,
    needsFollowUp:
      severity === 'high' || severity === 'critical' || treatedBeyondFirstAid || Boolean(report.review.followUpBy),
    attachmentIds: [...(report.photos ?? []), report.reporterSignature],
  };
}

/** `core.summarizeIncident@1`: a one-line summary and follow-up flag of a reviewed incident report. */
export const summarizeIncidentActivity: CoreActivityDefinition = {
  name: 'summarizeIncident',
  major: 1,
  description: 'Summarizes a reviewed core/incident-report and says whether it needs a follow-up.',
  create: () => async (input: unknown) => {
    validateReport ??= createFormAjv().compile(incidentReportSchema);
    const report = (input as Partial<SummarizeIncidentInput> | null)?.report;
    if (!validateReport(report)) {
      throw ApplicationFailure.nonRetryable(
        'summarizeIncident needs { report } matching core/incident-report',
        'InvalidInput',
      );
    }
    return summarizeIncident(report as CoreIncidentReport);
  },
};
