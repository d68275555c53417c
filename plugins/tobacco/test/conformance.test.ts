// Manifest, schemas, forms, playbooks and every golden run beside the playbooks. The special visit
// calls the core incident-response when a matter cannot be solved on the spot, so the runs deploy
// that process and know its incident-case form.
import { describePluginConformance } from '../../../engine/plugin-api/testing/index.js';
import { tobaccoPlugin } from '../plugin.js';

describePluginConformance(tobaccoPlugin, {
  extraProcesses: [new URL('../../../workflows/incident-response/process.bpmn', import.meta.url)],
  extraForms: [new URL('../../../workflows/incident-response/forms/incident-case.schema.json', import.meta.url)],
});
