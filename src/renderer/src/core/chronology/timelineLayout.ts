/**
 * Where a chronology's marks go on a horizontal timeline. Time runs to scale over a month; longer
 * stretches between dated things are drawn logarithmically shorter, and one over a year gets a
 * break mark: a case whose dates run from 2006 to 2026 but crowd into its last two years must not
 * spend nine tenths of the strip on empty years. Marks that would overlap go on lanes.
 */
import type { ParsedDate } from './dateMentions';

const DAY = 86_400_000;

/** A day as a number (days since 1970-01-01, UTC). */
export function dayNumber(year: number, month = 1, day = 1): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

/** The days a date covers, [start, end): one day, a month, or a year. */
export function periodOf(date: Pick<ParsedDate, 'iso'>): { start: number; end: number } {
  const [y, m, d] = date.iso.split('-').map(Number) as [number, number?, number?];
  if (d) return { start: dayNumber(y, m, d), end: dayNumber(y, m, d) + 1 };
  if (m) return { start: dayNumber(y, m), end: dayNumber(y, m + 1) };
  return { start: dayNumber(y), end: dayNumber(y + 1) };
}

export interface TimelineScale {
  /** 0..1 across the strip for a day between the first and last dated day (clamped outside). */
  position(day: number): number;
  /** Positions (0..1) of the breaks drawn where a long gap was shortened. */
  breaks: number[];
  /** Year labels, at the start of each year that is drawn, left to right, none closer than minTickGap. */
  ticks: { position: number; label: string }[];
}

export interface ScaleOptions {
  /** Stretches up to this many days are drawn to scale (default 30), longer ones shortened. */
  linearDays?: number;
  /** Stretches longer than this many days get a break mark (default 365). */
  breakAfter?: number;
  /** The least distance (0..1) between two year labels. */
  minTickGap?: number;
}

/** The drawn length of a stretch of `days`: itself up to `linear`, then linear·(1 + ln(days/linear)). */
export function drawnDays(days: number, linear = 30): number {
  return days <= linear ? days : linear * (1 + Math.log(days / linear));
}

/**
 * A piecewise-linear scale through the periods' starts and ends, each stretch between two of them
 * drawn drawnDays long. Invariants: position is monotonic (increasing) in the day; the first
 * dated day is at 0 and the last at 1; a longer stretch is never drawn shorter than a shorter one.
 */
export function timelineScale(periods: readonly { start: number; end: number }[], options: ScaleOptions = {}): TimelineScale {
  const linear = options.linearDays ?? 30;
  const maxGap = options.breakAfter ?? 365;
  const knots = [...new Set(periods.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  if (knots.length === 0) return { position: () => 0.5, breaks: [], ticks: [] };
  const drawn = [0];
  const broken: boolean[] = [];
  for (let i = 1; i < knots.length; i++) {
    const gap = knots[i]! - knots[i - 1]!;
    broken.push(gap > maxGap);
    drawn.push(drawn[i - 1]! + drawnDays(gap, linear));
  }
  const total = drawn.at(-1)!;
  const position = (day: number): number => {
    if (total === 0) return 0.5;
    if (day <= knots[0]!) return 0;
    if (day >= knots.at(-1)!) return 1;
    let i = 1;
    while (knots[i]! < day) i++;
    const a = knots[i - 1]!;
    const b = knots[i]!;
    return (drawn[i - 1]! + ((day - a) / (b - a)) * (drawn[i]! - drawn[i - 1]!)) / total;
  };
  const breaks = broken.flatMap((isBroken, i) => (isBroken ? [(drawn[i]! + drawn[i + 1]!) / 2 / total] : []));
  const insideBreak = (day: number) => broken.some((isBroken, i) => isBroken && day > knots[i]! && day < knots[i + 1]!);
  const minTickGap = options.minTickGap ?? 0.06;
  const ticks: TimelineScale['ticks'] = [];
  const first = new Date(knots[0]! * DAY).getUTCFullYear();
  const last = new Date(knots.at(-1)! * DAY).getUTCFullYear();
  for (let year = first; year <= last; year++) {
    // A year drawn from its start, or from the first dated day after a break that hid its start.
    const start = dayNumber(year);
    const day = insideBreak(start) ? knots.find((k) => k > start && k < dayNumber(year + 1) && !insideBreak(k)) : Math.max(start, knots[0]!);
    if (day === undefined || day >= knots.at(-1)!) continue;
    const at = position(day);
    if (ticks.length && at - ticks.at(-1)!.position < minTickGap) continue;
    ticks.push({ position: at, label: String(year) });
  }
  return { position, breaks, ticks };
}

/**
 * Lanes for marks spanning [from, to] (any unit), in input order: each mark takes the first lane
 * whose last mark ends at least `gap` before it starts; past maxLanes, the emptiest-ending lane.
 * Invariant: below maxLanes, no two marks on one lane overlap.
 */
export function assignLanes(spans: readonly { from: number; to: number }[], gap = 4, maxLanes = 10): number[] {
  const ends: number[] = [];
  return spans.map((s) => {
    let lane = ends.findIndex((end) => end + gap <= s.from);
    if (lane < 0 && ends.length < maxLanes) lane = ends.length;
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? -Infinity, s.to);
    return lane;
  });
}
