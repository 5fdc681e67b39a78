/**
 * "Cells by status per regime": a stacked horizontal bar per regime (visx) of how many of its cells
 * are sourced, paraphrased, unsourced, disputed or need review, so the eye sees at once which
 * regimes rest on primary texts and which on paraphrase or nothing. Statuses differ in fill
 * pattern and outline as well as colour (as the matrix's badges differ in sign and border), a
 * legend names them, and a table under the chart (visually hidden) gives the same numbers to
 * screen readers and keyboards.
 *
 * CSP: SVG presentation attributes and patterns only; no <style> element, no style strings.
 */
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarStackHorizontal } from '@visx/shape';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CELL_STATUS_LABELS } from '../../core/compare/cellStatus';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { STATUS_MARKS, STATUS_ORDER } from '../../core/compare/comparisonOutput';
import { statusCountsByRegime, type RegimeStatusCounts } from '../../core/compare/statusCounts';
import type { CellStatus } from '../../core/types';
import { StatusSwatch, StatusPatterns, STATUS_LOOK } from './chartLooks';
import './comparisonChart.css';

export const CHART_NAME = 'Cells by status per regime';

const BAR = 20;
const GAP = 10;
/** Height of a regime's name above its bar in the narrow layout. */
const LABEL = 15;
/** Below this width (the Compare view's side panel) names go above the bars, not beside them. */
const NARROW = 480;
const WIDE_MARGIN = { top: 8, right: 16, bottom: 46, left: 170 };
const NARROW_MARGIN = { top: 4, right: 10, bottom: 46, left: 4 };
const MAX_LABEL = 26;

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || 640);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || 640));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function shortName(name: string): string {
  const trimmed = name.trim() || 'Unnamed regime';
  return trimmed.length > MAX_LABEL ? `${trimmed.slice(0, MAX_LABEL - 1)}…` : trimmed;
}

type Datum = { id: string; name: string } & Record<CellStatus, number>;

function toData(rows: readonly RegimeStatusCounts[]): Datum[] {
  return rows.map((r) => ({ id: r.regime.id, name: r.regime.name, ...r.counts }));
}

/** One sentence for the picture, so a screen reader hears the gist before the table. */
function summary(rows: readonly RegimeStatusCounts[]): string {
  if (rows.length === 0) return 'No regimes yet.';
  const sourced = rows.filter((r) => r.counts.sourced > 0).length;
  return `${rows.length} regime${rows.length === 1 ? '' : 's'}, ${rows[0]!.total} question${rows[0]!.total === 1 ? '' : 's'} each; ${sourced} regime${sourced === 1 ? ' has' : 's have'} at least one cell sourced from a primary text. The table below gives the numbers.`;
}

