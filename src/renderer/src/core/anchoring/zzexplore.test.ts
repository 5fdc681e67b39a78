import { it } from 'vitest';
import { extractPageTexts } from '../../../../../test/support/nodePdf';
import { editDocument, generatePages, pickPassages, seededRandom } from '../../bench/anchorBenchData';
import { formatAnchorScore, scoreAnchoring } from '../../bench/anchorScore';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../documentText';
import { buildAnchorIndex } from './anchorIndex';
import { anchorAll } from './anchorTarget';
import { describeRange } from './describeRange';

const files = ['legal/FR-2025-23844.pdf', 'legal/FR-2025-15010.pdf', 'legal/ca1_00117684624.pdf', 'legal/gov.uscourts.azd.1085839.3.0.pdf', 'pdfjs/freeculture.pdf'];
it('explore', async () => {
  for (const f of files) {
    const pages = (await extractPageTexts('/work/shared/corpus/' + f)).pageTexts;
    const text = joinDocumentText(pages);
    const starts = pageStartOffsets(pages);
    for (const seed of [1, 2]) {
      const ranges = pickPassages(text, 1000, seed);
      const targets = ranges.map((r) => ({ ...describeRange(text, r.start, r.end), pageIndex: pageIndexAtOffset(starts, r.start) }));
      const r = seededRandom(seed + 9);
      const edited = editDocument(pages, ranges, { seed: seed + 1, insertAt: 1, insertedPage: generatePages(1, seed + 2, 40)[0]!, changeRate: 0.01, removeRate: 0.003, deleteRanges: ranges.filter(() => r() < 0.03) });
      const now = joinDocumentText(edited.pages);
      const t0 = performance.now();
      const results = anchorAll(buildAnchorIndex(now, pageStartOffsets(edited.pages)), targets);
      const ms = performance.now() - t0;
      const score = scoreAnchoring(results, edited.truth, { text: now, quotes: targets.map((t) => t.quote.exact) });
      console.log(f, seed, pages.length, text.length, ms.toFixed(0) + 'ms', formatAnchorScore(score));
      const cats: Record<string, number> = {};
      for (const i of score.wrong) {
        const t = edited.truth[i]!; const res = results[i]!;
        const k = `${res.status} ${t.removed ? 'removed' : 'survives'} ${now.slice(res.start, res.end) === targets[i]!.quote.exact ? 'sameText' : 'otherText'} ${targets[i]!.quote.exact.length < 32 ? 'short' : 'long'}`;
        cats[k] = (cats[k] ?? 0) + 1;
      }
      console.log('  CATS', JSON.stringify(cats));
      for (const i of score.wrong.slice(0, 0)) {
        const t = edited.truth[i]!; const res = results[i]!;
        console.log('  WRONG', i, JSON.stringify(targets[i]!.quote), res, JSON.stringify(now.slice(res.start! - 30, res.end! + 30)), t, t.removed ? '' : JSON.stringify(now.slice(t.start - 30, t.end + 30)));
      }
    }
  }
}, 600_000);
