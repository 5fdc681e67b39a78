/**
 * The rows the comparison matrix shows: dimensions grouped by their `group` (groups in the order
 * of their first question, questions by `order` within a group), each group led by a header row,
 * after the filters by group, by text and "Show only differences".
 */
import type { Cell, Dimension } from '../types';

export type MatrixRow = { kind: 'group'; key: string; group: string; count: number } | { kind: 'dimension'; key: string; dimension: Dimension };

export interface RowFilter {
  /** Only this group's questions; null for every group. */
  group: string | null;
  /** Words that must all occur in the question, or a shown regime's short answer or detail. */
  text: string;
  /** Leave out rows where the shown regimes agree. */
  onlyDifferences: boolean;
}

/** What the rows need of the comparison model (core/compare/comparisonModel.ts). */
export interface RowSource {
  dimensions: readonly Dimension[];
  cellAt(regimeId: string, dimensionId: string): Pick<Cell, 'answer' | 'detail'> | undefined;
  agrees(dimension: Dimension, regimeIds: readonly string[]): boolean;
}

/** How a group with no name is shown (a question may be left ungrouped). */
export const UNGROUPED = 'Other questions';

export function groupLabel(group: string): string {
  return group.trim() || UNGROUPED;
}

/**
 * Dimensions in display order: grouped, groups in the order of their lowest-ordered question,
 * questions by `order` (then id) within a group. Invariant: a group's questions are contiguous.
 */
export function displayOrder(dimensions: readonly Dimension[]): Dimension[] {
  const sorted = [...dimensions].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const groups = new Map<string, Dimension[]>();
  for (const d of sorted) {
    const key = d.group.trim();
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].flat();
}

/** The groups of the comparison, in display order (for the "Group" filter). */
export function groupsOf(dimensions: readonly Dimension[]): string[] {
  return [...new Set(displayOrder(dimensions).map((d) => d.group.trim()))];
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when every word of `query` occurs in the question or a shown regime's answer or detail. */
export function rowMatchesText(source: RowSource, dimension: Dimension, regimeIds: readonly string[], query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      dimension.question,
      ...regimeIds.flatMap((r) => [source.cellAt(r, dimension.id)?.answer ?? '', source.cellAt(r, dimension.id)?.detail ?? '']),
    ].join('\n'),
  );
  return words.every((w) => haystack.includes(w));
}

/**
 * The matrix's rows for the shown regimes (`regimeIds`, in column order) under `filter`. Invariants:
 * a group header precedes its questions and appears only when at least one of them is shown, with
 * `count` the number shown; with `onlyDifferences` no row where the shown regimes agree remains.
 */
export function matrixRows(source: RowSource, regimeIds: readonly string[], filter: RowFilter): MatrixRow[] {
  const rows: MatrixRow[] = [];
  let header: Extract<MatrixRow, { kind: 'group' }> | undefined;
  for (const dimension of displayOrder(source.dimensions)) {
    const group = dimension.group.trim();
    if (filter.group !== null && group !== filter.group.trim()) continue;
    if (!rowMatchesText(source, dimension, regimeIds, filter.text)) continue;
    if (filter.onlyDifferences && source.agrees(dimension, regimeIds)) continue;
    if (header?.group !== group) {
      header = { kind: 'group', key: `group:${group}`, group, count: 0 };
      rows.push(header);
    }
    header.count += 1;
    rows.push({ kind: 'dimension', key: dimension.id, dimension });
  }
  return rows;
}
