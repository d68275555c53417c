// Manifest, schemas, forms, playbooks and every golden run beside the playbooks. Several playbooks
// call the core incident-response (needs not solved on site) and the client handover calls the core
// shift-handover, so the runs deploy those processes and know their forms.
import { describePluginConformance } from '../../../engine/plugin-api/testing/index.js';
import { telecomPlugin } from '../plugin.js';

describePluginConformance(telecomPlugin, {
  extraProcesses: [
    new URL('../../../workflows/shift-handover/process.bpmn', import.meta.url),
    new URL('../../../workflows/incident-response/', import.meta.url),
  ],
  extraForms: [
    new URL('../../../workflows/shift-handover/forms/handover-record.schema.json', import.meta.url),
    new URL('../../../workflows/incident-response/forms/incident-case.schema.json', import.meta.url),
  ],
});
