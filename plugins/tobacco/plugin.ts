/**
 * The Tobacco plugin (tobacco retail customer managers, 卷烟零售客户经理): one typed manifest. The
 * platform loads it from plugins/tobacco/plugin.ts; see docs/plugin-guide.md and this folder's
 * README for the seed rules behind every step, time and checklist.
 */
import { definePlugin } from '../../engine/plugin-api/index.js';
import { assessRoutineVisit } from './activities/assess-routine-visit.js';
import { assessSpecialVisitTrigger } from './activities/assess-special-visit-trigger.js';
import { buildComplaintReport } from './activities/build-complaint-report.js';
import { compileDailyReport } from './activities/compile-daily-report.js';
import { computeAgreementProgress } from './activities/compute-agreement-progress.js';
import { computeIndicatorVariance } from './activities/compute-indicator-variance.js';
import { computeOnboardingDeadlines } from './activities/compute-onboarding-deadlines.js';
import { computeOrderRates } from './activities/compute-order-rates.js';
import { planWorkingDay } from './activities/plan-working-day.js';
import { resolveReviewPeriod } from './activities/resolve-review-period.js';
import { scoreClassification } from './activities/score-classification.js';

const form = (name: string) => new URL(`./forms/${name}.schema.json`, import.meta.url);
const playbook = (name: string) => new URL(`./playbooks/${name}.bpmn`, import.meta.url);

/** The demo district's people: the platform's tobacco-district-03 (li.district, zhou.manager) and ours. */
const DISTRICT = { cm: 'zhou.manager', leader: 'li.district', marketManager: 'sun.market' } as const;

