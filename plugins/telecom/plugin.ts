/**
 * The Telecom plugin (telecom customer managers and key-account departments): one typed manifest.
 * The platform loads it from plugins/telecom/plugin.ts; see docs/plugin-guide.md and this folder's
 * README for the seed rules behind every step.
 */
import { definePlugin } from '../../engine/plugin-api/index.js';
import { analyseUsage } from './activities/analyse-usage.js';
import { buildEscalationReport } from './activities/build-escalation-report.js';
import { checkArrival } from './activities/check-arrival.js';
import { computeArrivalWindow } from './activities/compute-arrival-window.js';
import { computeWorkingDeadline } from './activities/compute-working-deadline.js';
import { planTakeover } from './activities/plan-takeover.js';
import { resolveReportingDay } from './activities/resolve-reporting-day.js';
import { reviewVisitConduct } from './activities/review-visit-conduct.js';
import { scoreSpecialist } from './activities/score-specialist.js';

const form = (name: string) => new URL(`./forms/${name}.schema.json`, import.meta.url);
const playbook = (name: string) => new URL(`./playbooks/${name}.bpmn`, import.meta.url);

export const telecomPlugin = definePlugin({
  id: 'telecom',
  version: '0.1.0',
  name: { en: 'Telecom customer managers', 'zh-CN': '电信客户经理' },
  description: {
    en: "Key-account onboarding, home visits with their arrival window, key-account on-site visits, churn care with escalation to the key-account supervisor, the account specialists' monthly assessment, and a client handover between customer managers.",
    'zh-CN':
      '大客户开发建档、入户服务（上门时间窗）、大客户上门走访、离网关怀（反馈大客户主管）、客户专员月度考核，以及客户经理之间的客户交接。',
  },
  activities: {
    computeArrivalWindow,
    checkArrival,
    reviewVisitConduct,
    analyseUsage,
    buildEscalationReport,
    computeWorkingDeadline,
    resolveReportingDay,
    scoreSpecialist,
    planTakeover,
  },
  forms: [
    form('home-visit'),
    form('missed-appointment'),
    form('key-account-visit'),
    form('churn-care'),
    form('key-account-onboarding'),
    form('assessment-roster'),
    form('specialist-assessment'),
    form('client-handover'),
  ],
  playbooks: [
    {
      id: 'key-account-onboarding',
      file: playbook('key-account-onboarding'),
      name: { en: 'Key-account onboarding', 'zh-CN': '大客户开发建档' },
      description: {
        en: 'The account specialist develops the client and fills the demand-analysis table; the key-account manager reviews and signs the agreement or returns or declines it; the customer manager creates the key-account file (affinity and business files) within two working days, then implements the solution with after-sales service.',
        'zh-CN':
          '客户专员开发新的目标客户并填写需求分析表；大客户经理审阅、签订协议（或退回、不予签约）；客户经理在2个工作日内建立大客户档案（亲情档案、业务档案），并协助实施整体解决方案、做好售后服务。',
      },
    },
    {
      id: 'home-visit',
      file: playbook('home-visit'),
      name: { en: 'Home visit (arrival window)', 'zh-CN': '入户服务' },
      description: {
        en: 'Appointment first; the visit kit and the time are checked; the arrival window (aim T−5, accepted T±10) comes from the agreed time; a missed window is handled as the rules say (tell the client, book again; only client-side reasons excuse it); entry with permission; requests not solved in the home go through the company process.',
        'zh-CN':
          '先执行预约服务；准备走访必备物品并确认能否按时到达；按约定时间计算上门时间窗（提前5分钟，误差前后不超过10分钟）；失约时告知客户原因、再次预约（除客户方原因外不得失约）；征得许可后入户；不能现场解决的问题按公司流程处理。',
      },
    },
    {
      id: 'key-account-visit',
      file: playbook('key-account-visit'),
      name: { en: 'Key-account on-site visit', 'zh-CN': '大客户上门走访' },
      description: {
        en: 'Purpose, BOSS queries and consumption analysis, appointment, arrival 5–15 minutes early, the visit (leaflets, demonstration, business, complaints, industry news), needs not solved on site to the key-account supervisor with the time limit told to the client, churn tendency to churn care, record and archive.',
        'zh-CN':
          '明确走访目的，通过BOSS系统查询资料并分析客户消费行为，与大客户预约，提前5—15分钟到达；送资料礼品、新业务演示、办理业务、受理投诉、了解行业动态；不能现场解决的需求告之时限并反馈大客户主管；离网倾向转离网关怀；记录归档。',
      },
    },
    {
      id: 'churn-care',
      file: playbook('churn-care'),
      name: { en: 'Churn care', 'zh-CN': '离网关怀' },
      description: {
        en: 'The telecom variant of incident response for the churn warning: usage and call-volume changes are analysed, the customer manager judges the churn tendency, the visit is mandatory and made with the chief customer manager, needs not solved on site go to the key-account supervisor (core incident-response) and the result is confirmed or reported.',
        'zh-CN':
          '离网预警的电信事件处理：统计分析业务使用和话务量的变化，客户经理判断是否确有离网倾向，实行离网必访并结合首席客户经理制挽留，不能现场解决的需求反馈大客户主管协调处理（调用核心事件处理流程），确认挽留结果或向主管领导汇报。',
      },
    },
    {
      id: 'specialist-assessment',
      file: playbook('specialist-assessment'),
      name: { en: 'Account-specialist monthly assessment', 'zh-CN': '客户专员月度考核' },
      description: {
        en: 'The key-account manager names the specialists; on the last working day of the month each reports the work done (late reports flagged); the manager scores visit targets 30%, expansion 30%, daily work 10% and other work 15%, or returns an incomplete report.',
        'zh-CN':
          '大客户经理确定考核名单；客户专员于每个月最后一个工作日上报工作完成情况（逾期标记并催报）；大客户经理按拜访目标指标30%、拓展指标30%、日常工作指标10%、其他工作15%评分，或退回补充。',
      },
    },
    {
      id: 'client-handover',
      file: playbook('client-handover'),
      name: { en: 'Client handover between customer managers', 'zh-CN': '客户经理客户交接' },
      description: {
        en: 'The telecom documents describe no shift handover; this is the closest routine they support. The outgoing customer manager hands over key-account files, open needs with the time limits told to clients, appointments and churn-care clients; the core shift-handover records, checks and signs; the incoming manager takes over in the order of the takeover plan.',
        'zh-CN':
          '电信文件未规定交接班，此为依其规定整理的最接近的做法：移交客户经理移交大客户档案、告之客户解决时限的未结需求、已约定的上门时间和离网关怀客户；调用核心交接班流程逐项核对、双方签字；接手客户经理按接手计划的先后跟进。',
      },
    },
  ],
  schedules: [
    {
      id: 'monthly-specialist-assessment',
      playbook: 'specialist-assessment',
      cron: '0 9 20 * *',
      name: { en: 'Account-specialist monthly assessment', 'zh-CN': '客户专员月度考核' },
      description: {
        en: "Opens the month's assessment on the 20th at 09:00 so the key-account manager can name the specialists; the process then waits for the last working day of the month, the reporting day (a cron cannot name the last working day).",
        'zh-CN': '每月20日09:00开启当月考核，由大客户经理确定考核名单；流程随后等待当月最后一个工作日（上报日）。',
      },
      source:
        '001_9529542b36723db8.txt 大客户部各岗位职责及服务规范 每个月最后一个工作日，客户专员需要上报其工作完成情况 (L528)',
    },
  ],
  demo: {
    groups: [
      { id: 'telecom-ka-supervisors', name: '大客户主管 Key-Account Supervisors', kind: 'team', head: 'ma.kasup' },
      { id: 'telecom-ka-managers', name: '大客户经理 Key-Account Managers', kind: 'department', head: 'he.kam' },
      { id: 'telecom-account-specialists', name: '大客户部客户专员 Account Specialists', kind: 'team', head: 'he.kam' },
      { id: 'telecom-chief-cms', name: '首席客户经理 Chief Customer Managers', kind: 'team', head: 'song.chief' },
    ],
    users: [
      { username: 'he.kam', displayName: '何大客户经理 Key-Account Manager He', groups: ['telecom-ka-managers'] },
      {
        username: 'ma.kasup',
        displayName: '马大客户主管 Key-Account Supervisor Ma',
        groups: ['telecom-ka-supervisors'],
        supervisor: 'he.kam',
      },
      {
        username: 'lin.specialist',
        displayName: '林客户专员 Account Specialist Lin',
        groups: ['telecom-account-specialists'],
        supervisor: 'he.kam',
      },
      {
        username: 'zhang.specialist',
        displayName: '张客户专员 Account Specialist Zhang',
        groups: ['telecom-account-specialists'],
        supervisor: 'he.kam',
      },
      {
        username: 'song.chief',
        displayName: '宋首席客户经理 Chief Customer Manager Song',
        groups: ['telecom-chief-cms', 'telecom-key-accounts'],
        supervisor: 'zhao.team',
      },
      {
        username: 'wu.am',
        displayName: '吴客户经理 Account Manager Wu',
        groups: ['telecom-key-accounts'],
        supervisor: 'zhao.team',
      },
    ],
    starts: [
      {
        playbook: 'key-account-onboarding',
        startedBy: 'lin.specialist',
        businessKey: 'KA-DEMO-0001',
        variables: {
          specialist: 'lin.specialist',
          cm: 'qian.am',
          kam: 'he.kam',
          siteId: 'CD-GOV-ENT',
          prospect: { client: { name: '成都天府软件园管理有限公司', category: 'groupClient', industry: '园区运营' } },
        },
      },
      {
        playbook: 'home-visit',
        startedBy: 'qian.am',
        businessKey: 'RH-DEMO-0001',
        variables: {
          client: {
            name: '张秀兰',
            phone: '13912345678',
            address: '成都市武侯区桐梓林北路8号3栋2单元501',
            purpose: '上门办理3G卡并介绍家庭套餐',
          },
          cm: 'qian.am',
          supervisor: 'zhao.team',
          siteId: 'CD-WUHOU-01',
        },
      },
      {
        playbook: 'key-account-visit',
        startedBy: 'qian.am',
        businessKey: 'ZF-DEMO-0001',
        variables: {
          visit: {
            client: { name: '四川省高速公路建设开发集团有限公司', category: 'groupClient' },
            contactPerson: { name: '王志强', title: '办公室主任', role: 'unitContact' },
            trigger: 'servicePolicy',
          },
          cm: 'qian.am',
          supervisor: 'ma.kasup',
          siteId: 'CD-GOV-ENT',
        },
      },
      {
        playbook: 'churn-care',
        startedBy: 'qian.am',
        businessKey: 'LW-DEMO-0001',
        variables: {
          client: {
            name: '成都锦江宾馆有限责任公司',
            category: 'groupClient',
            contactPerson: '赵敏',
            phone: '13880012345',
          },
          usage: {
            previous: {
              callVolume: { longDistance: 9800, local: 31200, interZone: 5400 },
              servicesUsed: ['groupProducts', 'p2pSms', 'gprs', 'mms', 'mobileSecretary'],
            },
            current: {
              callVolume: { longDistance: 6200, local: 21800, interZone: 5600 },
              servicesUsed: ['groupProducts', 'p2pSms', 'gprs'],
            },
          },
          cm: 'qian.am',
          supervisor: 'ma.kasup',
          siteId: 'CD-GOV-ENT',
        },
      },
      {
        playbook: 'specialist-assessment',
        startedBy: 'he.kam',
        businessKey: 'KH-DEMO',
        variables: { kam: 'he.kam' },
      },
      {
        playbook: 'client-handover',
        startedBy: 'qian.am',
        businessKey: 'JJ-DEMO-QIAN',
        variables: { outgoing: 'qian.am', incoming: 'wu.am', supervisor: 'zhao.team', siteId: 'CD-GOV-ENT' },
      },
    ],
  },
});
