/**
 * Times of day the banking documents fix, as data.
 *
 * - Morning meeting (晨例會): "晨例會時間一般控制在20分鐘以內,在柜面開門營業前5分鐘結束"
 *   (`004_ca65cf65bca3c52c.txt` 第一篇 一、營業前 1, L8; digest §4.2.5, §5.2).
 * - Same-day callback of clients who opened an account that day (`000_8e24495f3205bf16.txt`
 *   第五篇 第五步:客户回访, L539; digest §2.2.2 A step 7).
 * - The branch's opening and closing times are not in the seeds: each schedule passes them as
 *   variables (`openingTime`, `closingTime`), 09:00 and 17:00 for the demo branch.
 * - Pre-opening duties start 30 minutes before opening: the digest's proposal for §5.2
 *   ("opening − 30 min (proposed)"), used by the schedules' cron only.
 */
export const MORNING_MEETING = {
  maxMinutes: 20,
  endsBeforeOpeningMinutes: 5,
  source: '004_ca65cf65bca3c52c.txt 第一篇 一、營業前 1、組織柜員召開晨例會 (L8)',
} as const;

export const SAME_DAY_CALLBACK = {
  source: '000_8e24495f3205bf16.txt 第五篇:客户经理的工作流程 第五步:客户回访 (L539)',
} as const;

/** China Standard Time (UTC+08:00, no daylight saving): the default site clock. */
export const DEFAULT_UTC_OFFSET_MINUTES = 480;
