import { it } from 'vitest';
import { buildAnchorIndex } from '../core/anchoring/anchorIndex';
import { joinDocumentText, pageStartOffsets } from '../core/documentText';
import { makeAnchorBench } from './anchorBenchData';
import { prepareQuote } from '../core/anchoring/preparedQuote';
import { exactPlacements } from '../core/anchoring/exactSearch';
import { choose } from '../core/anchoring/placement';

it('why', () => {
  const data = makeAnchorBench(500, 5000);
  const text = joinDocumentText(data.edited.pages);
  const index = buildAnchorIndex(text, pageStartOffsets(data.edited.pages));
  const reasons: Record<string, number> = {};
  for (const [i, c] of data.clauses.entries()) {
    if (i < 1000 || i >= 2000) continue;
    const q = prepareQuote(index, c.target)!;
    const places = exactPlacements(index, q);
    const ch = choose(places, q.core.length);
    const t = data.edited.truth[i]!;
    const same = !t.removed && text.slice(t.start, t.end) === c.target.quote.exact;
    const key = `${ch.kind}${ch.kind === 'placed' ? (ch.place.near ? '-near' : '-far') + (1 - ch.place.context.errors / ch.place.context.length >= 0.75 ? '-strong' : '-weak') : ''} same=${same} places=${Math.min(places.length, 3)}`;
    reasons[key] = (reasons[key] ?? 0) + 1;
    if (same && ch.kind !== 'placed' && reasons[key]! < 3) console.log(i, JSON.stringify(c.target.quote), t, places.slice(0, 3), q.window, q.expected);
  }
  console.log(reasons);
});