export const tobaccoPlugin = definePlugin({
  id: 'tobacco',
  version: '0.1.0',
  name: { en: 'Tobacco retail customer managers', 'zh-CN': '卷烟零售客户经理' },
  description: {
    en: 'The tobacco customer manager\'s "7-10-7": routine retail visits with the display check, special visits on complaints and abnormal orders, new-retailer onboarding with the one-week business format, classification scoring signed by the retailer, the ten daily steps with the 16:00 report, and the weekly and monthly reviews.',
    'zh-CN':
      '卷烟客户经理"七、十、七"工作法:正常拜访(查看出样)、特殊拜访(投诉、订货异常、不规范经营)、新入网客户(一周内维护经营业态)、客户分类打分评定(客户签字确认)、十项工作步骤(16:00汇报)、周/月总结与计划。',
  },
  activities: {
    assessRoutineVisit,
    assessSpecialVisitTrigger,
    buildComplaintReport,
    computeOnboardingDeadlines,
    scoreClassification,
    planWorkingDay,
    compileDailyReport,
    computeOrderRates,
    computeAgreementProgress,
    resolveReviewPeriod,
    computeIndicatorVariance,
  },
  forms: [
    form('routine-visit'),
    form('special-visit'),
    form('monopoly-referral'),
    form('new-retailer'),
    form('classification-score'),
    form('daily-routine'),
    form('period-review'),
  ],
  playbooks: [
    {
      id: 'routine-visit',
      file: playbook('routine-visit'),
      name: { en: 'Routine retail visit', 'zh-CN': '正常拜访(查看出样)' },
      description: {
        en: 'Kit and latest information; the seven visit contents with the display check, information provided and collected and business guidance; at least 8 minutes; questions not solved on the spot go to the leader and back to the retailer; irregular business goes to the monopoly department.',
        'zh-CN':
          '清点工具、准备资讯;按问、看、介、整、收、答、记七项内容拜访,查看出样、提供资讯、收集信息、指导经营;每户不少于8分钟;不能现场解决的问题请示领导后答复客户;不规范经营报专卖部门。',
      },
    },
    {
      id: 'special-visit',
      file: playbook('special-visit'),
      name: { en: 'Special visit (complaint, abnormal order, irregular business)', 'zh-CN': '特殊拜访' },
      description: {
        en: 'Immediate visit on a complaint, a clearly abnormal order, irregular-business information or a request; an order that is not clearly abnormal is settled by phone; what cannot be solved on the spot goes to the leader through the core incident-response; irregular business to the monopoly department.',
        'zh-CN':
          '接到投诉、订货明显异常、不规范经营信息或客户提出需求时立即特殊拜访;非明显异常的订货电话沟通;不能现场解决的请示领导(调用事件处理流程)后答复客户;不规范经营报专卖部门。',
      },
    },
    {
      id: 'monopoly-referral',
      file: playbook('monopoly-referral'),
      name: { en: 'Customer-information form to the monopoly department', 'zh-CN': '客户信息沟通表(专销联动)' },
      description: {
        en: 'Irregular business (licence without shop, address mismatch, transfer, relocation, one licence for several shops, ceased, transfer without formalities) and counterfeit/smuggled/non-channel cigarettes go to the monopoly department, which reports back.',
        'zh-CN':
          '有证无店、证址不符、转让、搬迁、一证多店、停止经营、未办理转让手续及假、私、非卷烟,通过客户信息沟通表反馈专卖部门处理,专卖部门反馈处理情况。',
      },
    },
    {
      id: 'new-retailer-onboarding',
      file: playbook('new-retailer-onboarding'),
      name: { en: 'New retailer onboarding', 'zh-CN': '新入网客户' },
      description: {
        en: "Registration on the licence day and to the market manager's shared folder; new-retailer guidance; business format within one week, else escalated to the leader; first classification scoring signed by the retailer.",
        'zh-CN':
          '领证当天登记并发送市场经理共享文档;新入网客户指导;一周内维护经营业态,超时转领导督办;首次分类打分评定,客户签字确认。',
      },
    },
    {
      id: 'classification-scoring',
      file: playbook('classification-scoring'),
      name: { en: 'Retailer classification scoring', 'zh-CN': '客户分类打分评定' },
      description: {
        en: 'Score the retailer item by item, explain the deductions, the retailer signs or objects (re-check); category from business format, market type and score; supply combination, service and supply plans.',
        'zh-CN':
          '逐项打分评定,说明扣分原因,客户签字确认(有异议则复核);按业态、城乡、得分确定类别;确定供货组合、服务计划和货源供应计划。',
      },
    },
    {
      id: 'daily-routine',
      file: playbook('daily-routine'),
      name: { en: "Customer manager's ten daily steps", 'zh-CN': '十项工作步骤' },
      description: {
        en: 'Morning meeting before 8:00, visit schedule by 8:30, kit, first retailer by 9:30, field visits until 15:00, the 10-item report at 16:00 (late: the leader is told), order check, forecast forms on days 1–10, tomorrow and the work log.',
        'zh-CN':
          '8:00前晨会、8:30前拜访日程、清点工具、9:30前到达第一户、15:00结束拜访、16:00汇报十项内容(超时通知领导)、订单核查、每月1—10日填写预测表格、准备明日资料及工作日志。',
      },
    },
    {
      id: 'period-review',
      file: playbook('period-review'),
      name: { en: 'Weekly and monthly review (handover variant)', 'zh-CN': '周/月总结与计划' },
      description: {
        en: "Weekly summary on Monday afternoon, monthly summary on the 1st, next month's visit plan on the last working day, to the market manager, who reviews at the weekly sales meeting; open matters carry into the next period. The tobacco documents describe no shift handover: this is its closest routine.",
        'zh-CN':
          '每周一下午周总结、每月1日下午月总结、每月最后一个工作日次月拜访计划,提交市场经理在周销售例会点评审定;未结事项移交下期。烟草资料未描述交接班,以此为最接近的例行工作。',
      },
    },
  ],
  schedules: [
    {
      id: 'daily-routine-workdays',
      playbook: 'daily-routine',
      cron: '30 7 * * 1-5',
      name: { en: 'Ten daily steps, working days 07:30', 'zh-CN': '十项工作步骤(工作日07:30)' },
      description: {
        en: "Starts the day before the 8:00 morning meeting so the visit schedule (due 8:30) is in the manager's inbox; a weekend start ends at once.",
        'zh-CN': '8:00晨会前开始,拜访日程(8:30前)进入客户经理待办;周末启动即结束。',
      },
      source: '003_6bb8784453a9b790.txt 第五篇 二、日常工作流程 (一)按时到岗参加晨会、(二)精心制作拜访日程',
      variables: { scheduled: true, cm: DISTRICT.cm, leader: DISTRICT.leader },
    },
    {
      id: 'weekly-summary',
      playbook: 'period-review',
      cron: '0 14 * * 1',
      name: { en: 'Weekly summary, Monday 14:00', 'zh-CN': '周总结与分析(每周一下午)' },
      source: '003_6bb8784453a9b790.txt 第五篇 一、月度工作要点 (一) 2、每周一下午填写周总结与分析',
      variables: { kind: 'week', scheduled: true, cm: DISTRICT.cm, marketManager: DISTRICT.marketManager },
    },
    {
      id: 'monthly-summary',
      playbook: 'period-review',
      cron: '0 14 1 * *',
      name: { en: 'Monthly summary, 1st 14:00', 'zh-CN': '月总结与分析(每月1日下午)' },
      source: '003_6bb8784453a9b790.txt 第五篇 一、月度工作要点 (一) 1、每月1日下午填写月总结与分析',
      variables: { kind: 'month', scheduled: true, cm: DISTRICT.cm, marketManager: DISTRICT.marketManager },
    },
    {
      id: 'next-month-visit-plan',
      playbook: 'period-review',
      cron: '0 9 26-31 * *',
      name: { en: "Next month's visit plan, last working day", 'zh-CN': '次月月度拜访计划(每月最后一个工作日)' },
      description: {
        en: 'Cron cannot say "last working day": it starts on days 26–31 and the process ends at once unless the day is the last Monday–Friday of the month.',
        'zh-CN': 'cron无法表达"最后一个工作日":每月26—31日启动,非本月最后一个工作日(周一至周五)即结束。',
      },
      source: '003_6bb8784453a9b790.txt 第五篇 一、月度工作要点 (一) 7、每月最后一个工作日填制次月月度拜访计划',
      variables: { kind: 'nextMonthPlan', scheduled: true, cm: DISTRICT.cm, marketManager: DISTRICT.marketManager },
    },
  ],
  demo: {
    groups: [
      { id: 'tobacco-leaders', name: '营销部领导 Marketing Leaders', kind: 'team', head: 'li.district' },
      { id: 'tobacco-market-managers', name: '市场经理 Market Managers', kind: 'team', head: 'sun.market' },
      { id: 'tobacco-monopoly', name: '专卖管理科 Monopoly Department', kind: 'department', head: 'qin.monopoly' },
    ],
    users: [
      { username: 'he.chief', displayName: '何营销科长 Marketing Section Chief He', groups: ['tobacco-leaders'] },
      { username: 'sun.market', displayName: '孙市场经理 Market Manager Sun', groups: ['tobacco-market-managers'] },
      { username: 'qin.monopoly', displayName: '秦专卖科长 Monopoly Officer Qin', groups: ['tobacco-monopoly'] },
    ],
    starts: [
      {
        playbook: 'routine-visit',
        startedBy: 'zhou.manager',
        businessKey: 'ZCBF-320505100123',
        variables: {
          ...DISTRICT,
          retailer: {
            id: '320505100123',
            name: '金鸡湖便利店',
            address: '苏州工业园区星湖街88号',
            marketArea: 'urban',
            keyCustomer: true,
          },
        },
      },
      {
        playbook: 'special-visit',
        startedBy: 'zhou.manager',
        businessKey: 'TSBF-320505100456',
        variables: {
          ...DISTRICT,
          siteId: 'tobacco-district-03',
          retailer: {
            id: '320505100456',
            name: '东环路烟酒商行',
            address: '苏州市东环路1128号',
            contact: '13912345678',
          },
          trigger: {
            type: 'complaint',
            receivedAt: '2026-03-02T09:10:00+08:00',
            channel: 'hotline',
            description: '客户来电投诉:本周送货少了两条苏烟(五星红杉树),要求核实并补送。',
          },
        },
      },
      {
        playbook: 'monopoly-referral',
        startedBy: 'zhou.manager',
        businessKey: 'XXGT-320505100789',
        variables: {
          cm: DISTRICT.cm,
          retailer: { id: '320505100789', name: '斜塘副食品店', address: '苏州工业园区斜塘老街16号' },
          source: { process: 'other', foundBy: DISTRICT.cm },
          communication: {
            situations: ['addressMismatch'],
            details: '市管员反馈:该户已搬至斜塘街道淞江路,经营地址与许可证地址不符。',
            discoveredOn: '2026-03-02',
          },
        },
      },
      {
        playbook: 'new-retailer-onboarding',
        startedBy: 'zhou.manager',
        businessKey: 'RW-320505202603020017',
        variables: { ...DISTRICT, licenceNo: '320505202603020017' },
      },
      {
        playbook: 'classification-scoring',
        startedBy: 'zhou.manager',
        businessKey: 'FL-320505100123-2026Q1',
        variables: {
          ...DISTRICT,
          retailer: { id: '320505100123', name: '金鸡湖便利店', marketArea: 'urban' },
          businessFormat: 'convenienceStore',
          scoringPeriod: '2026年第一季度',
        },
      },
      {
        playbook: 'daily-routine',
        startedBy: 'zhou.manager',
        businessKey: 'RC-zhou.manager-today',
        variables: { cm: DISTRICT.cm, leader: DISTRICT.leader },
      },
      {
        playbook: 'period-review',
        startedBy: 'zhou.manager',
        businessKey: 'ZZJ-zhou.manager-week',
        variables: { kind: 'week', cm: DISTRICT.cm, marketManager: DISTRICT.marketManager },
      },
    ],
  },
});
