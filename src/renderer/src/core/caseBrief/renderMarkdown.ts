/**
 * The case brief as Markdown (CommonMark + GFM tables): each quote a blockquote, its pinpoint
 * citation on the line after it. Titles, labels, quotes and tags are escaped so they read as
 * written; comments are the analyst's own Markdown and are kept as written (see commentMarkdown).
 */
import { escapeMarkdownInline, escapeMarkdownLines } from './escape';
import { citationLine, type BriefClause, type CaseBrief } from './model';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A comment's Markdown kept as written, except what could break out of the brief: raw HTML (a
 * Markdown viewer might run it: "<" is written as an entity); images (a viewer would fetch them,
 * and the brief loads nothing: "![" becomes "!\[", so the address stays as text); and headings
 * (they would pose as the brief's own sections: a leading "#" is escaped, and so is an underline
 * of "=" or "-" that would make the line above it a heading).
 */
export function commentMarkdown(comment: string): string {
  return comment
    .replace(/</g, '&lt;')
    .replace(/!\[/g, '!\\[')
    .replace(/^(\s{0,3})#/gm, '$1\\#')
    .replace(/^(\s{0,3})([=-])(?=\2*\s*$)/gm, '$1\\$2');
}

function tableCell(text: string): string {
  return escapeMarkdownInline(text) || ' ';
}

function documentsTable(brief: CaseBrief): string[] {
  return [
    '| Document | Kind | Issuer | Date | Citation | Clauses |',
    '| --- | --- | --- | --- | --- | ---: |',
    ...brief.documents.map(
      (d) =>
        `| ${tableCell(d.title || d.fileName)}${d.illustrative ? ' (illustrative)' : ''} | ${tableCell(d.kindLabel)} | ${tableCell(d.issuer)} | ${tableCell(d.date)} | ${tableCell(d.citation)} | ${d.clauseCount} |`,
    ),
  ];
}

function clauseBlock(clause: BriefClause, grouping: CaseBrief['grouping']): string[] {
  const what = grouping === 'type' ? clause.label : [clause.typeLabel, clause.label].filter(Boolean).join(': ');
  const where = grouping === 'type' ? clause.documentTitle : '';
  const heading = [what, where].filter(Boolean).join(' · ') || clause.typeLabel;
  const quote = escapeMarkdownLines(`“${clause.quote}”`).map((line) => (line ? `> ${line}` : '>'));
  const meta = [
    `Page ${clause.page}`,
    clause.tags.length ? `Tags: ${clause.tags.join(', ')}` : '',
    clause.entities.length ? `Entities: ${clause.entities.join('; ')}` : '',
  ];
  if (clause.anchorStatus === 'orphaned') meta.push('Not found in the current text of the document: check the quote');
  if (clause.anchorStatus === 'fuzzy') meta.push('Placed by approximate match: check the quote');
  const lines = [`### ${escapeMarkdownInline(heading)}`, '', ...quote, '', `— ${escapeMarkdownInline(citationLine(clause))}`, ''];
  if (clause.comment) lines.push('**Analyst’s comment:**', '', commentMarkdown(clause.comment), '');
  lines.push(`*${escapeMarkdownInline(meta.filter(Boolean).join(' · '))}*`, '');
  return lines;
}

/** The brief as a Markdown document, ending with one newline. */
export function renderCaseBriefMarkdown(brief: CaseBrief): string {
  const groupedBy = brief.grouping === 'type' ? 'clause type' : 'document';
  const docsWithClauses = brief.documents.filter((d) => d.clauseCount > 0).length;
  const lines = [
    `# Case brief: ${escapeMarkdownInline(brief.caseName)}`,
    '',
    `Generated from the analyst’s clauses on ${escapeMarkdownInline(brief.generatedAtText)}: ${plural(brief.clauseCount, 'clause')} from ${plural(docsWithClauses, 'document')}, grouped by ${groupedBy}. Each quote is the document’s own text as the analyst marked it, followed by its pinpoint citation; comments are the analyst’s.`,
    '',
  ];
  if (brief.illustrativeNotice) lines.push(`> **Note:** ${escapeMarkdownInline(brief.illustrativeNotice)}`, '');
  lines.push('## Documents', '', ...documentsTable(brief), '');
  if (brief.groups.length === 0) lines.push('*No clauses in the chosen documents yet.*', '');
  for (const group of brief.groups) {
    const badge = brief.grouping === 'document' && group.illustrative ? ' (illustrative)' : '';
    lines.push(`## ${escapeMarkdownInline(group.heading)}${badge} (${plural(group.clauses.length, 'clause')})`, '');
    if (group.subheading) lines.push(escapeMarkdownInline(group.subheading), '');
    for (const clause of group.clauses) lines.push(...clauseBlock(clause, brief.grouping));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
