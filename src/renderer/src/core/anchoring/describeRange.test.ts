import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from './describeRange';

describe('describeRange', () => {
  const text = 'A'.repeat(40) + 'the quoted words' + '\f' + 'B'.repeat(40);
  it('stores the exact text, 32 characters of context either side and the position', () => {
    const start = 40;
    const end = 56;
    const { quote, position } = describeRange(text, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'the quoted words',
      prefix: 'A'.repeat(CONTEXT_LENGTH),
      suffix: '\f' + 'B'.repeat(CONTEXT_LENGTH - 1),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });
  it('shortens the context at the ends of the text', () => {
    const { quote } = describeRange('short text', 0, 5);
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(' text');
  });
  it('never cuts a surrogate pair', () => {
    const t = '\ud835\udc00' + 'x'.repeat(31) + 'quote' + 'y'.repeat(31) + '\ud835\udc00';
    const { quote } = describeRange(t, 33, 38);
    expect(quote.exact).toBe('quote');
    expect(quote.prefix).toBe('x'.repeat(31));
    expect(quote.suffix).toBe('y'.repeat(31));
  });
  it('refuses a range outside the text', () => {
    expect(() => describeRange('abc', 2, 1)).toThrow(RangeError);
    expect(() => describeRange('abc', 0, 4)).toThrow(RangeError);
    expect(() => describeRange('abc', -1, 1)).toThrow(RangeError);
  });
});
