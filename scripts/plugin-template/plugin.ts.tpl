/**
 * The __TITLE__ plugin: one typed manifest. The platform loads it from plugins/__ID__/plugin.ts
 * (or from the npm package named in PLAYBOOK_PLUGINS); see docs/plugin-guide.md.
 */
import { definePlugin } from '__REPO__/engine/plugin-api/index.js';
import { scoreRequest } from './activities/score-request.js';

export const __CAMEL__Plugin = definePlugin({
  id: '__ID__',
  version: '0.1.0',
  name: { en: '__TITLE__', 'zh-CN': '__TITLE__' },
  description: {
    en: 'Sample plugin: service requests are scored, then reviewed by a manager.',
    'zh-CN': '示例插件：服务请求先自动评分，再由经理审核。',
  },
  activities: { scoreRequest },
  forms: [new URL('./forms/request-review.schema.json', import.meta.url)],
  playbooks: [
    {
      id: 'request-review',
      file: new URL('./playbooks/request-review.bpmn', import.meta.url),
      name: { en: 'Review a service request', 'zh-CN': '审核服务请求' },
      description: {
        en: 'Scores the request, asks a manager to approve or reject it, and gives up after 3 days.',
        'zh-CN': '为请求评分，由经理批准或驳回；3 天无人处理则关闭。',
      },
    },
  ],
  demo: {
    groups: [{ id: 'managers', name: '经理 Managers', kind: 'team', head: 'mia.manager' }],
    users: [
      { username: 'mia.manager', displayName: '米娅 Mia (manager)', groups: ['managers'] },
      { username: 'carl.clerk', displayName: '卡尔 Carl (clerk)', groups: [], supervisor: 'mia.manager' },
    ],
    starts: [
      {
        playbook: 'request-review',
        startedBy: 'carl.clerk',
        businessKey: 'REQ-DEMO-1',
        variables: { customer: 'Ada Lovelace', amount: 1200 },
      },
    ],
  },
});
