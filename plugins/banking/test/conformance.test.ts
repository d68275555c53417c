// Manifest, schemas, forms, playbooks and every golden run beside the playbooks. The complaint,
// lobby-day and counter playbooks call the core incident-response, so the runs deploy it and
// know its incident-case form.
import { describePluginConformance } from '../../../engine/plugin-api/testing/index.js';
import { bankingPlugin } from '../plugin.js';

describePluginConformance(bankingPlugin, {
  extraProcesses: [new URL('../../../workflows/incident-response/', import.meta.url)],
  extraForms: [new URL('../../../workflows/incident-response/forms/incident-case.schema.json', import.meta.url)],
});
