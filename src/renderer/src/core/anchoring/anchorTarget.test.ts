import { describe, expect, it } from 'vitest';
import { joinDocumentText, pageStartOffsets } from '../documentText';
import { buildAnchorIndex } from './anchorIndex';
import { anchorAll, anchorTarget, type AnchorableTarget, type AnchorResult } from './anchorTarget';
import { describeRange } from './describeRange';

/** A small order in the shape pdf.js extracts it: lines ended by "\n", pages joined by "\f". */
const PAGES = [
  [
    'EXECUTIVE ORDER ON THE EXPORT OF ADVANCED MODELS\n',
    'Section 1. Purpose. The United States must protect the weights of its most capable\n',
    'artificial intelligence models from access by foreign adversaries, while keeping\n',
    'open the research collaboration on which American leadership depends.\n',
    'Sec. 2. Definitions. (a) The term "covered model" means any model trained with more\n',
    'than the threshold amount of computing power set by the Secretary of Commerce.\n',
    '(b) The term "foreign national" means any natural person who is not a citizen or\n',
    'lawful permanent resident of the United States, wherever that person is located.\n',
    'Page 1\n',
  ].join(''),
  [
    'Sec. 3. Restrictions. (a) No United States developer shall share the weights of a\n',
    'covered model with a foreign national without a licence issued under this order.\n',
    '(b) The Secretary may grant a licence where the sharing serves a legitimate research\n',
    'purpose and the recipient undertakes to keep the weights secure.\n',
    'Sec. 4. Reports. Each developer shall report to the Secretary, within 30 days of\n',
    'this order, every foreign national who has had access to a covered model.\n',
    'Page 2\n',
  ].join(''),
  [
    'Sec. 5. Review. The Secretary shall review the threshold amount annually and may\n',
    'revise it by notice published in the Federal Register.\n',
    'Sec. 6. General Provisions. (a) Nothing in this order shall be construed to impair\n',
    'the authority granted by law to an executive department or agency.\n',
    '(b) This order is not intended to, and does not, create any right or benefit.\n',
    'Page 3\n',
  ].join(''),
];

function doc(pages: string[]) {
  const text = joinDocumentText(pages);
  return { text, index: buildAnchorIndex(text, pageStartOffsets(pages)) };
}

