// Manifest, schemas, forms, playbooks and every golden run beside the playbooks. The tea-house
// handover calls the core shift-handover (which may call incident-response), so the runs deploy
// those processes and know the handover-record and incident-case forms.
import { describePluginConformance } from '../../../engine/plugin-api/testing/index.js';
import { hospitalityPlugin } from '../plugin.js';

describePluginConformance(hospitalityPlugin, {
  extraProcesses: [
    new URL('../../../workflows/shift-handover/process.bpmn', import.meta.url),
    new URL('../../../workflows/incident-response/', import.meta.url),
  ],
  extraForms: [
    new URL('../../../workflows/shift-handover/forms/handover-record.schema.json', import.meta.url),
    new URL('../../../workflows/incident-response/forms/incident-case.schema.json', import.meta.url),
  ],
});
