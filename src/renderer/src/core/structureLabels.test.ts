import { describe, expect, it } from 'vitest';
import { joinDocumentText } from './documentText';
import { labelAt, parseStructure, suggestLabel } from './structureLabels';

/** The offset just after the first occurrence of `needle` (so inside the text it names). */
const at = (doc: string, needle: string) => {
  const i = doc.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i + needle.length - 1;
};

const EO = joinDocumentText([
  [
    'By the authority vested in me as President, it is hereby ordered:',
    'Section 1. Purpose. Artificial intelligence is a foundational technology.',
    'Sec. 2. Definitions. For purposes of this order:',
    '(a) The term "model" means a thing.',
    '(b) The term "share" means to give access, including:',
    '(i) remote access; and',
    '(ii) the release of credentials. See section 708',
    '(c)(3) of CABDA for more.',
    'Sec. 3. Program. (a) Within 90 days the Secretary shall act.',
    '(b) The call shall require that each proposal must:',
    '(i) include a package, which encompasses:',
    '(A) hardware;',
  ].join('\n'),
  [
    '35394 Federal Register / Vol. 90, No. 142 / Monday, July 28, 2025 / Presidential Documents',
    '(B) data pipelines; and',
    '(ii) identify target countries;',
    '(c) The Department shall consider proposals.',
    'THE WHITE HOUSE,',
    'July 23, 2025.',
  ].join('\n'),
]);

