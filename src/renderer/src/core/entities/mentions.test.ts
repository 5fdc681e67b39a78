import { describe, expect, it } from 'vitest';
import { firstMention, mentionPattern } from './mentions';

describe('firstMention', () => {
  const pages = [
    'Cover page. Nothing here but the legionary spirit.',
    'The Department of\nCommerce wrote to Anthropic.',
    'Legion sued. LEGION employs Canadian nationals.',
  ];

  it('finds the first page naming the entity, as whole words, ignoring case and line breaks', () => {
    expect(firstMention(pages, ['Legion'])).toEqual({ pageIndex: 2, text: 'Legion', name: 'Legion' });
    expect(firstMention(pages, ['department of commerce'])).toEqual({ pageIndex: 1, text: 'Department of Commerce', name: 'department of commerce' });
  });

  it('takes the earliest page over the order of the names', () => {
    expect(firstMention(pages, ['Legion', 'Anthropic'])).toEqual({ pageIndex: 1, text: 'Anthropic', name: 'Anthropic' });
  });

  it('finds nothing for absent names, names inside other words, or names with fewer than two letters', () => {
    expect(firstMention(pages, ['Canada'])).toBeUndefined();
    expect(firstMention(['legionary'], ['Legion'])).toBeUndefined();
    expect(firstMention(['A b c'], ['A', ' ', '.'])).toBeUndefined();
    expect(firstMention([], ['Legion'])).toBeUndefined();
  });

  it('reads punctuation in a name literally', () => {
    expect(mentionPattern('U.S.')?.test('the U.S. government')).toBe(true);
    expect(mentionPattern('U.S.')?.test('the UXSX government')).toBe(false);
    expect(firstMention(['see (EU) 2021/821 here'], ['(EU) 2021/821'])?.text).toBe('(EU) 2021/821');
  });
});
