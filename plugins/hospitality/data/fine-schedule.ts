/**
 * The KTV / disco fine schedule (digest §3.4.6 C, seed `002_790cf3708b5abb5e.txt` 「客户部部门制度」 and
 * 「客户部订房制度」), the tea-house lobby-manager lines (digest §3.4.6 B, seed
 * `000_8e24495f3205bf16.txt` 「大堂经理岗位职责补充机制」) and the restaurant customer-manager lines
 * (digest §3.4.6 A, seed `000_8e24495f3205bf16.txt` 第一篇《客户经理工作流程及具体要求》). Amounts in 元 (CNY). Data only: the
 * `hospitality.assessFine@1` activity reads it; change a row here, not in code.
 *
 * `kind` says how the amount is computed:
 * - `fixed`: `amount` per offence;
 * - `range`: between `amountMin` and `amountMax`; the assessor picks (`amount` given) or the minimum applies;
 * - `tipMultiple`: offence n pays `multiples[n-1]` × the tip; past the list → `finalSanction`;
 * - `doubling`: `amount` × 2^(n-1) (TEA-10 "以此类推加倍"; no upper bound in the source);
 * - `perMinute`: `amount` per minute late;
 * - `sanctionOnly`: no money, only `otherSanction`.
 *
 * Extra consequences, read by the same activity:
 * - `seriousSanction` (+ `seriousDismissal`): what applies instead of the fine when the assessor marks
 *   the case serious (重者…), e.g. KTV-D08 重者开除;
 * - `repeatSanction`: from the n-th offence of the same person a further sanction applies
 *   (KTV-D11 同一人犯两次停职处理);
 * - `finalDismissal`: the `finalSanction` of a `tipMultiple` rule is a dismissal (KTV-D14 第三次开除).
 */
export type FineKind = 'fixed' | 'range' | 'tipMultiple' | 'doubling' | 'perMinute' | 'sanctionOnly';

export interface FineRule {
  readonly code: string;
  readonly venue: 'ktv' | 'teaHouse' | 'restaurant';
  readonly kind: FineKind;
  readonly amount?: number;
  readonly amountMin?: number;
  readonly amountMax?: number;
  readonly multiples?: readonly number[];
  readonly finalSanction?: string;
  readonly finalDismissal?: boolean;
  readonly otherSanction?: string;
  readonly seriousSanction?: string;
  readonly seriousDismissal?: boolean;
  readonly repeatSanction?: { readonly from: number; readonly sanction: string };
  readonly rule: { readonly en: string; readonly 'zh-CN': string };
  readonly source: string;
}