/** Describes the `nth` occurrence of `words` in `text`, as a clause stores it. */
function target(text: string, pages: string[], words: string, nth = 0): AnchorableTarget & { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${JSON.stringify(words)}`);
  const end = start + words.length;
  const starts = pageStartOffsets(pages);
  const pageIndex = starts.filter((s) => s <= start).length - 1;
  return { ...describeRange(text, start, end), pageIndex, start, end };
}

function placed(text: string, r: AnchorResult): string {
  expect(r.start).toBeTypeOf('number');
  return text.slice(r.start, r.end);
}

const INSERTED_PAGE = [
  'TABLE OF CONTENTS\n',
  'Purpose, definitions, restrictions, reports, review and general provisions of the\n',
  'order, with a note on how the Secretary administers licences for covered models.\n',
].join('');

describe('anchorTarget', () => {
  const old = doc(PAGES);

  it('round trip: every described range anchors at its own offsets', () => {
    const targets: ReturnType<typeof target>[] = [];
    for (let start = 0; start + 40 < old.text.length; start += 37) {
      const d = describeRange(old.text, start, start + 25 + (start % 50));
      targets.push({ ...d, pageIndex: 0, start, end: d.position.end });
    }
    const results = anchorAll(old.index, targets);
    results.forEach((r, i) => expect(r, `target ${i}`).toEqual({ status: 'anchored', start: targets[i]!.start, end: targets[i]!.end }));
  });

  it('moved text: a page inserted before → anchored at the new place', () => {
    const pages = [PAGES[0]!, INSERTED_PAGE, PAGES[1]!, PAGES[2]!];
    const moved = doc(pages);
    for (const words of ['shall share the weights of a\ncovered model', 'review the threshold amount annually', 'Page 2']) {
      const t = target(old.text, PAGES, words);
      const r = anchorTarget(moved.index, t);
      const expected = moved.text.indexOf(words);
      expect(r, words).toEqual({ status: 'anchored', start: expected, end: expected + words.length });
    }
  });

  it('edited words → fuzzy, on the edited words', () => {
    const t = target(old.text, PAGES, 'The Secretary may grant a licence where the sharing serves a legitimate research');
    const edited = PAGES.map((p) => p.replace('may grant a licence', 'may issue a licence'));
    const now = doc(edited);
    const r = anchorTarget(now.index, t);
    expect(r.status).toBe('fuzzy');
    expect(placed(now.text, r)).toBe('The Secretary may issue a licence where the sharing serves a legitimate research');
  });

  it('deleted passage → orphaned (not the nearest similar sentence)', () => {
    const t = target(old.text, PAGES, 'Each developer shall report to the Secretary, within 30 days of\nthis order');
    const without = PAGES.map((p) => p.replace(/Sec\. 4\. Reports\.[^]*?covered model\.\n/, ''));
    expect(without[1]).not.toContain('Reports');
    expect(anchorTarget(doc(without).index, t)).toEqual({ status: 'orphaned' });
  });

  it('a deleted clause whose words recur elsewhere in other surroundings → orphaned', () => {
    const pages = [PAGES[0]!, PAGES[1]! + 'Annex. The Secretary shall review the threshold amount annually.\n', PAGES[2]!];
    const before = doc(pages);
    const t = target(before.text, pages, 'The Secretary shall review the threshold amount annually', 1);
    expect(t.pageIndex).toBe(2);
    const after = doc([pages[0]!, pages[1]!, PAGES[2]!.replace(/Sec\. 5\.[^]*?Register\.\n/, '')]);
    expect(after.text).toContain('The Secretary shall review the threshold amount annually');
    expect(anchorTarget(after.index, t)).toEqual({ status: 'orphaned' });
  });

  it('duplicate quotes: context picks the right one even when the position is stale', () => {
    const pages = [
      'Sec. 7. Export licences. The Secretary may revoke a licence at any time.\nPage 1\n',
      'Sec. 8. Research licences. The Secretary may revoke a licence at any time.\nPage 2\n',
    ];
    const before = doc(pages);
    const second = target(before.text, pages, 'The Secretary may revoke a licence at any time.', 1);
    const shifted = [INSERTED_PAGE, ...pages];
    const after = doc(shifted);
    const r = anchorTarget(after.index, second);
    const expected = after.text.indexOf('The Secretary may revoke', after.text.indexOf('Sec. 8.'));
    expect(r).toEqual({ status: 'anchored', start: expected, end: second.end - second.start + expected });
  });

  it('duplicate quotes with identical context: the one nearest the stored position', () => {
    const block = 'The licence lapses after one year unless the Secretary renews it in writing.\n';
    const pages = ['Preamble.\n' + block + 'Interlude text.\n', 'More text.\n' + block + 'Interlude text.\n'];
    const before = doc(pages);
    const first = target(before.text, pages, 'lapses after one year unless the Secretary', 0);
    const second = target(before.text, pages, 'lapses after one year unless the Secretary', 1);
    // A few characters inserted at the very start move both occurrences a little.
    const after = doc(['Draft. ' + pages[0]!, pages[1]!]);
    const occurrences = [after.text.indexOf('lapses after'), after.text.lastIndexOf('lapses after')];
    expect(anchorTarget(after.index, first).start).toBe(occurrences[0]);
    expect(anchorTarget(after.index, second).start).toBe(occurrences[1]);
  });

  it('ligatures, soft hyphens, line-end hyphenation and whitespace changes still anchor exactly', () => {
    const pages = [
      'The o\ufb03cer shall notify the \ufb01nancial regu-\nlation authority of any trans\u00adfer\nof   weights  to a foreign national.\nPage 1\n',
    ];
    const before = doc(pages);
    const t = target(before.text, pages, 'o\ufb03cer shall notify the \ufb01nancial regu-\nlation authority of any trans\u00adfer\nof   weights');
    const cleaner = ['The officer shall notify the financial regulation authority of any transfer of weights to a foreign national.\nPage 1\n'];
    const after = doc(cleaner);
    const r = anchorTarget(after.index, t);
    expect(r.status).toBe('anchored');
    expect(placed(after.text, r)).toBe('officer shall notify the financial regulation authority of any transfer of weights');
    // And back: a quote taken from clean text finds the ligatured, hyphenated version.
    const back = target(after.text, cleaner, 'notify the financial regulation authority of any transfer');
    const r2 = anchorTarget(before.index, back);
    expect(r2.status).toBe('anchored');
    expect(placed(before.text, r2)).toBe('notify the \ufb01nancial regu-\nlation authority of any trans\u00adfer');
  });

  it('a quote ending at a line-end hyphen still anchors exactly after it moved', () => {
    const pages = ['Sec. 1. The Secretary shall publish the regu-\nlation within ninety days of this order.\n'];
    const t = target(pages.join(''), pages, 'Secretary shall publish the regu-');
    const after = doc(['Preface added in the new version.\n\n' + pages[0]!]);
    const at = after.text.indexOf('Secretary shall publish the regu-');
    expect(anchorTarget(after.index, t)).toEqual({ status: 'anchored', start: at, end: at + 'Secretary shall publish the regu-'.length });
  });

  it('curly and straight quotes match each other', () => {
    const pages = ['The term \u201ccovered model\u201d means a model the Secretary designates.\n'];
    const before = doc(pages);
    const t = target(before.text, pages, '\u201ccovered model\u201d means a model');
    const after = doc(['Intro.\n\nThe term "covered model" means a model the Secretary designates.\n']);
    const r = anchorTarget(after.index, t);
    expect(r.status).toBe('anchored');
    expect(placed(after.text, r)).toBe('"covered model" means a model');
  });

  it('short quotes are never matched approximately', () => {
    const t = target(old.text, PAGES, 'Sec. 4.');
    const now = doc(PAGES.map((p) => p.replace('Sec. 4.', 'Sec. 9.')));
    expect(anchorTarget(now.index, t)).toEqual({ status: 'orphaned' });
  });

  it('an empty or all-whitespace quote is orphaned', () => {
    const empty = { ...describeRange(old.text, 10, 10), pageIndex: 0 };
    expect(anchorTarget(old.index, empty)).toEqual({ status: 'orphaned' });
    const nl = old.text.indexOf('\n');
    expect(anchorTarget(old.index, { ...describeRange(old.text, nl, nl + 1), pageIndex: 0 }).status).toBe('orphaned');
  });

  it('a stale position whose text happens to equal a short quote is not trusted without context', () => {
    const t = target(old.text, PAGES, 'Secretary');
    // Same length text, different passage: the stored offsets now hold "Secretary" elsewhere.
    const other = 'x'.repeat(t.start) + 'Secretary' + ' unrelated words follow here and more of them.';
    const r = anchorTarget(buildAnchorIndex(other, [0]), t);
    expect(r).toEqual({ status: 'orphaned' });
  });

  it('uses the stored page when the position is missing', () => {
    const t = target(old.text, PAGES, 'Sec. 6. General Provisions.');
    const r = anchorTarget(old.index, { ...t, position: { type: 'TextPositionSelector', start: 0, end: 0 } });
    expect(r).toEqual({ status: 'anchored', start: t.start, end: t.end });
  });
});

describe('two-column pages', () => {
  const left = [
    'The Department shall publish',
    'guidance on deemed exports',
    'within ninety days and shall',
    'consult the public before any',
    'rule takes effect.',
  ];
  const right = [
    'Licence applications filed',
    'before the effective date are',
    'decided under the former',
    'rules unless the applicant',
    'elects otherwise in writing.',
  ];
  // One extraction reads the left column then the right; another interleaves their lines.
  const columns = [left.join('\n') + '\n' + right.join('\n') + '\n'];
  const interleaved = [left.map((l, i) => `${l}\n${right[i]}\n`).join('')];
  const before = doc(columns);
  const after = doc(interleaved);

  const quotes = [
    'guidance on deemed exports\nwithin ninety days and shall\nconsult the public',
    'within ninety days and shall',
    'The Department shall publish\nguidance on deemed exports',
    'decided under the former\nrules unless the applicant',
    'before the effective date are',
  ];
  it.each(quotes)('%j is found on its own words or orphaned, never misplaced', (words) => {
    const r = anchorTarget(after.index, target(before.text, columns, words));
    if (r.status === 'orphaned') return;
    // Placed: the text there must be the quote's words, line for line.
    const text = placed(after.text, r).replace(/\s+/g, ' ');
    expect(text).toBe(words.replace(/\s+/g, ' '));
  });

  it('orphans a quote spanning column lines that are no longer adjacent', () => {
    expect(anchorTarget(after.index, target(before.text, columns, quotes[0]!)).status).toBe('orphaned');
  });
});
