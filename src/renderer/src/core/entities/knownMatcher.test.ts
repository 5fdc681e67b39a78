import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types';
import { buildKnownIndex, matchKnown, type KnownEntity } from './knownMatcher';
import { tokenizeDocument } from './suggestionTokens';

const entity = (name: string, type: EntityType, aliases: string[] = []): KnownEntity => ({ id: 'e', name, type, aliases });

/** The words each match of `entity` covers in `text`. */
function matches(text: string, known: KnownEntity): string[] {
  return matchKnown(text, tokenizeDocument([text]).tokens, buildKnownIndex([known])).map((m) => text.slice(m.start, m.end));
}

describe('matchKnown', () => {
  const unnumbered = entity('Executive Order [number not reported]', 'instrument', ['the Order']);

  it('finds a name only as printed in full, never by its generic head', () => {
    expect(matches('Reconstruction of Executive Order [number not reported] on sharing models.', unnumbered)).toEqual([
      'Executive Order [number not reported]',
    ]);
    // Without its note the name is every executive order, and its alias every order.
    expect(matches('The Executive Order stops sharing. The Order applies abroad.', unnumbered)).toEqual([]);
  });

  it('does not take a numbered order for the unnumbered one', () => {
    expect(matches('Executive Order 14320 of 23 July 2025 (90 FR 35393) set up the American AI Exports Program.', unnumbered)).toEqual([]);
    expect(matches('The Export Control Order 2008 is SI 2008/3231. Article 19 of the Order deals with technical assistance.', unnumbered)).toEqual(
      [],
    );
  });

  it.each(['the Secretary', 'Department', 'the Court', 'Act', 'Regulation', 'Order'])('never looks for the generic name %j on its own', (alias) => {
    const known = entity('Some Named Body', 'agency', [alias]);
    expect(matches(`The ${alias.replace(/^the /, '')} acted; then the Some Named Body did.`, known)).toEqual(['Some Named Body']);
  });

  it('keeps a specific name that contains a generic word', () => {
    expect(matches('The Export Control Order 2008 is SI 2008/3231.', entity('Export Control Order 2008', 'instrument'))).toEqual([
      'Export Control Order 2008',
    ]);
    expect(matches('The Secretary of Commerce sent a notice.', entity('Secretary of Commerce', 'other'))).toEqual(['Secretary of Commerce']);
  });

  it('reads "U.S." as "US" and "United States" as either', () => {
    const commerce = entity('U.S. Department of Commerce', 'agency');
    expect(matches('The US Department of Commerce wrote; the United States Department of\nCommerce agreed.', commerce)).toEqual([
      'US Department of Commerce',
      'United States Department of\nCommerce',
    ]);
  });
});
