/**
 * A clause comment (Markdown) as HTML for the case brief: rendered with marked and sanitised with
 * DOMPurify like ui/Markdown.tsx, but stricter, because the brief is a file that must load nothing:
 * no attributes at all, no images (their alt text stays), no links (their text stays, the
 * address follows in parentheses, so a printed brief still shows it) and no raw HTML (shown as text).
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { escapeHtml } from '../../core/caseBrief';

const markdown = new Marked({
  async: false,
  gfm: true,
  breaks: true,
  renderer: {
    link({ tokens, href }) {
      const text = this.parser.parseInline(tokens);
      return href && href !== text ? `${text} (${escapeHtml(href)})` : text;
    },
    image({ text }) {
      return text ? `[${escapeHtml(text)}]` : '';
    },
    // Raw HTML in a comment is shown as the text it is, never parsed: even a sanitiser's inert
    // parse makes Chromium report an inline handler (<img onerror>) as a CSP violation.
    html({ text, block }) {
      const shown = escapeHtml(text.trim());
      return block ? `<p>${shown.replace(/\n/g, '<br>')}</p>\n` : shown;
    },
  },
});

const ALLOWED_TAGS = [
  'p',
  'br',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

let purifier: ReturnType<typeof DOMPurify> | undefined;

/** Sanitised HTML of a comment, with no attribute, link, image or script left in it. */
export function briefCommentHtml(comment: string): string {
  // An instance of its own: hooks others add to the shared DOMPurify do not apply here.
  purifier ??= DOMPurify(window);
  const html = markdown.parse(comment) as string;
  return purifier.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [], KEEP_CONTENT: true });
}
