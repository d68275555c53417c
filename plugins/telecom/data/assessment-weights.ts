/**
 * The account specialist's monthly assessment (客户专员月度考核表): indicator groups and their
 * weights, exactly as the source gives them. They add up to 85%: the source leaves 15% unallocated
 * (digest §3.3.7, §7 item 20); `telecom.scoreSpecialist@1` reports both the documented weighted
 * total (out of 85) and the score normalised to 100 (README, choice 5).
 *
 * Seed `001_9529542b36723db8.txt` 大客户部各岗位职责及服务规范 (2nd copy):
 * - L524 "该表包括拜访目标指标、拓展指标和日常工作指标，分别占总评分的30%、30%和10%";
 * - L526 "其他工作，如出勤、团队合作和客户维护，这些指标占总评分的15%";
 * - L528 "每个月最后一个工作日，客户专员需要上报其工作完成情况，以便进行评估".
 */
export type IndicatorGroup = 'visitTarget' | 'expansion' | 'dailyWork' | 'other';

export interface IndicatorWeight {
  readonly group: IndicatorGroup;
  /** Share of the total score, 0–1. */
  readonly weight: number;
  readonly name: { readonly en: string; readonly 'zh-CN': string };
  readonly source: string;
}

const L524 = '001_9529542b36723db8.txt 大客户部各岗位职责及服务规范 客户专员月度考核表 (L524)';

export const ASSESSMENT_WEIGHTS: readonly IndicatorWeight[] = [
  { group: 'visitTarget', weight: 0.3, name: { en: 'Visit-target indicators', 'zh-CN': '拜访目标指标' }, source: L524 },
  { group: 'expansion', weight: 0.3, name: { en: 'Expansion indicators', 'zh-CN': '拓展指标' }, source: L524 },
  { group: 'dailyWork', weight: 0.1, name: { en: 'Daily-work indicators', 'zh-CN': '日常工作指标' }, source: L524 },
  {
    group: 'other',
    weight: 0.15,
    name: { en: 'Other work: attendance, teamwork, client maintenance', 'zh-CN': '其他工作：出勤、团队合作和客户维护' },
    source: '001_9529542b36723db8.txt 大客户部各岗位职责及服务规范 客户专员月度考核表 (L526)',
  },
];

export const ASSESSMENT_SOURCE = '001_9529542b36723db8.txt 大客户部各岗位职责及服务规范 客户专员月度考核表 (L522–528)';