describe('suggestLabel: executive orders', () => {
  it('names sections and nested subsections, "Section 1." and "Sec. 2." alike', () => {
    expect(suggestLabel(EO, at(EO, 'foundational'), 'executive-order')).toBe('Sec. 1');
    expect(suggestLabel(EO, at(EO, 'For purposes'), 'executive-order')).toBe('Sec. 2');
    expect(suggestLabel(EO, at(EO, '"model" means'), 'executive-order')).toBe('Sec. 2(a)');
    expect(suggestLabel(EO, at(EO, 'remote access'), 'executive-order')).toBe('Sec. 2(b)(i)');
    expect(suggestLabel(EO, at(EO, 'Within 90 days'), 'executive-order')).toBe('Sec. 3(a)');
    expect(suggestLabel(EO, at(EO, 'hardware'), 'executive-order')).toBe('Sec. 3(b)(i)(A)');
    // Across the page break and its running head.
    expect(suggestLabel(EO, at(EO, 'data pipelines'), 'executive-order')).toBe('Sec. 3(b)(i)(B)');
    expect(suggestLabel(EO, at(EO, 'identify target'), 'executive-order')).toBe('Sec. 3(b)(ii)');
    expect(suggestLabel(EO, at(EO, 'consider proposals'), 'executive-order')).toBe('Sec. 3(c)');
  });

  it('a reference wrapped onto a new line is not a subsection', () => {
    expect(suggestLabel(EO, at(EO, 'of CABDA'), 'executive-order')).toBe('Sec. 2(b)(ii)');
    expect(parseStructure(EO, 'executive-order').marks.map((m) => m.label)).not.toContain('Sec. 2(c)');
  });

  it('is undefined before the first section and after the signature', () => {
    expect(suggestLabel(EO, at(EO, 'authority vested'), 'executive-order')).toBeUndefined();
    expect(suggestLabel(EO, at(EO, 'WHITE HOUSE'), 'executive-order')).toBeUndefined();
    expect(suggestLabel('', 0, 'executive-order')).toBeUndefined();
    expect(suggestLabel('Plain prose without numbers.', 5, 'executive-order')).toBeUndefined();
  });

  it('marks start at the number and carry section headings', () => {
    const { marks } = parseStructure(EO, 'executive-order');
    for (const m of marks) expect(EO.slice(m.start)).toMatch(/^(?:Section|Sec\.|\()/);
    expect(marks.find((m) => m.label === 'Sec. 2')?.heading).toBe('Definitions');
    expect(marks.find((m) => m.label === 'Sec. 3(a)')?.depth).toBe(1);
    expect(marks.find((m) => m.label === 'Sec. 3(b)(i)(B)')?.depth).toBe(3);
  });

  it('"(i)" after "(h)" is the letter i', () => {
    const letters = 'abcdefgh'.split('').map((c) => `(${c}) Item ${c}.`);
    const doc = ['Sec. 1. List.', ...letters, '(i) Item i.', '(j) Item j.'].join('\n');
    expect(suggestLabel(doc, at(doc, 'Item i'), 'executive-order')).toBe('Sec. 1(i)');
    expect(suggestLabel(doc, at(doc, 'Item j'), 'executive-order')).toBe('Sec. 1(j)');
  });
});

describe('suggestLabel: regulations', () => {
  const CFR = [
    '§ 734.13 Export.',
    '(a) Except as set forth in § 734.17 or § 734.18, Export means—',
    '(1) An actual shipment or transmission out of the United States; or',
    '(2) Releasing or otherwise transferring technology or source code to a foreign person in the United States.',
    '(b) Any release in the United States of technology is deemed an export as described in',
    '§ 734.20 of the EAR.',
    '§ 734.14 Reexport.',
    '(a)(1) An actual shipment from one foreign country to another.',
  ].join('\n');

  it('names CFR sections and paragraphs', () => {
    expect(suggestLabel(CFR, at(CFR, 'Releasing'), 'regulation')).toBe('§ 734.13(a)(2)');
    expect(suggestLabel(CFR, at(CFR, 'An actual shipment or'), 'regulation')).toBe('§ 734.13(a)(1)');
    expect(suggestLabel(CFR, at(CFR, 'deemed an export'), 'regulation')).toBe('§ 734.13(b)');
    // "§ 734.20 of the EAR" wraps a reference; it opens no section.
    expect(suggestLabel(CFR, at(CFR, 'of the EAR'), 'regulation')).toBe('§ 734.13(b)');
    expect(suggestLabel(CFR, at(CFR, 'Reexport'), 'regulation')).toBe('§ 734.14');
    expect(suggestLabel(CFR, at(CFR, 'from one foreign'), 'regulation')).toBe('§ 734.14(a)(1)');
  });
});

describe('suggestLabel: complaints and letters', () => {
  const COMPLAINT = [
    'COMPLAINT',
    'INTRODUCTION',
    '1. Plaintiff challenges an order.',
    '2. The order was issued in',
    '2025. It applies to everyone.',
    '90 FR 35393 is where it was printed.',
    'PARTIES',
    '3. Plaintiff is a company.',
    'CLAIMS FOR RELIEF',
    'COUNT I [assumed]: Action in Excess of Authority',
    '4. Plaintiff repeats paragraphs 1 through 3.',
    'Count II - Arbitrary Action',
    '5. Like Count I, this count is assumed.',
    'PRAYER FOR RELIEF',
    '6. Plaintiff asks the Court to:',
    '(a) declare the order unlawful; and',
    '(b) award costs.',
    'Dated: June 23, 2026',
  ].join('\n');

  it('numbers paragraphs only in sequence, so years and citations at a line start are not paragraphs', () => {
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'challenges'), 'complaint')).toBe('¶ 1');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'applies to everyone'), 'complaint')).toBe('¶ 2');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'where it was printed'), 'complaint')).toBe('¶ 2');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'is a company'), 'complaint')).toBe('¶ 3');
  });

  it('names counts, the prayer and lettered items of a paragraph', () => {
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'Excess of Authority'), 'complaint')).toBe('Count I');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'repeats paragraphs'), 'complaint')).toBe('¶ 4');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'Arbitrary Action'), 'complaint')).toBe('Count II');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'PRAYER FOR'), 'complaint')).toBe('Prayer for relief');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'declare the order'), 'complaint')).toBe('¶ 6(a)');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'award costs'), 'complaint')).toBe('¶ 6(b)');
    expect(suggestLabel(COMPLAINT, at(COMPLAINT, 'June 23'), 'complaint')).toBeUndefined();
  });

  it('"COUNT ONE" reads as "Count One"; a WHEREFORE clause becomes the prayer when no heading names one', () => {
    const doc = ['COUNT ONE', '1. Facts.', 'WHEREFORE, Plaintiff asks for relief.'].join('\n');
    expect(suggestLabel(doc, at(doc, 'Facts'), 'complaint')).toBe('¶ 1');
    expect(suggestLabel(doc, 0, 'complaint')).toBe('Count One');
    expect(suggestLabel(doc, at(doc, 'asks for'), 'complaint')).toBe('Prayer for relief');
  });

  it('letters number their paragraphs', () => {
    const letter = ['To the Chief Executive Officer:', '1. This letter gives notice.', '2. You must obtain approval.', 'Sincerely,'].join('\n');
    expect(suggestLabel(letter, at(letter, 'must obtain'), 'agency-letter')).toBe('¶ 2');
    expect(suggestLabel(letter, at(letter, 'Chief Executive'), 'agency-letter')).toBeUndefined();
  });
});

describe('labelAt', () => {
  it('answers many offsets from one parse', () => {
    const structure = parseStructure(EO, 'executive-order');
    const labels = ['foundational', 'remote access', 'hardware'].map((n) => labelAt(structure, at(EO, n)));
    expect(labels).toEqual(['Sec. 1', 'Sec. 2(b)(i)', 'Sec. 3(b)(i)(A)']);
    expect(labelAt(structure, -1)).toBeUndefined();
  });
});
