// Golden runs of the shift handover on the time-skipping Temporal test server: one test per *.run.json here.
import { describeGoldenRuns } from '../../engine/plugin-api/testing/index.js';

// Every discrepancy starts incident-response through a call activity: the run deploys that
// folder's process too, and knows its form so the incidents' tasks can be completed.
describeGoldenRuns(new URL('.', import.meta.url), {
  extraProcesses: [new URL('../incident-response/', import.meta.url)],
  extraForms: [new URL('../incident-response/forms/incident-case.schema.json', import.meta.url)],
});
