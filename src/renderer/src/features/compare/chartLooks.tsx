/**
 * How each cell status looks in the chart, after the matrix's badges and cells (matrix.css): a
 * fill (solid, pale, striped, dotted) and an outline (thin solid, dashed, dotted, thick), so that
 * two statuses never differ in colour alone, in print or to a colour-blind reader. Sourced: solid
 * green; paraphrased: pale purple, dashed outline; unsourced: grey stripes, dotted outline;
 * disputed: pale amber, thick amber outline; needs review: red with white dots.
 */
import type { CellStatus } from '../../core/types';

export interface StatusLook {
  /** The fill when there is no pattern. */
  fill: string;
  /** True when the fill is the status's pattern (StatusPatterns). */
  pattern: boolean;
  stroke: string;
  strokeWidth: number;
  dash: string | undefined;
}

export const STATUS_LOOK: Record<CellStatus, StatusLook> = {
  sourced: { fill: '#1e7a4a', pattern: false, stroke: '#145c36', strokeWidth: 1, dash: undefined },
  paraphrased: { fill: '#f3f1fb', pattern: false, stroke: '#6a5cb8', strokeWidth: 1.5, dash: '5 2' },
  unsourced: { fill: '#ffffff', pattern: true, stroke: '#7b818b', strokeWidth: 1.5, dash: '1.5 2.5' },
  disputed: { fill: '#fff1cc', pattern: false, stroke: '#c98a00', strokeWidth: 3, dash: undefined },
  'needs-review': { fill: '#a3261b', pattern: true, stroke: '#a3261b', strokeWidth: 1, dash: undefined },
};

/** The patterns, once per chart (ids prefixed so two charts on a page never share them). */
export function StatusPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {/* Unsourced: the matrix's faint diagonal stripes. */}
      <pattern id={`${prefix}-unsourced`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(135)">
        <rect width="8" height="8" fill={STATUS_LOOK.unsourced.fill} />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#c9ccd1" strokeWidth="2.5" />
      </pattern>
      {/* Needs review: red with white dots, so it never reads as a plain solid bar. */}
      <pattern id={`${prefix}-needs-review`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={STATUS_LOOK['needs-review'].fill} />
        <circle cx="3" cy="3" r="1.3" fill="#ffffff" />
      </pattern>
    </defs>
  );
}

/** A small sample of a status's look, for the legend (the patterns are the chart's, by id). */
export function StatusSwatch({ status, prefix }: { status: CellStatus; prefix: string }) {
  const look = STATUS_LOOK[status];
  return (
    <svg className="comparison-chart-swatch" width="22" height="14" aria-hidden="true" focusable="false">
      <rect
        x="1.5"
        y="1.5"
        width="19"
        height="11"
        fill={look.pattern ? `url(#${prefix}-${status})` : look.fill}
        stroke={look.stroke}
        strokeWidth={look.strokeWidth}
        strokeDasharray={look.dash}
      />
    </svg>
  );
}