export function ComparisonChart({ model }: { model: ComparisonModel }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const prefix = `cmp-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const rows = useMemo(() => statusCountsByRegime(model), [model]);
  const data = useMemo(() => toData(rows), [rows]);
  const total = rows[0]?.total ?? 0;
  const narrow = width < NARROW;
  const margin = narrow ? NARROW_MARGIN : WIDE_MARGIN;
  // Each regime's row: its bar, and in the narrow layout its name above it.
  const pitch = (narrow ? LABEL : 0) + BAR + GAP;
  const innerWidth = Math.max(width - margin.left - margin.right, 80);
  const innerHeight = Math.max(rows.length * pitch, pitch);
  const height = innerHeight + margin.top + margin.bottom;
  const names = new Map(data.map((d) => [d.id, d.name]));
  const yScale = scaleBand<string>({ domain: data.map((d) => d.id), range: [0, innerHeight], padding: 0 });
  const xScale = scaleLinear<number>({ domain: [0, Math.max(total, 1)], range: [0, innerWidth], nice: false });
  const barTop = (bandY: number) => bandY + (narrow ? LABEL : GAP / 2);
  const captionId = `${prefix}-caption`;

  return (
    <figure className="comparison-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="comparison-chart-title">
        {CHART_NAME}
      </figcaption>
      <ul className="comparison-chart-legend" aria-label="Chart legend">
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <StatusSwatch status={s} prefix={prefix} />
            <span aria-hidden="true">{STATUS_MARKS[s]}</span> {CELL_STATUS_LABELS[s]}
          </li>
        ))}
      </ul>
      <div ref={ref} className="comparison-chart-canvas">
        {rows.length === 0 ? (
          <p className="hint">Add a regime to see its cells by status.</p>
        ) : (
          <svg width={width} height={height} role="img" aria-label={`${CHART_NAME}: ${summary(rows)}`}>
            <StatusPatterns prefix={prefix} />
            <Group top={margin.top} left={margin.left}>
              <BarStackHorizontal<Datum, CellStatus>
                data={data}
                keys={[...STATUS_ORDER]}
                y={(d) => d.id}
                xScale={xScale}
                yScale={yScale}
                color={(key) => STATUS_LOOK[key].stroke}
              >
                {(stacks) =>
                  data.map((d, i) => (
                    <g key={d.id} className="comparison-chart-bar" data-regime-id={d.id}>
                      {narrow && (
                        <text x={0} y={(yScale(d.id) ?? 0) + LABEL - 4} fontSize={12} fill="#1a1a1a">
                          {shortName(d.name)}
                        </text>
                      )}
                      {stacks.map((stack) => {
                        const bar = stack.bars[i];
                        if (!bar || bar.width <= 0) return null;
                        const look = STATUS_LOOK[stack.key];
                        const n = d[stack.key];
                        return (
                          <rect
                            key={stack.key}
                            x={bar.x}
                            y={barTop(bar.y)}
                            width={bar.width}
                            height={BAR}
                            fill={look.pattern ? `url(#${prefix}-${stack.key})` : look.fill}
                            stroke={look.stroke}
                            strokeWidth={look.strokeWidth}
                            strokeDasharray={look.dash}
                            data-status={stack.key}
                          >
                            <title>{`${d.name}: ${n} ${CELL_STATUS_LABELS[stack.key].toLowerCase()}`}</title>
                          </rect>
                        );
                      })}
                    </g>
                  ))
                }
              </BarStackHorizontal>
              {!narrow && (
                <AxisLeft
                  scale={yScale}
                  tickFormat={(id) => shortName(names.get(id) ?? '')}
                  hideTicks
                  tickLabelProps={{ fontSize: 12, fill: '#1a1a1a', textAnchor: 'end', dx: -4, dy: '0.33em' }}
                />
              )}
              <AxisBottom
                top={innerHeight}
                scale={xScale}
                tickValues={xScale.ticks(Math.min(total, narrow ? 5 : 10)).filter((v) => Number.isInteger(v))}
                tickFormat={(v) => String(v)}
                label="Cells (questions)"
                labelProps={{ fontSize: 12, fill: '#444', textAnchor: 'middle' }}
                tickLabelProps={{ fontSize: 11, fill: '#444', textAnchor: 'middle' }}
              />
            </Group>
          </svg>
        )}
      </div>
      <ChartTable rows={rows} />
    </figure>
  );
}

/** The chart's numbers as a table: for screen readers and keyboards, and what tests read. */
function ChartTable({ rows }: { rows: readonly RegimeStatusCounts[] }) {
  return (
    <table className="visually-hidden">
      <caption>{CHART_NAME} (numbers)</caption>
      <thead>
        <tr>
          <th scope="col">Regime</th>
          {STATUS_ORDER.map((s) => (
            <th key={s} scope="col">
              {CELL_STATUS_LABELS[s]}
            </th>
          ))}
          <th scope="col">Cells</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.regime.id}>
            <th scope="row">{r.regime.name || 'Unnamed regime'}</th>
            {STATUS_ORDER.map((s) => (
              <td key={s}>{r.counts[s]}</td>
            ))}
            <td>{r.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
