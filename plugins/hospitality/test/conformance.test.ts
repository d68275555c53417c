// Manifest, schemas, forms, playbooks, demo starts and every golden run beside the playbooks. Three
// playbooks call core workflows: the tea-house handover calls shift-handover (which may call
// incident-response), the venue incident (and through it the 00:00 safety check) calls
// incident-response. The runs deploy those processes and know their forms.
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
