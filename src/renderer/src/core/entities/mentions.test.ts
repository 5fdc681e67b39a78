import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types';
import { firstMention } from './mentions';

const entity = (name: string, aliases: string[] = [], type: EntityType = 'organisation') => ({ id: 'e', name, type, aliases });

describe('firstMention', () => {
  const pages = [
    'Cover page. Nothing here but the legionary spirit.',
    'The Department of\nCommerce wrote to Anthropic.',
    'Legion sued. LEGION employs Canadian nationals.',
  ];

  it('finds the first page naming the entity, as whole words, across line breaks', () => {
    expect(firstMention(pages, entity('Legion'))).toEqual({ pageIndex: 2, text: 'Legion' });
    expect(firstMention(pages, entity('Department of Commerce', [], 'agency'))).toEqual({ pageIndex: 1, text: 'Department of Commerce' });
  });

  it('takes the earliest page, by name or alias', () => {
    expect(firstMention(pages, entity('Legion', ['Anthropic']))).toEqual({ pageIndex: 1, text: 'Anthropic' });
  });

  it('finds nothing for absent names, names inside other words, or names with fewer than two letters', () => {
    expect(firstMention(pages, entity('Canada'))).toBeUndefined();
    expect(firstMention(['legionary'], entity('Legion'))).toBeUndefined();
    expect(firstMention(['A b c'], entity('A', [' ', '.']))).toBeUndefined();
    expect(firstMention([], entity('Legion'))).toBeUndefined();
  });

  it('reads "U.S." as "US", as suggestions do', () => {
    expect(firstMention(['the US Department of Commerce'], entity('U.S. Department of Commerce', [], 'agency'))?.text).toBe(
      'US Department of Commerce',
    );
    expect(firstMention(['the UXSX government'], entity('U.S.', [], 'country'))).toBeUndefined();
    expect(firstMention(['see Regulation (EU)\n2021/821 here'], entity('Regulation (EU) 2021/821', [], 'instrument'))?.text).toBe(
      'Regulation (EU) 2021/821',
    );
  });

  it('needs a capital where the name has one, and never matches a generic head alone', () => {
    expect(firstMention(['the legion of fans'], entity('Legion'))).toBeUndefined();
    expect(
      firstMention(['The Order applies; Executive Order 14320 too.'], entity('Executive Order [number not reported]', ['the Order'], 'instrument')),
    ).toBe(undefined);
  });
});
