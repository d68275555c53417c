/**
 * When a customer manager must be at the client's door, as minute offsets from the agreed time T
 * (negative = before T). Two documents, two rules; digest §7 item 23 says to keep them apart.
 *
 * - Home visit (入户服务): "按预约时间提前5分钟上门" and "上门时间与约定时间误差前后不超过10分钟":
 *   aim for T − 5; anything from T − 10 to T + 10 is within the rule.
 *   Seed `001_9529542b36723db8.txt` 客户经理工作流程及入户服务规范 → 三、客户经理预约规范 3 (L486–488),
 *   四、客户经理上门服务规范 2 (L494). Digest §3.3.1 step 3, §4.3.2 tel.appt.3, tel.home.1.
 * - Key-account on-site visit (上门走访): "提前5—15分钟到达约定地点": from T − 15 to T − 5.
 *   Seed `001_9529542b36723db8.txt` slide deck → 上门走访 (L685). Digest §3.3.2 step 5, §4.3.3 tel.ka.visit.1.
 */
export type VisitType = 'homeVisit' | 'keyAccountVisit';

export interface ArrivalRule {
  /** Where the customer manager plans to be (minutes from T). */
  readonly plannedOffset: number;
  /** Earliest arrival within the rule. */
  readonly opensOffset: number;
  /** Latest arrival within the rule. */
  readonly closesOffset: number;
  /** The arrival the rule asks for: [targetFrom, targetTo] minutes from T. */
  readonly targetFrom: number;
  readonly targetTo: number;
  readonly rule: { readonly en: string; readonly 'zh-CN': string };
  readonly source: string;
}

export const ARRIVAL_RULES: Readonly<Record<VisitType, ArrivalRule>> = {
  homeVisit: {
    plannedOffset: -5,
    opensOffset: -10,
    closesOffset: 10,
    targetFrom: -10,
    targetTo: -5,
    rule: {
      en: 'Arrive 5 minutes early; never more than 10 minutes before or after the agreed time',
      'zh-CN': '按预约时间提前5分钟上门，上门时间与约定时间误差前后不超过10分钟',
    },
    source: '001_9529542b36723db8.txt 客户经理工作流程及入户服务规范 三、3 (L486–488); 四、2 (L494)',
  },
  keyAccountVisit: {
    plannedOffset: -15,
    opensOffset: -15,
    closesOffset: -5,
    targetFrom: -15,
    targetTo: -5,
    rule: { en: 'Arrive at the agreed place 5–15 minutes early', 'zh-CN': '提前5—15分钟到达约定地点' },
    source: '001_9529542b36723db8.txt 客户经理服务规范与常用商务礼仪 上门走访 (L685)',
  },
};
