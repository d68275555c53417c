/**
 * The tea-house late-shift closing checks and the duty manager's 00:00 check, in the document's
 * order: digest §4.4.5 (`tea.late.1`–`.11`), seed `000_8e24495f3205bf16.txt` 大堂经理工作流程
 * 二、晚班 4, 7, 9–11 (L441–455) and 大堂经理岗位职责补充机制 21–24 (L499–505).
 *
 * `field` is the boolean of form `hospitality/midnight-safety-check`; `kind` says what a "no" means:
 * - `safety`: the shop is not secure (doors, windows, power, fire and theft): a safety incident
 *   (digest §2.1.4 C) is opened at once;
 * - `closingWork`: closing work of the late-shift lobby manager left undone (tables, duty staff,
 *   daily operations report, cash and tea-bar checks): the lobby manager completes it.
 */
export type NightCheckKind = 'safety' | 'closingWork';

export interface NightCheckItem {
  readonly id: string;
  readonly field: string;
  readonly kind: NightCheckKind;
  readonly label: { readonly en: string; readonly 'zh-CN': string };
  readonly source: string;
}

const LATE = '000_8e24495f3205bf16.txt 大堂经理工作流程 二、晚班';
const RULES = '000_8e24495f3205bf16.txt 大堂经理岗位职责补充机制';

export const NIGHT_CHECK_ITEMS: readonly NightCheckItem[] = [
  {
    id: 'tea.late.1',
    field: 'tablesClearedAndReset',
    kind: 'closingWork',
    label: { en: 'Tables cleared and re-set in every area', 'zh-CN': '各区域收台情况及摆台工作' },
    source: `${LATE} 4 (L441)`,
  },
  {
    id: 'tea.late.2',
    field: 'powerChecked',
    kind: 'safety',
    label: { en: 'Power', 'zh-CN': '电源' },
    source: `${LATE} 4 (L441)`,
  },
  {
    id: 'tea.late.3',
    field: 'acVentilationSwitchesOff',
    kind: 'safety',
    label: { en: 'Air-conditioning and ventilation switches', 'zh-CN': '空调换气开关' },
    source: `${LATE} 4 (L441)`,
  },
  {
    id: 'tea.late.4',
    field: 'vacantRoomsChecked',
    kind: 'safety',
    label: {
      en: 'Vacant private rooms: table setting, hygiene, power, air-conditioning, door lock',
      'zh-CN': '无顾客雅间：摆台、卫生、电源、空调、门闸',
    },
    source: `${LATE} 7 (L447)`,
  },
  {
    id: 'tea.late.5',
    field: 'doorsWindowsPowerFireTheftSafe',
    kind: 'safety',
    label: { en: 'Doors, windows, power, fire and theft safety', 'zh-CN': '店内门窗、电源、防火防盗安全' },
    source: `${LATE} 9 (L451)`,
  },
  {
    id: 'tea.late.6',
    field: 'dutyStaffNamed',
    kind: 'closingWork',
    label: { en: 'Duty staff named and supervised', 'zh-CN': '确定值班人员并监督值班' },
    source: `${LATE} 10 (L453)`,
  },
  {
    id: 'tea.late.7',
    field: 'dailyReportFilled',
    kind: 'closingWork',
    label: { en: 'Daily operations report filled in', 'zh-CN': '填写每日营运报表' },
    source: `${LATE} 11 (L455)`,
  },
  {
    id: 'tea.late.8',
    field: 'lightsAcExhaustControlled',
    kind: 'safety',
    label: { en: 'Lights, air-conditioning and exhaust controlled', 'zh-CN': '灯光、空调、排风控制' },
    source: `${RULES} 21 (L499)`,
  },
  {
    id: 'tea.late.9',
    field: 'cashCheckedAgainstBills',
    kind: 'closingWork',
    label: { en: 'Cashier cash checked against bills', 'zh-CN': '收银台现金与开单核对' },
    source: `${RULES} 23 (L503)`,
  },
  {
    id: 'tea.late.10',
    field: 'teaBarStockCheckedAgainstBook',
    kind: 'closingWork',
    label: { en: 'Tea-bar stock checked against bills and book', 'zh-CN': '茶吧台实物与开单账面核对' },
    source: `${RULES} 24 (L505)`,
  },
  {
    id: 'tea.late.11a',
    field: 'midnightDoorsClosed',
    kind: 'safety',
    label: { en: '00:00: doors closed', 'zh-CN': '00:00 门已关好' },
    source: `${RULES} 22 (L501)`,
  },
  {
    id: 'tea.late.11b',
    field: 'midnightWindowsClosed',
    kind: 'safety',
    label: { en: '00:00: windows closed', 'zh-CN': '00:00 窗已关好' },
    source: `${RULES} 22 (L501)`,
  },
  {
    id: 'tea.late.11c',
    field: 'midnightPowerOff',
    kind: 'safety',
    label: { en: '00:00: power switched off', 'zh-CN': '00:00 电源已关好' },
    source: `${RULES} 22 (L501)`,
  },
];
