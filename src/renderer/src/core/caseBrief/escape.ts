/**
 * Escaping for the brief's two formats. Every string a user or a document supplied (case name,
 * titles, quotes, labels, tags, comments) passes through one of these before it is written out.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value (quotes included, so it is safe in both). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** Escaped text whose line breaks stay line breaks. */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n');
}

/**
 * Text that a Markdown reader shows literally, on one line: characters with a meaning inline
 * (emphasis, code, links, HTML, tables) are backslash-escaped, and so is a line start that would
 * open a heading, list, quote or rule. Line breaks become spaces (a heading or list item is one line).
 */
export function escapeMarkdownInline(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(#|[-+]\s|>|(\d+)([.)])(?=\s|$))/, (m, _all, digits, mark) => (digits ? `${digits}\\${mark}` : `\\${m}`));
}

/** Text kept as written line by line (a quote), each line escaped like escapeMarkdownInline. */
export function escapeMarkdownLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdownInline(line))
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
}
