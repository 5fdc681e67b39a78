/**
 * Reading order of one document's clauses, as a clause list and exports show them.
 *
 * Text clauses follow the document text (target.position.start). Area clauses have no text
 * position (see ClauseTarget.area), so they follow their page, then the top of their first
 * rectangle (PDF y grows upwards, so a higher top comes first). The two runs are merged page by
 * page; on a shared page the clause whose first rectangle sits higher comes first.
 *
 * Invariants: pure; never mutates its input; the result is a permutation of the input; text
 * clauses keep their text order and area clauses their page/top order whatever the mix, and ties
 * are broken by creation time, then id, so the order is the same on every run.
 */
import type { Clause, ClauseTarget } from './types';

/** Top edge (largest y) of the target's first rectangle on its own page; -Infinity when it has none. */
export function targetTop(target: ClauseTarget): number {
  const group = target.rects.find((g) => g.pageIndex === target.pageIndex) ?? target.rects[0];
  const rect = group?.rects[0];
  return rect ? Math.max(rect[1], rect[3]) : Number.NEGATIVE_INFINITY;
}

function targetLeft(target: ClauseTarget): number {
  const group = target.rects.find((g) => g.pageIndex === target.pageIndex) ?? target.rects[0];
  const rect = group?.rects[0];
  return rect ? Math.min(rect[0], rect[2]) : 0;
}

function byAge(a: Clause, b: Clause): number {
  return a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function textOrder(a: Clause, b: Clause): number {
  return a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end || byAge(a, b);
}

function areaOrder(a: Clause, b: Clause): number {
  return (
    a.target.pageIndex - b.target.pageIndex || targetTop(b.target) - targetTop(a.target) || targetLeft(a.target) - targetLeft(b.target) || byAge(a, b)
  );
}

/** Whether the text clause `text` reads before the area clause `area` (ties go to the text). */
function textFirst(text: Clause, area: Clause): boolean {
  if (text.target.pageIndex !== area.target.pageIndex) return text.target.pageIndex < area.target.pageIndex;
  return targetTop(text.target) >= targetTop(area.target);
}

/** The clauses of one document in reading order (see the module comment). */
export function sortInReadingOrder(clauses: readonly Clause[]): Clause[] {
  // One comparator over both kinds could be intransitive (text order and height disagree in two
  // columns), and sort() is undefined then; merging two sorted runs is always well defined.
  const texts = clauses.filter((c) => !c.target.area).sort(textOrder);
  const areas = clauses.filter((c) => c.target.area).sort(areaOrder);
  const out: Clause[] = [];
  let t = 0;
  let a = 0;
  while (t < texts.length || a < areas.length) {
    if (a >= areas.length || (t < texts.length && textFirst(texts[t]!, areas[a]!))) out.push(texts[t++]!);
    else out.push(areas[a++]!);
  }
  return out;
}
