/**
 * Who does what at each venue type, as candidate-group ids (comma lists). The roles are the
 * documents' (digest §1.4); the group ids are this plugin's demo groups (plugin.ts `demo`) and
 * the platform's tea-house group `tea-house-01`. A site with other groups changes this table.
 *
 * - recorders: who records an incident or a new client on the spot (客户经理, 咨客部, 大堂经理…);
 * - handlers: who triages and assigns an incident (tea house: the lobby managers on shift;
 *   KTV: 客户部经理 负责客户投诉处理及监督检查, 002 L15; restaurant: 总监, 000 L11);
 * - callback: who calls the guest back (tea house: 客户经理 处理客户咨询、投诉, 000 L343;
 *   KTV: 客户部经理 负责客户回访, 002 L15; restaurant: the customer manager of the room, 000 L17);
 * - escalation: the superior (上级 / 管理层 / 总经理);
 * - discipline: who confirms staff misconduct and applies the fine schedule;
 * - customerManagers / departmentManagers: owners of new clients and who builds the client file
 *   (KTV: 由部门经理建立档案, 002 L15).
 */
export type VenueType = 'teaHouse' | 'ktv' | 'disco' | 'restaurant';

export interface VenueRoles {
  readonly name: { readonly en: string; readonly 'zh-CN': string };
  readonly recorders: string;
  readonly handlers: string;
  readonly callback: string;
  readonly escalation: string;
  readonly discipline: string;
  readonly customerManagers: string;
  readonly departmentManagers: string;
}

const KTV: VenueRoles = {
  name: { en: 'KTV', 'zh-CN': 'KTV' },
  recorders: 'ktv-customer-managers,ktv-reception,ktv-front-desk',
  handlers: 'ktv-dept-managers',
  callback: 'ktv-dept-managers',
  escalation: 'ktv-management',
  discipline: 'ktv-dept-managers',
  customerManagers: 'ktv-customer-managers',
  departmentManagers: 'ktv-dept-managers',
};

export const VENUE_ROLES: Readonly<Record<VenueType, VenueRoles>> = {
  teaHouse: {
    name: { en: 'Tea house', 'zh-CN': '茶楼' },
    recorders: 'tea-house-01,tea-house-customer-managers,tea-house-duty-managers',
    handlers: 'tea-house-01',
    callback: 'tea-house-customer-managers',
    escalation: 'tea-house-management',
    discipline: 'tea-house-management',
    customerManagers: 'tea-house-customer-managers',
    departmentManagers: 'tea-house-management',
  },
  ktv: KTV,
  disco: { ...KTV, name: { en: 'Disco', 'zh-CN': '迪厅' } },
  restaurant: {
    name: { en: 'Restaurant', 'zh-CN': '餐厅' },
    recorders: 'restaurant-customer-managers',
    handlers: 'restaurant-directors',
    callback: 'restaurant-customer-managers',
    escalation: 'restaurant-directors',
    discipline: 'restaurant-directors',
    customerManagers: 'restaurant-customer-managers',
    departmentManagers: 'restaurant-directors',
  },
};
