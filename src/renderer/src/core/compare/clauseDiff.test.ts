import { describe, expect, it } from 'vitest';
import { ILLUSTRATIVE_SUFFIX } from '../clauseExport';
import { describeDiff, diffClauses, prepareQuote, sideParts, type ClauseDiff } from './clauseDiff';

const join = (diff: ClauseDiff, side: 'first' | 'second') =>
  sideParts(diff, side)
    .map((p) => p.text)
    .join('');

describe('diffClauses', () => {
  it('finds nothing between equal texts, line breaks and spacing included', () => {
    const diff = diffClauses('Any foreign person,\nwherever located.', '  Any foreign  person, wherever located. ');
    expect(diff.equal).toBe(true);
    expect(diff.parts).toEqual([{ kind: 'same', text: 'Any foreign person, wherever located.' }]);
    expect(diff.deletedWords + diff.insertedWords).toBe(0);
    expect(describeDiff(diff)).toBe('The two quotes are the same word for word.');
  });

  it('marks words only the second has as inserted', () => {
    const diff = diffClauses('release of technology to a foreign person', 'release of technology or source code to a foreign person');
    expect(diff.equal).toBe(false);
    expect(diff.parts.filter((p) => p.kind === 'inserted').map((p) => p.text.trim())).toEqual(['or source code']);
    expect(diff.parts.some((p) => p.kind === 'deleted')).toBe(false);
    expect(diff.insertedWords).toBe(3);
    expect(describeDiff(diff)).toBe('0 words only in the first clause, 3 words only in the second.');
  });

  it('marks words only the first has as deleted, and each side rebuilds its own quote exactly', () => {
    const first = 'any foreign national, wherever located, including in allied countries';
    const second = 'any foreign national including in allied countries';
    const diff = diffClauses(first, second);
    // The lone space between "," and "wherever" joins them into one deletion.
    expect(diff.parts.filter((p) => p.kind === 'deleted').map((p) => p.text)).toEqual([', wherever located, ']);
    // On its own side the two marks with only a space between read as one.
    expect(
      sideParts(diff, 'first')
        .filter((p) => p.kind === 'deleted')
        .map((p) => p.text),
    ).toEqual([', wherever located,']);
    expect(diff.deletedWords).toBe(2);
    expect(diff.insertedWords).toBe(0);
    expect(join(diff, 'first')).toBe(first);
    expect(join(diff, 'second')).toBe(second);
    expect(sideParts(diff, 'first').some((p) => p.kind === 'inserted')).toBe(false);
    expect(sideParts(diff, 'second').some((p) => p.kind === 'deleted')).toBe(false);
  });

  it('rebuilds both sides when words change on both (the order against the EAR note)', () => {
    const first = 'A covered person is any foreign national, wherever located.';
    const second = 'A foreign person is any foreign national located in the United States.';
    const diff = diffClauses(first, second);
    expect(join(diff, 'first')).toBe(first);
    expect(join(diff, 'second')).toBe(second);
    expect(diff.parts.filter((p) => p.kind === 'deleted').map((p) => p.text.trim())).toEqual(['covered', ', wherever']);
    expect(
      sideParts(diff, 'second')
        .filter((p) => p.kind === 'inserted')
        .map((p) => p.text),
    ).toEqual(['foreign', 'in the United States']);
    expect(
      sideParts(diff, 'first')
        .filter((p) => p.kind === 'deleted')
        .map((p) => p.text),
    ).toEqual(['covered', ', wherever']);
    expect(describeDiff(diff)).toBe('2 words only in the first clause, 5 words only in the second.');
  });

  it('joins changes around a short word the two share by chance, so neither quote is shredded', () => {
    const first = 'The order covers any national who is not a citizen.';
    const second = 'The rule reaches any person who holds a residence card.';
    const diff = diffClauses(first, second);
    expect(join(diff, 'first')).toBe(first);
    expect(join(diff, 'second')).toBe(second);
    // "any", "who" and "a" sit between changes: one deletion and one insertion, not ten marks.
    expect(diff.parts.map((p) => p.kind)).toEqual(['same', 'deleted', 'inserted', 'same']);
    expect(diff.parts[1]!.text).toBe('order covers any national who is not a citizen');
    // A longer common word between changes stays common.
    expect(diffClauses('one located two', 'three located four').parts.map((p) => p.kind)).toEqual([
      'deleted',
      'inserted',
      'same',
      'deleted',
      'inserted',
    ]);
  });

  it('treats punctuation as its own token: a changed mark leaves the words alone', () => {
    const diff = diffClauses('The rule applies to persons located abroad.', 'The rule applies to persons located abroad;');
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'The rule applies to persons located abroad' },
      { kind: 'deleted', text: '.' },
      { kind: 'inserted', text: ';' },
    ]);
    expect(diff.equal).toBe(false);
    expect(describeDiff(diff)).toBe('The words are the same; only punctuation differs.');
  });

  it('takes the illustrative suffix off before diffing and reports it as a flag', () => {
    const diff = diffClauses(
      `Covered persons include every foreign national.${ILLUSTRATIVE_SUFFIX}`,
      'Covered persons include every foreign national.',
    );
    expect(diff.equal).toBe(true);
    expect(diff.first).toEqual({ text: 'Covered persons include every foreign national.', illustrative: true });
    expect(diff.second.illustrative).toBe(false);
    expect(diff.parts.map((p) => p.text).join('')).not.toContain('illustrative');
  });

  it('keeps the illustrative flag given by the caller when the quote has no suffix', () => {
    expect(diffClauses('a b', 'a c', { secondIllustrative: true }).second.illustrative).toBe(true);
  });
});

describe('prepareQuote', () => {
  it('takes the suffix off once only and collapses whitespace', () => {
    expect(prepareQuote(`a\n  b${ILLUSTRATIVE_SUFFIX}`)).toEqual({ text: 'a b', illustrative: true });
    expect(prepareQuote('plain words ')).toEqual({ text: 'plain words', illustrative: false });
  });
});
