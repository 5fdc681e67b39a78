/**
 * A cell's Markdown detail as plain text, for a spreadsheet cell: emphasis and code marks dropped,
 * a link as "text (address)", an image as its alt text, list items on lines of their own with "- "
 * or "1. ", table cells joined by " | ", blocks separated by a blank line. Raw HTML is kept as the
 * text it is (a spreadsheet shows it literally). Pure: marked's lexer needs no DOM.
 */
import { Lexer, type Token, type Tokens } from 'marked';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Markdown source may write characters as entities ("&amp;"); plain text has the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function inline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineToken).join('');
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'link': {
      const link = token as Tokens.Link;
      const text = inline(link.tokens);
      return link.href && link.href !== text ? `${text} (${link.href})` : text;
    }
    case 'image':
      return (token as Tokens.Image).text;
    case 'br':
      return '\n';
    case 'codespan':
      return (token as Tokens.Codespan).text;
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'html':
      return (token as Tokens.HTML).text;
    default: {
      const withChildren = token as { tokens?: Token[]; text?: string };
      if (withChildren.tokens && withChildren.tokens.length > 0) return inline(withChildren.tokens);
      return decodeEntities(withChildren.text ?? token.raw);
    }
  }
}

function block(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
      return '';
    case 'code':
      return (token as Tokens.Code).text;
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      return list.items
        .map((item, i) => {
          const text = item.tokens.map(block).filter(Boolean).join('\n');
          return `${list.ordered ? `${start + i}.` : '-'} ${text.replace(/\n/g, '\n  ')}`;
        })
        .join('\n');
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.map(block).filter(Boolean).join('\n\n');
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: readonly Tokens.TableCell[]) => cells.map((c) => inline(c.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'html':
      return (token as Tokens.HTML).text.trim();
    default: {
      const withChildren = token as { tokens?: Token[]; text?: string };
      if (withChildren.tokens) return inline(withChildren.tokens);
      return decodeEntities(withChildren.text ?? token.raw);
    }
  }
}

/**
 * The plain text of `markdown`. Invariants: pure; every word of the text stays, in order (only
 * Markdown's marks go); no trailing or leading blank lines.
 */
export function markdownToPlain(markdown: string): string {
  if (markdown.trim() === '') return '';
  return Lexer.lex(markdown, { gfm: true })
    .map(block)
    .filter((b) => b.trim() !== '')
    .join('\n\n')
    .trim();
}
