import { describe, expect, it } from 'vitest';
import { assertPrintable, blockText, parseSource } from './parse.mjs';

describe('parseSource', () => {
  it('reads the header, headings, centred lines, notices and rules, and skips comments', () => {
    const { header, blocks } = parseSource(
      [
        '%% a note to the author',
        '@header: Running head',
        '',
        '> Notice starts',
        'and goes on.',
        '',
        '^ **Bold** centre',
        '---',
        '## Part',
        '### Sub',
      ].join('\n'),
    );
    expect(header).toBe('Running head');
    expect(blocks.map((b) => b.kind)).toEqual(['notice', 'center', 'rule', 'heading', 'heading']);
    expect(blocks[0]).toMatchObject({ kind: 'notice', text: 'Notice starts and goes on.' });
    expect(blocks[1]).toMatchObject({ kind: 'center', lead: 'Bold', text: 'centre' });
    expect(blocks[3]).toMatchObject({ kind: 'heading', level: 2, text: 'Part' });
    expect(blocks[4]).toMatchObject({ kind: 'heading', level: 3, text: 'Sub' });
  });

  it('joins continuation lines and nests marked paragraphs by two-space indent', () => {
    const { blocks } = parseSource(
      ['**Sec. 2. Definitions.** For purposes', 'of this order:', '  (a) first', '  term;', '    (i) nested', '12. numbered', '', 'plain'].join('\n'),
    );
    expect(blocks).toMatchObject([
      { kind: 'paragraph', indent: 0, marker: null, lead: 'Sec. 2. Definitions.', text: 'For purposes of this order:' },
      { kind: 'paragraph', indent: 1, marker: '(a)', text: 'first term;' },
      { kind: 'paragraph', indent: 2, marker: '(i)', text: 'nested' },
      { kind: 'paragraph', indent: 0, marker: '12.', text: 'numbered' },
      { kind: 'paragraph', indent: 0, marker: null, text: 'plain' },
    ]);
    expect(blockText(blocks[0]!)).toBe('Sec. 2. Definitions. For purposes of this order:');
    expect(blockText(blocks[1]!)).toBe('(a) first term;');
  });

  it('does not take a year or a citation at the start of a line for a paragraph number', () => {
    const { blocks } = parseSource(['1. One', '2025-00636) goes on', '734.13(a)(2); and', '(Report.)'].join('\n'));
    expect(blocks).toHaveLength(1);
  });

  it('names the file and line of anything it cannot print or parse', () => {
    expect(() => parseSource('ok\n\u201Ccurly\u201D', 'x.md')).toThrow(/x\.md:2: character U\+201C/);
    expect(() => parseSource('# Title', 'x.md')).toThrow(/x\.md:1: only "##" and "###"/);
    expect(() => parseSource(' (a) odd indent', 'x.md')).toThrow(/x\.md:1: indent by two spaces/);
  });

  it('allows plain ASCII and the section sign only', () => {
    expect(() => assertPrintable('\u00a7 734.13 - "plain"', 'here')).not.toThrow();
    expect(() => assertPrintable('\u2013', 'here')).toThrow(/here: character U\+2013/);
  });
});