export const FINE_SCHEDULE: readonly FineRule[] = [
  {
    code: 'KTV-B02',
    venue: 'ktv',
    kind: 'fixed',
    amount: 500,
    rule: {
      en: 'Late-arrival re-assignment whose guest data do not match the original booking: cheating',
      'zh-CN': '总台核实资料与原订房信息有误，按作弊处理',
    },
    source: '002_790cf3708b5abb5e.txt 「客户部订房制度」2',
  },
  {
    code: 'KTV-D01',
    venue: 'ktv',
    kind: 'range',
    amountMin: 50,
    amountMax: 100,
    rule: { en: 'Late for 18:00 sign-in or the 19:00 meeting without reason', 'zh-CN': '无故迟到' },
    source: '002_790cf3708b5abb5e.txt 「客户部部门制度」1',
  },
  {
    code: 'KTV-D08',
    venue: 'ktv',
    kind: 'range',
    amountMin: 200,
    amountMax: 500,
    seriousSanction: 'dismissal (重者开除)',
    seriousDismissal: true,
    rule: { en: 'Quarrelling or fighting', 'zh-CN': '吵架或打架行为' },
    source: '002_790cf3708b5abb5e.txt 「客户部部门制度」8',
  },
  {
    code: 'KTV-D11',
    venue: 'ktv',
    kind: 'fixed',
    amount: 100,
    repeatSanction: { from: 2, sanction: 'suspension (同一人犯两次停职处理)' },
    rule: {
      en: "Leader's call or message not answered within 3–5 minutes (off post)",
      'zh-CN': '未在3—5分钟内回电或信息，视为离岗',
    },
    source: '002_790cf3708b5abb5e.txt 「客户部部门制度」11',
  },
  {
    code: 'KTV-D14',
    venue: 'ktv',
    kind: 'tipMultiple',
    multiples: [5, 10],
    finalSanction: 'dismissal (开除)',
    finalDismissal: true,
    rule: { en: 'Asking for a tip in a private room and upsetting the guest', 'zh-CN': '在包厢索要小费，造成客人不满' },
    source: '002_790cf3708b5abb5e.txt 「客户部部门制度」14',
  },
  {
    code: 'TEA-02',
    venue: 'teaHouse',
    kind: 'perMinute',
    amount: 1,
    rule: { en: 'Late: 1 元 per minute', 'zh-CN': '迟到1分钟扣1元' },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」2',
  },
  {
    code: 'TEA-09',
    venue: 'teaHouse',
    kind: 'sanctionOnly',
    otherSanction: 'none stated in the source',
    rule: { en: 'Early shift hands the walkie-talkie to the late shift', 'zh-CN': '早班交班时对讲机交给晚班' },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」9',
  },
  {
    code: 'TEA-10',
    venue: 'teaHouse',
    kind: 'doubling',
    amount: 20,
    rule: { en: 'Playing on the computer / internet at work', 'zh-CN': '上班玩电脑上网' },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」10',
  },
  {
    code: 'TEA-20',
    venue: 'teaHouse',
    kind: 'fixed',
    amount: 50,
    rule: { en: 'Duty manager left the post while on duty', 'zh-CN': '值班经理值班时间内不得离开工作岗位' },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」20',
  },
  {
    code: 'TEA-21',
    venue: 'teaHouse',
    kind: 'fixed',
    amount: 20,
    rule: {
      en: 'Lobby manager on shift did not control lights, air-conditioning and exhaust',
      'zh-CN': '当班大堂经理上班时间内必须控制好灯光、空调、排风',
    },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」21',
  },
  {
    code: 'TEA-22',
    venue: 'teaHouse',
    kind: 'fixed',
    amount: 20,
    rule: {
      en: 'Duty manager did not check and close doors, windows and power at 00:00',
      'zh-CN': '00:00时必须检查门窗电源',
    },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」22',
  },
  {
    code: 'TEA-23',
    venue: 'teaHouse',
    kind: 'range',
    amountMin: 20,
    amountMax: 50,
    rule: { en: 'Cashier cash vs bills check found untrue', 'zh-CN': '收银台的现金与开单核对，督查不实' },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」23',
  },
  {
    code: 'TEA-24',
    venue: 'teaHouse',
    kind: 'range',
    amountMin: 20,
    amountMax: 50,
    rule: {
      en: 'Tea-bar stock vs bills and book check found untrue',
      'zh-CN': '茶吧台的实物与开单账面数量核对，督查不实',
    },
    source: '000_8e24495f3205bf16.txt 「大堂经理岗位职责补充机制」24',
  },
  {
    code: 'RST-02',
    venue: 'restaurant',
    kind: 'fixed',
    amount: 10,
    otherSanction: 'no private room assigned for this meal (不给予分房)',
    rule: {
      en: 'Not on time at the welcome door for the line-up and meeting',
      'zh-CN': '不按时到迎宾门口站岗、开部门例会',
    },
    source: '000_8e24495f3205bf16.txt 第一篇《客户经理工作流程及具体要求》2',
  },
  {
    code: 'RST-13',
    venue: 'restaurant',
    kind: 'fixed',
    amount: 20,
    rule: {
      en: 'Chatting in small groups during table patrol in the meal, especially about non-work topics',
      'zh-CN': '餐中巡台时三三两两扎堆聊天，尤其是说与工作无关的事情',
    },
    source: '000_8e24495f3205bf16.txt 第一篇《客户经理工作流程及具体要求》13',
  },
  {
    code: 'RST-16',
    venue: 'restaurant',
    kind: 'sanctionOnly',
    otherSanction: 'heavy fine, amount not given in the source (重罚), and suspension (停岗)',
    seriousSanction: 'dismissal (严重者开除)',
    seriousDismissal: true,
    rule: {
      en: 'Forming cliques or gossiping about colleagues behind their backs',
      'zh-CN': '拉帮结派，在背后说其他同事的闲话',
    },
    source: '000_8e24495f3205bf16.txt 第一篇《客户经理工作流程及具体要求》16',
  },
  {
    code: 'RST-18',
    venue: 'restaurant',
    kind: 'fixed',
    amount: 100,
    rule: { en: 'Absent from a large team event or training', 'zh-CN': '酒店有大型团队活动和培训工作，不参加者' },
    source: '000_8e24495f3205bf16.txt 第一篇《客户经理工作流程及具体要求》18',
  },
  {
    code: 'RST-19',
    venue: 'restaurant',
    kind: 'fixed',
    amount: 100,
    rule: {
      en: 'Used the guest lift outside seeing guests off or escorting them',
      'zh-CN': '非送客或带客时间使用客用电梯',
    },
    source: '000_8e24495f3205bf16.txt 第一篇《客户经理工作流程及具体要求》19',
  },
];

export function findFineRule(code: string): FineRule | undefined {
  return FINE_SCHEDULE.find((rule) => rule.code === code);
}

/** Every code in the schedule, in schedule order (the `fineCode` enums of the forms list the same codes). */
export const FINE_CODES: readonly string[] = FINE_SCHEDULE.map((rule) => rule.code);
