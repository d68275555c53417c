/**
 * The Banking plugin (bank branch lobby, insurance / financial service counter, customer
 * managers): one typed manifest. The platform loads it from plugins/banking/plugin.ts; see
 * docs/plugin-guide.md and this folder's README for the seed rules behind every playbook.
 */
import { definePlugin } from '../../engine/plugin-api/index.js';
import { assessQueueActivity } from './activities/assess-queue.js';
import { computeCallbackDueActivity, reviewClientDocumentsActivity } from './activities/client-onboarding.js';
import { composeIncidentReportActivity } from './activities/compose-incident-report.js';
import { checkMorningMeetingActivity, planMorningMeetingActivity } from './activities/morning-meeting.js';
import { planBusinessDayActivity } from './activities/plan-business-day.js';
import { reconcileDailyCloseActivity } from './activities/reconcile-daily-close.js';
import { reconcileFloatActivity } from './activities/reconcile-float.js';
import { reviewChecklistActivity } from './activities/review-checklist.js';

const form = (name: string) => new URL(`./forms/${name}.schema.json`, import.meta.url);
const playbook = (name: string) => new URL(`./playbooks/${name}.bpmn`, import.meta.url);

export const bankingPlugin = definePlugin({
  id: 'banking',
  version: '0.1.0',
  name: { en: 'Banking branch', 'zh-CN': '银行网点' },
  description: {
    en: 'Bank lobby manager before opening, in business and at close; lobby complaints with escalation; severe-queue escalation at 20 minutes; counter opening from the vault, teller absence and daily clearance with cash reconciliation; the counter morning meeting; client onboarding with document review and same-day callback.',
    'zh-CN':
      '大堂经理营业前、营业中、营业终服务；大堂客户投诉处理与上报；严重排队升级（客户等待最长不超过20分钟）；柜面营业前金库领取资料、临时离柜、日清日结与现金核对；晨例会；客户资料审查、开户与当天回访。',
  },
  activities: {
    planBusinessDay: planBusinessDayActivity,
    reviewChecklist: reviewChecklistActivity,
    composeIncidentReport: composeIncidentReportActivity,
    assessQueue: assessQueueActivity,
    reconcileFloat: reconcileFloatActivity,
    reconcileDailyClose: reconcileDailyCloseActivity,
    planMorningMeeting: planMorningMeetingActivity,
    checkMorningMeeting: checkMorningMeetingActivity,
    reviewClientDocuments: reviewClientDocumentsActivity,
    computeCallbackDue: computeCallbackDueActivity,
  },
  forms: [
    form('lobby-daily-checklist'),
    form('lobby-complaint'),
    form('queue-observation'),
    form('counter-opening'),
    form('counter-daily-close'),
    form('teller-absence'),
    form('morning-meeting'),
    form('client-onboarding'),
  ],
  playbooks: [
    {
      id: 'lobby-daily-service',
      file: playbook('lobby-daily-service'),
      name: { en: 'Lobby manager business day', 'zh-CN': '大堂经理营业日服务' },
      description: {
        en: 'Before opening (14 checks of Art. 11–16, due at opening), during business (Art. 10, 17–29) and at closing (10 checks of Art. 30–34 with the opinion summary); a device not working before opening opens a core incident for the branch management.',
        'zh-CN':
          '营业前的服务（第十一至十六条14项，开门前完成）、营业中的服务（第十条、第十七至二十九条）、营业终的服务（第三十至三十四条10项及客户意见总结）；营业前发现设备不正常的，登记事件报网点负责人处理。',
      },
    },
    {
      id: 'lobby-complaint',
      file: playbook('lobby-complaint'),
      name: { en: 'Lobby complaint', 'zh-CN': '大堂客户投诉处理' },
      description: {
        en: 'The lobby manager receives the complaining customer in the meeting room, soothes them, serves tea and finds the cause; handles it on the spot, or reports a complaint that is hard to handle to the superior through the core incident-response (triage, resolution, callback).',
        'zh-CN':
          '大堂经理引导投诉客户到洽谈室，及时安抚、送上茶水、了解投诉原因；能处理的当场处理并回复客户，难以处理的及时向上级报告（调用核心事件处理流程：分派、处理、回访）。',
      },
    },
    {
      id: 'queue-escalation',
      file: playbook('queue-escalation'),
      name: { en: 'Severe queue escalation', 'zh-CN': '严重排队上报' },
      description: {
        en: 'A queue observation is assessed against the 20-minute longest wait: heavy flow, a projected wait over 20 minutes or a wait already over it is reported at once (hall → superior, counter → counter supervisor), the emergency plan is started and the queue measured again 20 minutes later.',
        'zh-CN':
          '按客户等待时间最长不超过20分钟评估排队情况：客流量大、预计等待超过20分钟或已超过的，立即上报（大厅报上级、柜面报柜面主管），启动应急方案，20分钟后复查。',
      },
    },
    {
      id: 'counter-opening',
      file: playbook('counter-opening'),
      name: { en: 'Counter opening from the vault', 'zh-CN': '柜面营业前准备' },
      description: {
        en: 'Environment and equipment checked (faults to the counter supervisor at once: emergency plan, repair, cost budget), vault opened, float, seals, cheques and vouchers taken out and signed for; the float is counted by denomination against last night’s count sheet, differences recounted or followed up; hall patrol before opening.',
        'zh-CN':
          '清洁环境、开启设备并检查（故障立即报告柜面主管：应急方案、报修、费用预算），打开金库门领取备用金、印章、支票、单证并签收；备用金按券别与上一营业日《每日现金盘点表》核对，差异重新清点或登记跟进；开门前大厅巡视。',
      },
    },
    {
      id: 'counter-closing',
      file: playbook('counter-closing'),
      name: { en: 'Counter daily clearance and handover', 'zh-CN': '柜面日清日结与交接' },
      description: {
        en: 'Daily clearance so that account, cash and vouchers agree (cash by denomination, cheques, POS, servicing items, float), differences recounted or followed up as an incident; filing and document handover by 一准二明三清, opinion book, log-out; the counter supervisor signs after the safety walk or returns the filing for correction.',
        'zh-CN':
          '日清日结，确保账、实（钱）、证三相符（现金按券别、支票、POS、保全项目、备用金），差异重新清点或登记事件跟进；档案物品整理、按“一准、二明、三清”移交资料、查看意见簿、退出系统；安全检查后柜面主管审核签字，或退回整改。',
      },
    },
    {
      id: 'teller-temporary-absence',
      file: playbook('teller-temporary-absence'),
      name: { en: 'Teller temporary absence', 'zh-CN': '临柜人员临时离柜' },
      description: {
        en: 'Before a teller leaves the counter briefly: cash, seals and important vouchers locked away, logged out, chair pushed in, service paused; the counter supervisor checks the safekeeping of the post’s important items, and a finding is corrected on return.',
        'zh-CN':
          '临柜人员确需临时离柜时：现金、印章、重要凭证入柜上锁，退出操作系统，座椅推放至桌肚内，暂停服务；柜面主管检查本岗位重要物品保管情况，发现问题返回后整改。',
      },
    },
    {
      id: 'morning-meeting',
      file: playbook('morning-meeting'),
      name: { en: 'Counter morning meeting', 'zh-CN': '晨例会' },
      description: {
        en: 'The morning-meeting group holds the five-item meeting, at most 20 minutes and ending 5 minutes before the counter opens; the record is checked against that window and a deviation goes to the counter supervisor.',
        'zh-CN':
          '晨会经营小组组织召开晨例会（五项内容），时间控制在20分钟以内、开门营业前5分钟结束；记录与时间要求核对，不符合的由柜面主管说明。',
      },
    },
    {
      id: 'client-onboarding',
      file: playbook('client-onboarding'),
      name: { en: 'Client onboarding and callback', 'zh-CN': '客户开户与回访' },
      description: {
        en: 'Banking trusted-client onboarding: high-end reception for invited clients, document review (handle, or tell the client and return the documents, or not eligible), account opening, same-day callback, periodic callback; returned clients are kept as prospects and followed up.',
        'zh-CN':
          '银行客户建档：邀请客户的迎接（钻石级出门迎接、引导进入理财中心），资料审查（及时办理，或明确告知并退还资料，或不具有申请资格），开户登记，当天回访，定期回访；未开户的留下联系方式跟进。',
      },
    },
  ],
  schedules: [
    {
      id: 'lobby-business-day',
      playbook: 'lobby-daily-service',
      cron: '30 8 * * *',
      name: { en: 'Lobby manager business day (before opening)', 'zh-CN': '大堂经理营业日（营业前）' },
      description: {
        en: 'Starts 30 minutes before the 09:00 opening; the end-of-business checks open at the 17:00 closing inside the same instance.',
        'zh-CN': '开门营业（09:00）前30分钟启动；营业终的服务在同一流程中于17:00营业结束时开始。',
      },
      source:
        '003_6bb8784453a9b790.txt 第五章 营业前的服务 (第十一条–第十六条) / 第七章 营业终的服务 (第三十条–第三十四条)',
      variables: { openingTime: '09:00', closingTime: '17:00', startTime: '08:30' },
    },
    {
      id: 'counter-morning-meeting',
      playbook: 'morning-meeting',
      cron: '30 8 * * *',
      name: { en: 'Counter morning meeting', 'zh-CN': '晨例会' },
      description: {
        en: 'Opens the meeting record before the window: for a 09:00 opening the meeting ends by 08:55 and runs at most 20 minutes (from 08:35).',
        'zh-CN': '在晨例会前生成记录任务：09:00开门营业时，晨例会须在08:55前结束，时长不超过20分钟（08:35开始）。',
      },
      source: '004_ca65cf65bca3c52c.txt 第一篇 一、營業前 1、組織柜員召開晨例會',
      variables: { openingTime: '09:00', startTime: '08:30' },
    },
    {
      id: 'counter-opening',
      playbook: 'counter-opening',
      cron: '30 8 * * *',
      name: { en: 'Counter opening from the vault', 'zh-CN': '柜面营业前准备' },
      description: {
        en: 'Environment, equipment, vault and materials before the 09:00 opening; every task is due at opening.',
        'zh-CN': '开门营业（09:00）前的环境、设备、金库及资料准备，各项任务在开门营业前完成。',
      },
      source: '004_ca65cf65bca3c52c.txt 第一篇 一、營業前 2–5',
      variables: { openingTime: '09:00', closingTime: '17:00', startTime: '08:30' },
    },
    {
      id: 'counter-daily-clearance',
      playbook: 'counter-closing',
      cron: '0 17 * * *',
      name: { en: 'Counter daily clearance', 'zh-CN': '柜面日清日结' },
      description: {
        en: 'Daily clearance, filing and handover when business ends at 17:00.',
        'zh-CN': '17:00营业结束后日清日结、整理交接。',
      },
      source: '004_ca65cf65bca3c52c.txt 第一篇 三、營業結束后 1–7',
    },
  ],
  demo: {
    groups: [
      { id: 'bank-lobby-managers', name: '大堂经理 Lobby Managers', kind: 'team', head: 'liu.lobby' },
      { id: 'bank-branch-managers', name: '网点负责人 Branch Management', kind: 'team', head: 'wang.branch' },
      { id: 'bank-counter-supervisors', name: '柜面主管 Counter Supervisors', kind: 'team', head: 'he.counter' },
      { id: 'bank-counter-guidance', name: '咨询引导岗 Guidance Post', kind: 'team', head: 'he.counter' },
      { id: 'bank-tellers', name: '柜员 Tellers', kind: 'team', head: 'he.counter' },
      { id: 'bank-morning-meeting-team', name: '晨会经营小组 Morning-Meeting Group', kind: 'team', head: 'he.counter' },
      { id: 'bank-customer-managers', name: '客户经理 Customer Managers', kind: 'team', head: 'wang.branch' },
    ],
    users: [
      {
        username: 'he.counter',
        displayName: '何柜面主管 Counter Supervisor He',
        groups: ['bank-counter-supervisors', 'bank-morning-meeting-team'],
        supervisor: 'wang.branch',
      },
      {
        username: 'ma.guide',
        displayName: '马引导员 Guidance Post Ma',
        groups: ['bank-counter-guidance'],
        supervisor: 'he.counter',
      },
      {
        username: 'zheng.teller',
        displayName: '郑柜员 Teller Zheng',
        groups: ['bank-tellers', 'bank-morning-meeting-team'],
        supervisor: 'he.counter',
      },
      {
        username: 'gao.lobby',
        displayName: '高大堂 Lobby Manager Gao',
        groups: ['bank-lobby-managers'],
        supervisor: 'wang.branch',
      },
      {
        username: 'song.deputy',
        displayName: '宋副行长 Deputy Manager Song',
        groups: ['bank-branch-managers'],
        supervisor: 'wang.branch',
      },
      {
        username: 'lin.cm',
        displayName: '林客户经理 Customer Manager Lin',
        groups: ['bank-customer-managers'],
        supervisor: 'wang.branch',
      },
    ],
    starts: [
      {
        playbook: 'lobby-daily-service',
        startedBy: 'liu.lobby',
        businessKey: 'LOBBY-DEMO-DAY',
        variables: {
          openingTime: '09:00',
          closingTime: '17:00',
          startTime: '08:30',
          lobbyManager: 'liu.lobby',
          branchHead: 'wang.branch',
          siteId: 'bank-branch-01',
          location: '城东支行营业大厅',
        },
      },
      {
        playbook: 'lobby-complaint',
        startedBy: 'liu.lobby',
        businessKey: 'CMP-DEMO-001',
        variables: {
          lobbyManager: 'liu.lobby',
          branchHead: 'wang.branch',
          siteId: 'bank-branch-01',
          location: '城东支行二号洽谈室',
        },
      },
      {
        playbook: 'queue-escalation',
        startedBy: 'ma.guide',
        businessKey: 'QUEUE-DEMO-001',
        variables: {
          area: 'counter',
          observer: 'ma.guide',
          counterSupervisor: 'he.counter',
          branchHead: 'wang.branch',
        },
      },
      {
        playbook: 'counter-opening',
        startedBy: 'he.counter',
        businessKey: 'CTR-OPEN-DEMO',
        variables: {
          openingTime: '09:00',
          closingTime: '17:00',
          startTime: '08:30',
          counterSupervisor: 'he.counter',
          guidanceStaff: 'ma.guide',
          cashier: 'sun.teller',
          branchHead: 'wang.branch',
          siteId: 'bank-branch-01',
          location: '城东支行保险服务柜面',
        },
      },
      {
        playbook: 'counter-closing',
        startedBy: 'he.counter',
        businessKey: 'CTR-CLOSE-DEMO',
        variables: {
          cashier: 'sun.teller',
          counterSupervisor: 'he.counter',
          branchHead: 'wang.branch',
          siteId: 'bank-branch-01',
          location: '城东支行保险服务柜面',
        },
      },
      {
        playbook: 'teller-temporary-absence',
        startedBy: 'sun.teller',
        businessKey: 'AWAY-DEMO-001',
        variables: { teller: 'sun.teller', post: 'receiptsPayments', counterSupervisor: 'he.counter' },
      },
      {
        playbook: 'morning-meeting',
        startedBy: 'he.counter',
        businessKey: 'MM-DEMO',
        variables: {
          openingTime: '09:00',
          startTime: '08:30',
          organiser: 'he.counter',
          counterSupervisor: 'he.counter',
        },
      },
      {
        playbook: 'client-onboarding',
        startedBy: 'lin.cm',
        businessKey: 'CLI-DEMO-001',
        variables: {
          customerManager: 'lin.cm',
          supervisor: 'wang.branch',
          closingTime: '17:00',
          client: {
            name: '陈先生',
            mobile: '13912345678',
            businessType: 'bankProduct',
            source: 'invited',
            tier: 'diamond',
            needs: '配置稳健型理财产品，金额约500万元。',
          },
        },
      },
    ],
  },
});
