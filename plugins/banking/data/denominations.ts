/**
 * Renminbi denominations a counter counts, largest first, with their value in fen (1 yuan =
 * 100 fen) so sums are exact integers. Reference data, not a rule of the seeds: the seeds say
 * the float is counted and written on the 每日現金盤點表 (004 三、營業結束后 1, L46) and taken out
 * again before opening (004 一、營業前 4, L19–21); counting by denomination is how a count sheet
 * is kept. Form fields use the same codes (`"100"` … `"0.1"`).
 */
export const DENOMINATIONS = [
  { code: '100', fen: 10_000, 'zh-CN': '100元', en: '100 yuan' },
  { code: '50', fen: 5_000, 'zh-CN': '50元', en: '50 yuan' },
  { code: '20', fen: 2_000, 'zh-CN': '20元', en: '20 yuan' },
  { code: '10', fen: 1_000, 'zh-CN': '10元', en: '10 yuan' },
  { code: '5', fen: 500, 'zh-CN': '5元', en: '5 yuan' },
  { code: '1', fen: 100, 'zh-CN': '1元', en: '1 yuan' },
  { code: '0.5', fen: 50, 'zh-CN': '5角', en: '5 jiao' },
  { code: '0.1', fen: 10, 'zh-CN': '1角', en: '1 jiao' },
] as const;

export type DenominationCode = (typeof DENOMINATIONS)[number]['code'];

export const DENOMINATION_CODES = DENOMINATIONS.map((d) => d.code) as readonly DenominationCode[];

export function denominationOf(code: string): (typeof DENOMINATIONS)[number] | undefined {
  return DENOMINATIONS.find((d) => d.code === code);
}
