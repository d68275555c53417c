/**
 * Money arithmetic for counter reconciliation: amounts are yuan in forms and variables, fen
 * (integers) inside, so 0.1 + 0.2 never makes a difference appear.
 */
import { DENOMINATIONS, denominationOf } from '../data/denominations.js';

export interface CountLine {
  denomination: string;
  pieces: number;
}

export interface DenominationRow {
  denomination: string;
  label: { 'zh-CN': string; en: string };
  pieces: number;
  amount: number;
}

/** Yuan → fen, rounded to the fen. */
export const toFen = (yuan: number): number => Math.round(yuan * 100);
/** Fen → yuan. */
export const toYuan = (fen: number): number => fen / 100;

/** `1234.5` → `1,234.50`. */
export function formatYuan(yuan: number): string {
  const fen = toFen(yuan);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Pieces per denomination (duplicates summed), every denomination present, largest first. */
export function piecesByDenomination(lines: readonly CountLine[]): Map<string, number> {
  const pieces = new Map<string, number>(DENOMINATIONS.map((d) => [d.code, 0]));
  for (const line of lines) {
    if (!denominationOf(line.denomination)) throw new RangeError(`"${line.denomination}" is not a denomination`);
    if (!Number.isInteger(line.pieces) || line.pieces < 0) {
      throw new RangeError(`${line.denomination}: pieces must be a whole number ≥ 0, got ${line.pieces}`);
    }
    pieces.set(line.denomination, (pieces.get(line.denomination) ?? 0) + line.pieces);
  }
  return pieces;
}

/** Total of a count, in fen. */
export function countTotalFen(lines: readonly CountLine[]): number {
  let fen = 0;
  for (const [code, n] of piecesByDenomination(lines)) fen += (denominationOf(code)?.fen ?? 0) * n;
  return fen;
}

/** The count as rows (denominations with pieces only). */
export function countRows(lines: readonly CountLine[]): DenominationRow[] {
  return [...piecesByDenomination(lines)]
    .filter(([, n]) => n > 0)
    .map(([code, n]) => {
      const d = denominationOf(code)!;
      return { denomination: code, label: { 'zh-CN': d['zh-CN'], en: d.en }, pieces: n, amount: toYuan(d.fen * n) };
    });
}
