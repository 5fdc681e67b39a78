/**
 * Scores anchoring results against the truth of an edited document (anchorBenchData.ts). The
 * figure that matters most is placedWrongly: a clause highlighted on the wrong words can be cited
 * as evidence for something the source never said, so it must stay 0; an orphan only costs the
 * analyst a look.
 */
import type { AnchorResult } from '../core/anchoring/anchorTarget';
import type { ClauseTruth } from './anchorBenchData';

export interface AnchorScore {
  /** Anchored exactly on the true range. */
  placedExactly: number;
  /** Fuzzy, overlapping the true range (its words, edited). */
  placedFuzzyRightWords: number;
  /** Placed anywhere else: anchored off the true range, fuzzy elsewhere, or placed though removed. */
  placedWrongly: number;
  /** Orphaned although some of the clause's words are still in the document. */
  orphanedButWordsSurvive: number;
  /** Orphaned, and rightly so: the clause's words are gone. */
  orphanedWordsRemoved: number;
  total: number;
  /** Clauses whose words are still in the document (the most that could be placed). */
  surviving: number;
  /** Indices of the wrongly placed clauses, for a report to show. */
  wrong: number[];
}

/**
 * Tallies `results[i]` against `truth[i]`. With `same` (the edited text and each clause's exact
 * quote), an anchored range overlapping the true one and holding the quote character for
 * character also counts as exact: the truth spans the clause's surviving characters, and where
 * an inserted page split a clause that ran onto the next page, the new page's identical running
 * head legitimately completes the same words. Invariant: the five counts add up to total, which
 * is results.length; throws when the lists differ in length (a scoring bug, not a result).
 */
export function scoreAnchoring(
  results: readonly AnchorResult[],
  truth: readonly ClauseTruth[],
  same?: { text: string; quotes: readonly string[] },
): AnchorScore {
  if (results.length !== truth.length) throw new Error(`scoreAnchoring: ${results.length} results for ${truth.length} clauses`);
  const score: AnchorScore = {
    placedExactly: 0,
    placedFuzzyRightWords: 0,
    placedWrongly: 0,
    orphanedButWordsSurvive: 0,
    orphanedWordsRemoved: 0,
    total: results.length,
    surviving: truth.filter((t) => !t.removed).length,
    wrong: [],
  };
  results.forEach((result, i) => {
    const t = truth[i]!;
    if (result.status === 'orphaned') {
      if (t.removed) score.orphanedWordsRemoved++;
      else score.orphanedButWordsSurvive++;
      return;
    }
    const start = result.start ?? -1;
    const end = result.end ?? -1;
    const overlaps = !t.removed && start < t.end && t.start < end;
    const exactly =
      !t.removed &&
      result.status === 'anchored' &&
      ((start === t.start && end === t.end) || (overlaps && same !== undefined && same.text.slice(start, end) === same.quotes[i]));
    if (exactly) score.placedExactly++;
    else if (result.status === 'fuzzy' && overlaps) score.placedFuzzyRightWords++;
    else {
      score.placedWrongly++;
      score.wrong.push(i);
    }
  });
  return score;
}

/** Share of the clauses whose words survive that were placed on them, in [0, 1]. */
export function placedShare(s: AnchorScore): number {
  return s.surviving === 0 ? 1 : (s.placedExactly + s.placedFuzzyRightWords) / s.surviving;
}

/** One line for a console or a report: the counts, wrong placements first. */
export function formatAnchorScore(s: AnchorScore): string {
  return (
    `wrong ${s.placedWrongly}, exact ${s.placedExactly}, fuzzy ${s.placedFuzzyRightWords}, ` +
    `orphaned ${s.orphanedButWordsSurvive} (words survive) + ${s.orphanedWordsRemoved} (words removed) of ${s.total}; ` +
    `${(100 * placedShare(s)).toFixed(1)}% of the ${s.surviving} surviving clauses placed`
  );
}
