/**
 * The chronology as a horizontal strip: each event a mark at its date (core/chronology's scale,
 * which shortens long empty stretches), on lanes so marks never cover one another. An exact day
 * is a filled dot; a date with a doubt (before, by, after, mid, assumed and the like) a hollow
 * dashed one; a month or a year a bar over the period. The table below says the same in words,
 * for keyboards and screen readers; the strip is a picture with a summary for them.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { ChronologyEvent } from '../../core/chronology/chronologyEvents';
import { assignLanes, periodOf, timelineScale } from '../../core/chronology/timelineLayout';
import { shortLabel } from '../../core/entities/entityGraph';

const LANE = 24;
const AXIS = 30;
const PAD_LEFT = 14;
const PAD_RIGHT = 24;
/** Marks past this share of the strip put their labels on their left, so the labels stay inside. */
const FLIP_AFTER = 0.6;
const CHAR = 6.4;
const DOT = 12;
/** Where a period's label starts on its band, from the band's start. */
const BAND_LABEL = 14;
/** The least space between two marks on one lane (assignLanes' default). */
const LANE_GAP = 4;

export function isUncertain(event: ChronologyEvent): boolean {
  return event.date.qualifier !== 'exact';
}

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(800);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface ChronologyTimelineProps {
  events: readonly ChronologyEvent[];
  onOpen(event: ChronologyEvent): void;
}

export function ChronologyTimeline({ events, onOpen }: ChronologyTimelineProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const periods = events.map((e) => periodOf(e.date));
  const scale = timelineScale(periods);
  const span = Math.max(width - PAD_LEFT - PAD_RIGHT, 120);
  const x = (day: number) => PAD_LEFT + scale.position(day) * span;
  const marks = events.map((event, i) => {
    const period = periods[i]!;
    const bar = event.date.precision !== 'day';
    const from = x(period.start);
    const to = bar ? Math.max(x(period.end), from + DOT) : from + DOT / 2;
    const label = `${event.date.display} · ${shortLabel(event.title, 36)}`;
    const labelWidth = label.length * CHAR + 8;
    // The label follows the dot (or starts on a period's band); towards the right end it goes left
    // of the dot, and a band's label moves left as far as it must to end inside the strip.
    const flip = !bar && from > width * FLIP_AFTER;
    const labelOffset = bar ? Math.max(Math.min(BAND_LABEL, width - PAD_RIGHT / 2 - labelWidth - from), PAD_LEFT - from) : 0;
    const labelEnd = bar ? from + labelOffset + labelWidth : from + DOT / 2 + 5 + labelWidth;
    const extent = flip
      ? { from: from - DOT / 2 - 5 - labelWidth, to }
      : { from: Math.min(from + labelOffset, from - DOT / 2), to: Math.max(to, labelEnd) };
    return { event, bar, from, to, label, labelOffset, flip, extent };
  });
  const lanes = assignLanes(
    marks.map((m) => m.extent),
    LANE_GAP,
  );
  // Past the last lane a mark shares one with others: it keeps its dot and its tooltip but not a
  // label that would print over theirs (the table below has every event in words).
  const laneEnds: number[] = [];
  const labelled = marks.map((m, i) => {
    const lane = lanes[i]!;
    const clear = (laneEnds[lane] ?? -Infinity) + LANE_GAP <= m.extent.from;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, clear ? m.extent.to : m.to);
    return clear;
  });
  const laneCount = Math.max(...lanes, 0) + 1;
  const uncertain = events.filter(isUncertain).length;
  const first = events[0]?.date.display ?? '';
  const last = events.at(-1)?.date.display ?? '';
  const summary = `Timeline of ${events.length} events, from ${first} to ${last}; ${uncertain} with an uncertain date. The table below lists them.`;

  return (
    <figure className="chronology-figure">
      <div ref={ref} className="chronology-timeline" role="img" aria-label={summary} style={{ height: AXIS + laneCount * LANE + 8 }}>
        <div className="chronology-axis" />
        {scale.ticks.map((t) => (
          <span key={t.label} className="chronology-tick" style={{ left: PAD_LEFT + t.position * span }}>
            {t.label}
          </span>
        ))}
        {scale.breaks.map((b) => (
          <span key={b} className="chronology-break" style={{ left: PAD_LEFT + b * span }} title="Years without events, drawn short" />
        ))}
        {marks.map((m, i) => (
          <span
            key={m.event.id}
            className={`chronology-mark chronology-${m.event.date.qualifier}${isUncertain(m.event) ? ' chronology-uncertain' : ''}${m.bar ? ' chronology-period' : ''}${m.flip ? ' chronology-flipped' : ''}`}
            style={
              m.flip
                ? { right: width - m.from - DOT / 2, top: AXIS + lanes[i]! * LANE }
                : { left: m.from - (m.bar ? 0 : DOT / 2), top: AXIS + lanes[i]! * LANE }
            }
            title={`${m.event.date.display}: ${m.event.title}`}
            data-event-id={m.event.id}
            onClick={() => onOpen(m.event)}
          >
            <span className="chronology-dot" style={m.bar ? { width: m.to - m.from } : undefined} />
            {labelled[i] && (
              <span className="chronology-mark-label" style={m.bar ? { marginLeft: m.labelOffset } : undefined}>
                {m.label}
              </span>
            )}
          </span>
        ))}
      </div>
      <figcaption className="chronology-legend">
        <span>
          <span className="chronology-key chronology-key-exact" aria-hidden="true" /> exact day
        </span>
        <span>
          <span className="chronology-key chronology-key-uncertain" aria-hidden="true" /> uncertain: before, by, after, mid-, about or assumed
        </span>
        <span>
          <span className="chronology-key chronology-key-period" aria-hidden="true" /> month or year only
        </span>
        {scale.breaks.length > 0 && (
          <span>
            <span className="chronology-key chronology-key-break" aria-hidden="true" /> long gap drawn short
          </span>
        )}
      </figcaption>
    </figure>
  );
}
