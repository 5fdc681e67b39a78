import { describe, expect, it } from 'vitest';
import { markdownToPlain } from './markdownPlain';

describe('markdownToPlain', () => {
  it('drops emphasis and code marks, keeps every word in order', () => {
    expect(markdownToPlain('Follows the **person**, _wherever_ `located` ~~not~~.')).toBe('Follows the person, wherever located not.');
  });

  it('writes links as text and address, images as their alt text', () => {
    expect(markdownToPlain('See [the order](https://example.org/eo) and ![the seal](seal.png).')).toBe(
      'See the order (https://example.org/eo) and the seal.',
    );
    expect(markdownToPlain('<https://example.org/x>')).toBe('https://example.org/x');
  });

  it('puts list items on lines of their own, blocks apart by a blank line', () => {
    expect(markdownToPlain('Intro\n\n- one\n- two\n\n3. three\n4. four\n\n# Heading\n\n> quoted')).toBe(
      'Intro\n\n- one\n- two\n\n3. three\n4. four\n\nHeading\n\nquoted',
    );
  });

  it('keeps tables as rows of cells, line breaks as line breaks, escapes and entities as characters', () => {
    expect(markdownToPlain('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a | b\n1 | 2');
    expect(markdownToPlain('one  \ntwo')).toBe('one\ntwo');
    expect(markdownToPlain('\\*not emphasis\\* &amp; &#167; 5')).toBe('*not emphasis* & § 5');
  });

  it('leaves raw HTML as the text it is, and empty input empty', () => {
    expect(markdownToPlain('a <b onclick="x">bold</b>')).toBe('a <b onclick="x">bold</b>');
    expect(markdownToPlain('  \n ')).toBe('');
  });
});
