import { it } from 'vitest';
import { buildAnchorIndex } from './anchorIndex';
import { anchorTarget } from './anchorTarget';
import { describeRange } from './describeRange';
import { prepareQuote } from './preparedQuote';
import { boundariesOf } from './wordBoundaries';
import { exactPlacements } from './exactSearch';
it('d', () => {
  const old = 'The Bureau shall publish the results of evaluations on a form it prescribes.\n';
  const s = old.indexOf('the results'); const e = s + 'the results of evaluations on a'.length;
  const t = { ...describeRange(old, s, e), pageIndex: 0 };
  const now = 'The Bureau shall publish the results of evaluations on agency form it prescribes.\n';
  const index = buildAnchorIndex(now, [0]);
  const q = prepareQuote(index, t)!;
  console.log(q, boundariesOf(q), exactPlacements(index, q), anchorTarget(index, t));
});
