import { it } from 'vitest';
import { anchorTarget } from '../core/anchoring/anchorTarget';
import { buildAnchorIndex } from '../core/anchoring/anchorIndex';
import { joinDocumentText, pageStartOffsets } from '../core/documentText';
import { makeAnchorBench } from './anchorBenchData';
import { scoreAnchoring } from './anchorScore';

it('debug', () => {
  const data = makeAnchorBench(50, 500);
  const text = joinDocumentText(data.edited.pages);
  const index = buildAnchorIndex(text, pageStartOffsets(data.edited.pages));
  const results = data.clauses.map((c) => anchorTarget(index, c.target));
  const score = scoreAnchoring(results, data.edited.truth);
  for (const i of score.wrong) {
    const c = data.clauses[i]!; const t = data.edited.truth[i]!; const r = results[i]!;
    console.log('#', i, c.target.pageIndex, c.range, JSON.stringify(c.target.quote), '\nresult', r, JSON.stringify(text.slice(r.start! - 20, r.end! + 20)), '\ntruth', t, t.removed ? '' : JSON.stringify(text.slice(t.start - 20, t.end + 20)));
  }
});
it('profile', () => {
  const data = makeAnchorBench(500, 5000);
  const text = joinDocumentText(data.edited.pages);
  const index = buildAnchorIndex(text, pageStartOffsets(data.edited.pages));
  const times: [number, number][] = [];
  data.clauses.forEach((c, i) => { const t0 = performance.now(); anchorTarget(index, c.target); times.push([performance.now() - t0, i]); });
  times.sort((a, b) => b[0] - a[0]);
  const total = times.reduce((s, t) => s + t[0], 0);
  console.log('total', total.toFixed(0), 'top', times.slice(0, 10).map(([t, i]) => `${t.toFixed(1)}ms #${i} ${data.clauses[i]!.target.quote.exact.length}ch ${JSON.stringify(data.clauses[i]!.target.quote.exact.slice(0, 40))}`).join('\n'));
  console.log((globalThis as any).C); console.log('top100 sum', times.slice(0, 100).reduce((s, t) => s + t[0], 0).toFixed(0), 'median', times[2500]![0].toFixed(2));
});
