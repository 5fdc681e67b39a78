import { describe, expect, it } from 'vitest';
import { assignLanes, dayNumber, drawnDays, periodOf, timelineScale } from './timelineLayout';

describe('drawnDays', () => {
  it('draws a month to scale and longer stretches shorter, never out of order', () => {
    expect(drawnDays(10)).toBe(10);
    expect(drawnDays(30)).toBe(30);
    expect(drawnDays(365)).toBeLessThan(120);
    const lengths = [1, 30, 60, 365, 4000, 40000].map((d) => drawnDays(d));
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
  });
});

describe('periodOf', () => {
  it('covers a day, a month or a year', () => {
    expect(periodOf({ iso: '2026-06-23' })).toEqual({ start: dayNumber(2026, 6, 23), end: dayNumber(2026, 6, 24) });
    expect(periodOf({ iso: '2025-12' })).toEqual({ start: dayNumber(2025, 12), end: dayNumber(2026, 1) });
    expect(periodOf({ iso: '2006' })).toEqual({ start: dayNumber(2006), end: dayNumber(2007) });
  });
});

describe('timelineScale', () => {
  const sample = ['2006', '2019-07-18', '2023-10-30', '2025-01-13', '2025-05-13', '2026-06-23'].map((iso) => periodOf({ iso }));

  it('runs from 0 to 1, monotonic, and shortens gaps over a year', () => {
    const s = timelineScale(sample);
    expect(s.position(dayNumber(2006))).toBe(0);
    expect(s.position(dayNumber(2026, 6, 24))).toBe(1);
    const days = [dayNumber(2006), dayNumber(2010), dayNumber(2019, 7, 18), dayNumber(2024), dayNumber(2025, 3), dayNumber(2026, 6, 23)];
    const at = days.map((d) => s.position(d));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // 2007 to 2019, 2019 to 2023, 2023 to 2025 (440 days) and 2025-05 to 2026-06 (405 days) get
    // breaks; the 12 years from 2007 take under three times the 4 months of 2025.
    expect(s.breaks).toHaveLength(4);
    const twelveYears = s.position(dayNumber(2019, 7, 18)) - s.position(dayNumber(2007));
    const fourMonths = s.position(dayNumber(2025, 5, 13)) - s.position(dayNumber(2025, 1, 13));
    expect(twelveYears).toBeLessThan(3 * fourMonths);
    expect(twelveYears).toBeGreaterThan(fourMonths);
  });

  it('labels years left to right, not too close together', () => {
    const s = timelineScale(sample, { minTickGap: 0.05 });
    const labels = s.ticks.map((t) => t.label);
    expect(labels[0]).toBe('2006');
    expect(labels).toContain('2025');
    expect(labels).toContain('2026');
    expect(labels).not.toContain('2012');
    for (let i = 1; i < s.ticks.length; i++) expect(s.ticks[i]!.position - s.ticks[i - 1]!.position).toBeGreaterThanOrEqual(0.05);
  });

  it('puts a single day in the middle and copes with nothing', () => {
    expect(timelineScale([]).position(5)).toBe(0.5);
    const one = timelineScale([periodOf({ iso: '2026-06-23' })]);
    expect(one.position(dayNumber(2026, 6, 23))).toBe(0);
    expect(one.position(dayNumber(2026, 6, 24))).toBe(1);
  });
});

describe('assignLanes', () => {
  it('stacks overlapping marks and reuses a lane once it is free', () => {
    expect(
      assignLanes([
        { from: 0, to: 50 },
        { from: 10, to: 60 },
        { from: 20, to: 30 },
        { from: 55, to: 70 },
        { from: 65, to: 80 },
      ]),
    ).toEqual([0, 1, 2, 0, 1]);
  });

  it('never uses more than maxLanes', () => {
    const lanes = assignLanes(
      Array.from({ length: 20 }, () => ({ from: 0, to: 10 })),
      4,
      3,
    );
    expect(Math.max(...lanes)).toBe(2);
  });
});
