/**
 * The case brief as one self-contained HTML file: inline stylesheet (briefStyles.ts), no script,
 * no external URL (a Content-Security-Policy of its own forbids loading anything even if a later
 * edit slipped one in), every user string escaped. Opens in any browser and prints well.
 */
import { ILLUSTRATIVE_NOTE } from '../citation';
import { clauseTypeColour } from '../clauseTypes';
import { BRIEF_CSS } from './briefStyles';
import { escapeHtml, escapeHtmlLines } from './escape';
import { type BriefClause, type BriefGroup, type CaseBrief } from './model';

export interface RenderHtmlOptions {
  /**
   * Turns a comment (Markdown) into sanitised HTML with no external references (the feature
   * layer does this with marked and DOMPurify, which need a DOM). Without it, comments are
   * escaped text with their line breaks.
   */
  commentHtml?: (markdown: string) => string;
}

/**
 * The briefs' own Content-Security-Policy: nothing may load, only the inline stylesheet applies.
 * Shared with the comparison brief (core/compare/comparisonBriefHtml.ts).
 */
export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const ILLUSTRATIVE_BADGE = '<span class="badge">illustrative</span>';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function documentsTable(brief: CaseBrief): string {
  const rows = brief.documents.map(
    (d) =>
      `<tr><td>${escapeHtml(d.title || d.fileName)}${d.illustrative ? ILLUSTRATIVE_BADGE : ''}</td><td>${escapeHtml(d.kindLabel)}</td>` +
      `<td>${escapeHtml(d.issuer)}</td><td>${escapeHtml(d.date)}</td><td>${escapeHtml(d.citation)}</td><td class="num">${d.clauseCount}</td></tr>`,
  );
  return [
    '<section class="documents" aria-labelledby="documents">',
    '<h2 id="documents">Documents</h2>',
    '<table>',
    '<thead><tr><th scope="col">Document</th><th scope="col">Kind</th><th scope="col">Issuer</th><th scope="col">Date</th><th scope="col">Citation</th><th scope="col" class="num">Clauses</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function contents(brief: CaseBrief): string {
  if (brief.groups.length === 0) return '';
  const items = brief.groups.map((g) => `<li><a href="#${g.key}">${escapeHtml(g.heading)}</a> (${g.clauses.length})</li>`);
  return `<nav class="contents" aria-labelledby="contents">\n<h2 id="contents">Contents</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

function clauseHeading(clause: BriefClause, grouping: CaseBrief['grouping']): string {
  // By type, the heading says where the clause is; by document, what kind of clause it is.
  const what = grouping === 'type' ? clause.label : [clause.typeLabel, clause.label].filter(Boolean).join(': ');
  const where = grouping === 'type' ? clause.documentTitle : '';
  const parts = [what ? `<span class="label">${escapeHtml(what)}</span>` : '', where ? `<span class="doc">${escapeHtml(where)}</span>` : ''];
  return `<h3>${parts.filter(Boolean).join(' · ') || escapeHtml(clause.typeLabel)}</h3>`;
}

function anchorWarning(clause: BriefClause): string {
  if (clause.anchorStatus === 'orphaned') return '<span class="warning">Not found in the current text of the document: check the quote</span>';
  if (clause.anchorStatus === 'fuzzy') return '<span class="warning">Placed by approximate match: check the quote</span>';
  return '';
}

function clauseArticle(clause: BriefClause, brief: CaseBrief, options: RenderHtmlOptions): string {
  const cite = escapeHtml(clause.citation) + (clause.illustrative ? ` <span class="note">${escapeHtml(ILLUSTRATIVE_NOTE)}</span>` : '');
  const comment = clause.comment
    ? `<div class="comment"><p class="comment-head">Analyst’s comment</p>\n${options.commentHtml ? options.commentHtml(clause.comment) : `<p>${escapeHtmlLines(clause.comment)}</p>`}\n</div>`
    : '';
  const meta = [
    `Page ${escapeHtml(clause.page)}`,
    clause.tags.length ? `Tags: ${escapeHtml(clause.tags.join(', '))}` : '',
    // "; " between entities: a name may hold a comma ("Commerce, Department of").
    clause.entities.length ? `Entities: ${escapeHtml(clause.entities.join('; '))}` : '',
    anchorWarning(clause),
  ].filter(Boolean);
  return [
    `<article class="clause" style="border-left-color: ${clauseTypeColour(clause.type)}">`,
    clauseHeading(clause, brief.grouping),
    `<blockquote><p>“${escapeHtmlLines(clause.quote)}”</p></blockquote>`,
    `<p class="cite">— ${cite}</p>`,
    comment,
    `<p class="meta">${meta.join(' · ')}</p>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function groupSection(group: BriefGroup, brief: CaseBrief, options: RenderHtmlOptions): string {
  const badge = brief.grouping === 'document' && group.illustrative ? ILLUSTRATIVE_BADGE : '';
  return [
    `<section class="group" id="${group.key}" aria-labelledby="${group.key}-h">`,
    `<h2 id="${group.key}-h">${escapeHtml(group.heading)}${badge} <span class="count">${plural(group.clauses.length, 'clause')}</span></h2>`,
    group.subheading ? `<p class="doc-sub">${escapeHtml(group.subheading)}</p>` : '',
    ...group.clauses.map((c) => clauseArticle(c, brief, options)),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The brief as a complete HTML document (invariants in the module comment). */
export function renderCaseBriefHtml(brief: CaseBrief, options: RenderHtmlOptions = {}): string {
  const groupedBy = brief.grouping === 'type' ? 'clause type' : 'document';
  const docsWithClauses = brief.documents.filter((d) => d.clauseCount > 0).length;
  const body =
    brief.groups.length > 0
      ? brief.groups.map((g) => groupSection(g, brief, options)).join('\n')
      : '<p class="empty">No clauses in the chosen documents yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Clausebench">
<title>Case brief: ${escapeHtml(brief.caseName)}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
<header class="brief-head">
<p class="kicker">Case brief</p>
<h1>${escapeHtml(brief.caseName)}</h1>
<p class="generated">Generated from the analyst’s clauses on <time datetime="${escapeHtml(brief.generatedAt)}">${escapeHtml(brief.generatedAtText)}</time>: ${plural(brief.clauseCount, 'clause')} from ${plural(docsWithClauses, 'document')}, grouped by ${groupedBy}.</p>
<p class="generated">Each quote is the document’s own text as the analyst marked it, followed by its pinpoint citation; comments are the analyst’s.</p>
${brief.illustrativeNotice ? `<p class="notice">${escapeHtml(brief.illustrativeNotice)}</p>` : ''}
</header>
${documentsTable(brief)}
${contents(brief)}
<main>
${body}
</main>
<footer>Made with Clausebench. This file is self-contained: it loads nothing from elsewhere.</footer>
</body>
</html>
`;
}
