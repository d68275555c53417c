/**
 * ISO 8601 durations for `advance` steps. Years and months are refused: their length depends
 * on the date, and a golden run should say exactly how much time passes.
 */
const DURATION = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of `PT4H`, `P3D`, `P1W`, `PT1.5S`; undefined when it is not such a duration. */
export function isoDurationToMs(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
  return ms > 0 ? Math.round(ms) : undefined;
}
