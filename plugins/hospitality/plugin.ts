/**
 * The Hospitality plugin (restaurant, tea house, KTV): one typed manifest. The platform loads it from
 * plugins/hospitality/plugin.ts; see docs/plugin-guide.md and this folder's README for the seed rules.
 */
import { definePlugin } from '../../engine/plugin-api/index.js';
import { assessFine } from './activities/assess-fine.js';
import { checkRoomAssignment } from './activities/check-room-assignment.js';
import { computeBookingHold } from './activities/compute-booking-hold.js';
import { evaluateNightCheck } from './activities/evaluate-night-check.js';
import { notifyStaff } from './activities/notify-staff.js';
import { planIncident } from './activities/plan-incident.js';
import { planMealPeriod } from './activities/plan-meal-period.js';
import { planMemberCare } from './activities/plan-member-care.js';
import { summarizeMemberCallback } from './activities/summarize-member-callback.js';
import { venueRoles } from './activities/venue-roles.js';

const form = (name: string) => new URL(`./forms/${name}.schema.json`, import.meta.url);
const bpmn = (name: string) => new URL(`./playbooks/${name}.bpmn`, import.meta.url);

export const hospitalityPlugin = definePlugin({
  id: 'hospitality',
  version: '0.1.0',
  name: { en: 'Hospitality', 'zh-CN': '餐饮娱乐' },
  description: {
    en: 'Restaurant meal periods, tea-house handover, 00:00 safety check and member care, KTV room booking with its hold timers, venue incidents with the fine schedules, and new members and clients.',
    'zh-CN':
      '餐厅餐段流程、茶楼交接班、00:00安全检查与会员关怀、KTV订房（预留时间）、门店事件与罚款标准、会员入会与新客户建档。',
  },
  activities: {
    computeBookingHold,
    assessFine,
    evaluateNightCheck,
    planMealPeriod,
    checkRoomAssignment,
    planMemberCare,
    summarizeMemberCallback,
    venueRoles,
    planIncident,
    notifyStaff,
  },
  forms: [
    form('ktv-room-booking'),
    form('tea-house-handover'),
    form('midnight-safety-check'),
    form('restaurant-meal-period'),
    form('member-care'),
    form('hospitality-incident'),
    form('member-onboarding'),
  ],
  playbooks: [
    {
      id: 'ktv-room-booking',
      file: bpmn('ktv-room-booking'),
      name: { en: 'KTV room booking', 'zh-CN': 'KTV订房' },
      description: {
        en: 'Reception checks the booking data, the front desk assigns a room, the room is held until 21:00 or for 20 minutes; a late guest is re-assigned, or fined 500 CNY as cheating when the data do not match.',
        'zh-CN':
          '咨客部核对订房资料，总台安排房间，预留到21:00或20分钟；客人迟到时总台核实资料重新安排房间，资料不符按作弊处理罚款500元。',
      },
    },
    {
      id: 'tea-house-handover',
      file: bpmn('tea-house-handover'),
      name: { en: 'Tea-house lobby-manager handover', 'zh-CN': '茶楼大堂经理交接班' },
      description: {
        en: 'The early-shift lobby manager prepares the tea-house checks, hands over through the core shift handover (calls process shift-handover), and the late shift closes the night.',
        'zh-CN':
          '早班大堂经理准备交接班内容，通过核心交接班流程（调用 shift-handover）交予晚班，晚班大堂经理负责收市。',
      },
    },
    {
      id: 'midnight-safety-check',
      file: bpmn('midnight-safety-check'),
      name: { en: 'Tea-house 00:00 safety check', 'zh-CN': '茶楼00:00安全检查' },
      description: {
        en: 'At 00:00 the duty manager checks and closes doors, windows and power and confirms the late-shift closing checks; not done by 00:30: fine 20 CNY; hazards open a safety incident, closing work left undone goes back to the late-shift lobby manager.',
        'zh-CN':
          '值班经理00:00检查关好门、窗、电源并核对晚班收市工作；00:30前未完成按补充机制罚款20元；安全隐患立安全事件，未完成的收市工作退回晚班大堂经理。',
      },
    },
    {
      id: 'restaurant-meal-period',
      file: bpmn('restaurant-meal-period'),
      name: { en: 'Restaurant meal period', 'zh-CN': '餐厅餐段工作流程' },
      description: {
        en: 'Line-up and meeting at 11:00 / 17:00, private rooms assigned from the table-booking list (late: no room, 10 CNY), greeting at the door at 11:30 / 17:30, conduct review after the meal with the restaurant fines.',
        'zh-CN':
          '11:00、17:00迎宾门口站岗开例会，总监按订台单分房（不按时到的不给予分房并罚10元），11:30、17:30门口迎客，餐后检查按制度处罚。',
      },
    },
    {
      id: 'member-care',
      file: bpmn('member-care'),
      name: { en: 'Tea-house member care', 'zh-CN': '茶楼会员关怀' },
      description: {
        en: "Welcome SMS the day after joining and birthday calls in the 11:00–11:50 slot, timed from the member's data; monthly callback to last month's new members, abnormal clients reported to the superior.",
        'zh-CN': '按会员资料在11:00—11:50发送入会次日欢迎短信、打生日祝福电话；每月回访上月新会员，异常客户报告上级。',
      },
    },
    {
      id: 'incident',
      file: bpmn('incident'),
      name: { en: 'Venue incident', 'zh-CN': '门店事件处理' },
      description: {
        en: 'Guest complaints, table-patrol faults, emergencies and night safety go to the core incident response with the venue groups (tea-house complaints due in the 10:00–11:00 slot); staff misconduct is fined from the fine schedule.',
        'zh-CN':
          '客户投诉、巡台问题、突发事件和门窗电源安全按门店岗位转核心事件处理（茶楼投诉在10:00—11:00处理）；员工违纪按罚款标准处理。',
      },
    },
    {
      id: 'member-onboarding',
      file: bpmn('member-onboarding'),
      name: { en: 'New member or client', 'zh-CN': '会员入会/新客户建档' },
      description: {
        en: 'The customer manager registers the new member or client; the KTV department manager builds the client file; tea-house members get the welcome SMS the next day and their data completed at 12:20–13:20.',
        'zh-CN':
          '客户经理登记新会员或新客户；KTV由部门经理建立档案；茶楼会员次日发送欢迎短信，12:20—13:20完善客户资料。',
      },
    },
  ],
  schedules: [
    {
      id: 'midnight-safety-check',
      playbook: 'midnight-safety-check',
      cron: '0 0 * * *',
      name: { en: '00:00 doors, windows and power check', 'zh-CN': '00:00检查门窗电源' },
      description: {
        en: 'The duty manager must check and close doors, windows and power at 00:00 (fine 20 CNY per miss).',
        'zh-CN': '值班经理00:00时必须检查关好门、窗、电源，保证店内安全（违者20元/次）。',
      },
      source: '000_8e24495f3205bf16.txt 大堂经理岗位职责补充机制 22',
      variables: { siteId: 'tea-house-01' },
    },
    {
      id: 'restaurant-lunch',
      playbook: 'restaurant-meal-period',
      cron: '0 11 * * *',
      name: { en: 'Lunch line-up 11:00', 'zh-CN': '午餐11:00站岗例会' },
      description: {
        en: 'Line-up at the welcome door and department meeting at 11:00; greeting at the door at 11:30.',
        'zh-CN': '中午11:00在迎宾门口站岗，开部门例会；上午11:30门口迎客。',
      },
      source: '000_8e24495f3205bf16.txt 第一篇《客户经理工作流程及具体要求》1–3',
      variables: { meal: 'lunch' },
    },
    {
      id: 'restaurant-dinner',
      playbook: 'restaurant-meal-period',
      cron: '0 17 * * *',
      name: { en: 'Dinner line-up 17:00', 'zh-CN': '晚餐17:00站岗例会' },
      description: {
        en: 'Line-up at the welcome door and department meeting at 17:00; greeting at the door at 17:30.',
        'zh-CN': '下午5:00在迎宾门口站岗，开部门例会；下午5:30门口迎客。',
      },
      source: '000_8e24495f3205bf16.txt 第一篇《客户经理工作流程及具体要求》1–3',
      variables: { meal: 'dinner' },
    },
    {
      id: 'member-monthly-callback',
      playbook: 'member-care',
      cron: '0 11 1 * *',
      name: { en: 'Monthly callback to new members', 'zh-CN': '新会员月度回访' },
      description: {
        en: "On the 1st at 11:00: call back last month's new members during the month (let the data speak).",
        'zh-CN': '每月1日11:00：本月内回访上月新加入的会员（以数据说话）。',
      },
      source: '000_8e24495f3205bf16.txt 第四篇 二、月工作重点 3',
      variables: { careType: 'monthlyCallback' },
    },
  ],
  demo: {
    groups: [
      { id: 'ktv-reception', name: '咨客部 KTV Reception', kind: 'department', head: 'ma.reception' },
      { id: 'ktv-front-desk', name: '总台 KTV Front Desk', kind: 'department', head: 'luo.desk' },
      { id: 'ktv-customer-managers', name: '客户部客户经理 KTV Customer Managers', kind: 'team', head: 'gao.dept' },
      { id: 'ktv-dept-managers', name: '客户部经理 KTV Customer Department Managers', kind: 'team', head: 'gao.dept' },
      { id: 'ktv-management', name: '总经理室 KTV General Manager', kind: 'team', head: 'deng.gm' },
      {
        id: 'tea-house-customer-managers',
        name: '茶楼客户经理 Tea-house Customer Managers',
        kind: 'team',
        head: 'chen.lobby',
      },
      { id: 'tea-house-duty-managers', name: '茶楼值班经理 Tea-house Duty Managers', kind: 'team', head: 'chen.lobby' },
      { id: 'tea-house-management', name: '茶楼管理层 Tea-house Management', kind: 'team', head: 'chen.lobby' },
      { id: 'restaurant-directors', name: '餐厅总监 Restaurant Directors', kind: 'team', head: 'zheng.director' },
      {
        id: 'restaurant-customer-managers',
        name: '餐厅客户经理 Restaurant Customer Managers',
        kind: 'team',
        head: 'zheng.director',
      },
    ],
    users: [
      { username: 'deng.gm', displayName: '邓总经理 General Manager Deng', groups: ['ktv-management'] },
      {
        username: 'ma.reception',
        displayName: '马咨客主管 Reception Supervisor Ma',
        groups: ['ktv-reception'],
        supervisor: 'deng.gm',
      },
      { username: 'tang.host', displayName: '唐咨客 Host Tang', groups: ['ktv-reception'], supervisor: 'ma.reception' },
      { username: 'luo.desk', displayName: '罗总台 Front Desk Luo', groups: ['ktv-front-desk'], supervisor: 'deng.gm' },
      {
        username: 'gao.dept',
        displayName: '高客户部经理 Customer Dept Manager Gao',
        groups: ['ktv-dept-managers'],
        supervisor: 'deng.gm',
      },
      {
        username: 'song.cm',
        displayName: '宋佳 KTV Customer Manager Song',
        groups: ['ktv-customer-managers'],
        supervisor: 'gao.dept',
      },
      { username: 'qin.manager', displayName: '秦经理 Tea-house Manager Qin', groups: ['tea-house-management'] },
      {
        username: 'lin.cm',
        displayName: '林客户经理 Tea-house Customer Manager Lin',
        groups: ['tea-house-customer-managers'],
        supervisor: 'chen.lobby',
      },
      {
        username: 'he.duty',
        displayName: '何值班经理 Duty Manager He',
        groups: ['tea-house-duty-managers'],
        supervisor: 'chen.lobby',
      },
      { username: 'zheng.director', displayName: '郑总监 Restaurant Director Zheng', groups: ['restaurant-directors'] },
      {
        username: 'wu.cm',
        displayName: '吴客户经理 Restaurant Customer Manager Wu',
        groups: ['restaurant-customer-managers'],
        supervisor: 'zheng.director',
      },
      {
        username: 'fang.cm',
        displayName: '方客户经理 Restaurant Customer Manager Fang',
        groups: ['restaurant-customer-managers'],
        supervisor: 'zheng.director',
      },
    ],
    starts: [
      {
        playbook: 'ktv-room-booking',
        startedBy: 'song.cm',
        businessKey: 'KTV-DEMO-0311-01',
        variables: {
          guestName: '王建国',
          guestPhone: '13800138000',
          bookerDepartment: '客户部',
          bookerName: '宋佳',
          bookerBadgeNo: 'K-017',
          expectedArrival: '20:30',
        },
      },
      {
        playbook: 'tea-house-handover',
        startedBy: 'huang.early',
        businessKey: 'TEA-01-HANDOVER-DEMO',
        variables: { outgoing: 'huang.early', incoming: 'xu.late', supervisor: 'chen.lobby', siteId: 'tea-house-01' },
      },
      {
        playbook: 'midnight-safety-check',
        startedBy: 'he.duty',
        businessKey: 'TEA-01-0000-DEMO',
        variables: { siteId: 'tea-house-01', dutyManager: 'he.duty', lateManager: 'xu.late', supervisor: 'chen.lobby' },
      },
      {
        playbook: 'restaurant-meal-period',
        startedBy: 'zheng.director',
        businessKey: 'RST-LUNCH-DEMO',
        variables: { meal: 'lunch', director: 'zheng.director', siteId: 'restaurant-01' },
      },
      {
        playbook: 'member-care',
        startedBy: 'lin.cm',
        businessKey: 'TEA-01-CALLBACK-DEMO',
        variables: { careType: 'monthlyCallback', owner: 'lin.cm', supervisor: 'chen.lobby', siteId: 'tea-house-01' },
      },
      {
        playbook: 'incident',
        startedBy: 'lin.cm',
        businessKey: 'TEA-01-INC-DEMO',
        variables: { venueType: 'teaHouse', reporter: 'lin.cm', supervisor: 'chen.lobby', siteId: 'tea-house-01' },
      },
      {
        playbook: 'member-onboarding',
        startedBy: 'lin.cm',
        businessKey: 'TEA-01-MEMBER-DEMO',
        variables: { venueType: 'teaHouse', owner: 'lin.cm', supervisor: 'chen.lobby', siteId: 'tea-house-01' },
      },
    ],
  },
});
