// Golden runs of the shift handover on the time-skipping Temporal test server: one test per *.run.json here.
import { definePlugin } from '../../engine/plugin-api/index.js';
import { describeGoldenRuns } from '../../engine/plugin-api/testing/index.js';

// Every discrepancy starts incident-response through a call activity. A golden run only deploys
// the .bpmn files of its own folder and the playbooks of the plugins it is given, so the incident
// workflow and its form come in packaged the way a plugin ships a playbook.
const incidentResponse = definePlugin({
  id: 'incident-response',
  version: '1.0.0',
  name: { en: 'Incident response', 'zh-CN': '事件处理' },
  description: {
    en: 'The core incident workflow, called by the shift handover.',
    'zh-CN': '核心事件处理流程，由交接班流程调用。',
  },
  activities: {},
  forms: [new URL('../incident-response/forms/incident-case.schema.json', import.meta.url)],
  playbooks: [
    {
      id: 'incident-response',
      file: new URL('../incident-response/process.bpmn', import.meta.url),
      name: { en: 'Incident response', 'zh-CN': '事件处理' },
      description: { en: 'Report, triage, resolve, callback, close.', 'zh-CN': '登记、分派、处理、回访、结案。' },
    },
  ],
});

describeGoldenRuns(new URL('.', import.meta.url), { plugins: [incidentResponse] });
