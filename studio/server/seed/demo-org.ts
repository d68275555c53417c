/**
 * The demo organisation: one org unit per industry the platform ships playbooks for, each
 * with a head, staff and a process owner. Passwords are `<username>-demo` (demo only).
 */
import type { Role } from '../services/identity.js';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  groups: string[];
  supervisor?: string;
}

export interface DemoGroup {
  id: string;
  name: string;
  kind: string;
  head: string;
}

export const demoGroups: DemoGroup[] = [
  { id: 'bank-branch-01', name: '城东支行 East District Branch', kind: 'branch', head: 'wang.branch' },
  { id: 'tobacco-district-03', name: '烟草三片区 Tobacco District 3', kind: 'district', head: 'li.district' },
  { id: 'telecom-key-accounts', name: '政企客户经理组 Key Account Team', kind: 'team', head: 'zhao.team' },
  { id: 'tea-house-01', name: '茶楼一店 Tea House No. 1', kind: 'store', head: 'chen.lobby' },
];

export const demoUsers: DemoUser[] = [
  { username: 'owner', displayName: '流程负责人 Process Owner', roles: ['owner'], groups: [] },
  { username: 'wang.branch', displayName: '王行长 Branch Manager Wang', roles: ['staff'], groups: ['bank-branch-01'] },
  {
    username: 'liu.lobby',
    displayName: '刘大堂 Lobby Manager Liu',
    roles: ['staff'],
    groups: ['bank-branch-01'],
    supervisor: 'wang.branch',
  },
  {
    username: 'sun.teller',
    displayName: '孙柜员 Teller Sun',
    roles: ['staff'],
    groups: ['bank-branch-01'],
    supervisor: 'wang.branch',
  },
  {
    username: 'li.district',
    displayName: '李片长 District Head Li',
    roles: ['staff'],
    groups: ['tobacco-district-03'],
  },
  {
    username: 'zhou.manager',
    displayName: '周客户经理 Account Manager Zhou',
    roles: ['staff'],
    groups: ['tobacco-district-03'],
    supervisor: 'li.district',
  },
  { username: 'zhao.team', displayName: '赵组长 Team Lead Zhao', roles: ['staff'], groups: ['telecom-key-accounts'] },
  {
    username: 'qian.am',
    displayName: '钱客户经理 Account Manager Qian',
    roles: ['staff'],
    groups: ['telecom-key-accounts'],
    supervisor: 'zhao.team',
  },
  { username: 'chen.lobby', displayName: '陈大堂经理 Lobby Manager Chen', roles: ['staff'], groups: ['tea-house-01'] },
  {
    username: 'huang.early',
    displayName: '黄早班 Early Shift Huang',
    roles: ['staff'],
    groups: ['tea-house-01'],
    supervisor: 'chen.lobby',
  },
  {
    username: 'xu.late',
    displayName: '徐晚班 Late Shift Xu',
    roles: ['staff'],
    groups: ['tea-house-01'],
    supervisor: 'chen.lobby',
  },
];

export const demoPassword = (username: string) => `${username}-demo`;
