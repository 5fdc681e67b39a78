/**
 * "Comparison brief (HTML)": one self-contained file (inline stylesheet, no script, no external
 * address, the briefs' own Content-Security-Policy so nothing could load even if an edit slipped
 * one in) with the title, case and date made, a legend of statuses, the matrix of short answers
 * with their status marks, then each cell's detail and its quoted evidence, each quote with its
 * pinpoint citation and the kind of its source. Prints well: landscape pages, the matrix's header
 * repeated on every page, rows and cells never split.
 *
 * Quotes are the evidence items' exported quotes, written as text: only "&", "<" and ">" are
 * escaped there (quotation marks need no escaping in text), so the file's source holds each quote
 * exactly, as a journalist will find it. Everything a user or a document supplied passes through
 * one of the two escapers; a detail's Markdown is rendered by `detailHtml` (the feature layer's
 * marked + DOMPurify) or, without it, shown as escaped text.
 */
import { BRIEF_CSP, BRIEF_CSS, escapeHtml } from '../caseBrief';
import type { CellStatus } from '../types';
import { COMPARISON_BRIEF_CSS } from './comparisonBriefStyles';
import {
  citesIllustrative,
  fullCitation,
  groupOf,
  ILLUSTRATIVE_NOTICE,
  isEmptyCell,
  isIllustrative,
  MISSING_EVIDENCE_TEXT,
  evidenceWarning,
  outputCells,
  SOURCE_KIND_TEXT,
  STATUS_MARKS,
  STATUS_ORDER,
  statusHelp,
  statusLabel,
  type ComparisonOutputInput,
  type OutputCell,
} from './comparisonOutput';
import type { EvidenceItem } from './comparisonModel';
import { statusCountsByRegime, totalCounts } from './statusCounts';

export interface ComparisonBriefOptions {
  /** A detail's Markdown as sanitised HTML with no external reference (features/brief's briefCommentHtml). */
  detailHtml?: (markdown: string) => string;
}

/** Text content: "&", "<", ">" escaped, quotation marks kept as written (see the module comment). */
function text(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function mark(status: CellStatus): string {
  return `<span class="mark st-${status}">${STATUS_MARKS[status]} ${text(statusLabel(status))}</span>`;
}

function legend(): string {
  const rows = STATUS_ORDER.map((s) => `<dt>${mark(s)}</dt><dd>${text(statusHelp(s))}</dd>`);
  return [
    '<section class="legend" aria-labelledby="legend-h">',
    '<h2 id="legend-h">Statuses</h2>',
    `<dl>\n${rows.join('\n')}\n</dl>`,
    '<p class="principle">A paraphrase is not the law’s text: a <strong>paraphrased</strong> cell rests only on study notes or other secondary sources; only a <strong>sourced</strong> cell quotes a primary text (a law, order, letter, filing or court paper). Each quote below names the kind of its source.</p>',
    '</section>',
  ].join('\n');
}

function matrix(input: ComparisonOutputInput, cells: readonly OutputCell[], anchors: ReadonlyMap<OutputCell, string>): string {
  const { regimes, baseline } = input.model;
  if (regimes.length === 0 || cells.length === 0) {
    return '<section class="matrix-section" aria-labelledby="matrix-h">\n<h2 id="matrix-h">Matrix</h2>\n<p class="empty">This comparison has no regimes or no questions yet.</p>\n</section>';
  }
  const heads = regimes.map(
    (r) =>
      `<th scope="col">${text(r.name)}${r.jurisdiction.trim() ? ` <span class="juris">${text(r.jurisdiction)}</span>` : ''}${r.id === baseline?.id ? ' <span class="baseline">baseline</span>' : ''}</th>`,
  );
  const body: string[] = [];
  let group: string | undefined;
  for (let i = 0; i < cells.length; i += regimes.length) {
    const row = cells.slice(i, i + regimes.length);
    const d = row[0]!.dimension;
    if (groupOf(d) !== group) {
      group = groupOf(d);
      body.push(`<tr class="group"><th scope="colgroup" colspan="${regimes.length + 1}">${text(group)}</th></tr>`);
    }
    const tds = row.map((c) => {
      const answer = c.cell?.answer.trim() ? text(c.cell.answer) : '—';
      const anchor = anchors.get(c);
      const shown = anchor ? `<a class="answer" href="#${anchor}">${answer}</a>` : `<span class="answer">${answer}</span>`;
      return `<td class="st-${c.status}">${shown} ${mark(c.status)}${c.differs ? ' <span class="differs">≠ baseline</span>' : ''}</td>`;
    });
    body.push(`<tr><th scope="row">${text(d.question)}</th>${tds.join('')}</tr>`);
  }
  return [
    '<section class="matrix-section" aria-labelledby="matrix-h">',
    '<h2 id="matrix-h">Matrix</h2>',
    '<div class="matrix-wrap">',
    '<table class="matrix">',
    '<caption>Short answers: questions in rows, regimes in columns; each with its status.</caption>',
    `<thead><tr><th scope="col">Question</th>${heads.join('')}</tr></thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

function evidenceFigure(item: EvidenceItem | undefined): string {
  if (!item) return `<p class="warning">${text(MISSING_EVIDENCE_TEXT)}.</p>`;
  const badge = isIllustrative(item) ? '<span class="badge">illustrative</span>' : '';
  const note = evidenceWarning(item);
  const warning = note ? ` <span class="warning">${text(note)}</span>` : '';
  return [
    '<figure>',
    `<blockquote><p>${text(item.quote)}</p></blockquote>`,
    `<figcaption>— <cite>${text(fullCitation(item))}</cite>${badge} <span class="kind kind-${item.sourceKind}">${text(SOURCE_KIND_TEXT[item.sourceKind])}</span>${warning}</figcaption>`,
    '</figure>',
  ].join('\n');
}

function cellArticle(c: OutputCell, id: string, options: ComparisonBriefOptions): string {
  const answer = c.cell?.answer.trim() ? text(c.cell.answer) : '—';
  const detail = c.cell?.detail.trim() ?? '';
  const detailHtml = detail
    ? `<div class="detail">\n${options.detailHtml ? options.detailHtml(detail) : `<p>${text(detail).replace(/\r?\n/g, '<br>\n')}</p>`}\n</div>`
    : '';
  const evidence = c.evidence.length
    ? `<div class="evidence">\n${c.evidence.map(evidenceFigure).join('\n')}\n</div>`
    : '<p class="none">No evidence attached.</p>';
  return [
    `<article class="cell st-${c.status}" id="${id}">`,
    `<h4>${text(c.regime.name)} ${mark(c.status)}</h4>`,
    `<p class="short"><strong>Short answer:</strong> ${answer}${c.differs ? ' <em>(differs from the baseline)</em>' : ''}</p>`,
    detailHtml,
    evidence,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function cellSections(cells: readonly OutputCell[], anchors: ReadonlyMap<OutputCell, string>, options: ComparisonBriefOptions): string {
  const filled = cells.filter((c) => anchors.has(c));
  if (filled.length === 0) return '<p class="empty">No cell holds an answer, a detail or evidence yet.</p>';
  const sections: string[] = [];
  let open: string | undefined;
  for (const c of filled) {
    if (c.dimension.id !== open) {
      if (open !== undefined) sections.push('</section>');
      open = c.dimension.id;
      const hid = `dim-${sections.length}`;
      sections.push(
        `<section class="dimension" aria-labelledby="${hid}">`,
        `<h3 id="${hid}"><span class="group-name">${text(groupOf(c.dimension))}</span>${text(c.dimension.question)}</h3>`,
      );
    }
    sections.push(cellArticle(c, anchors.get(c)!, options));
  }
  sections.push('</section>');
  return sections.join('\n');
}

/**
 * The brief as a complete HTML document. Invariants: pure; contains every evidence item's quote
 * verbatim (after "&<>" escaping), each followed by its citation and source kind; no <script>, no
 * external address of its own; every user string escaped.
 */
export function renderComparisonBriefHtml(input: ComparisonOutputInput, options: ComparisonBriefOptions = {}): string {
  const { model, caseName, madeAt } = input;
  const cells = outputCells(model);
  // Anchors by position, not by stored ids: an id is data, and data never goes into markup unescaped.
  const anchors = new Map(cells.filter((c) => !isEmptyCell(c)).map((c, i) => [c, `cell-${i + 1}`] as const));
  const totals = totalCounts(statusCountsByRegime(model));
  const title = model.comparison.title.trim() || 'Comparison';
  const notice = citesIllustrative(cells) ? `<p class="notice">${text(ILLUSTRATIVE_NOTICE)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Clausebench">
<title>Comparison brief: ${text(title)}</title>
<style>${BRIEF_CSS}${COMPARISON_BRIEF_CSS}</style>
</head>
<body class="comparison-brief">
<header class="brief-head">
<p class="kicker">Comparison brief</p>
<h1>${text(title)}</h1>
<p class="generated">Case: ${text(caseName)}. Made on <time datetime="${escapeHtml(madeAt.iso)}">${text(madeAt.text)}</time>: ${plural(model.regimes.length, 'regime')} × ${plural(model.dimensions.length, 'question')}; of ${plural(cells.length, 'cell')}, ${totals.sourced} sourced, ${totals.paraphrased} paraphrased, ${totals.unsourced} unsourced, ${totals.disputed} disputed, ${totals['needs-review']} needing review.</p>
<p class="generated">Each quote is the document’s own text as the analyst marked it, followed by its pinpoint citation and the kind of its source; short answers and details are the analyst’s.</p>
${model.baseline ? `<p class="generated">Baseline: ${text(model.baseline.name)}. “≠ baseline” marks a short answer that differs from it.</p>\n` : ''}${notice}
</header>
${legend()}
${matrix(input, cells, anchors)}
<main aria-labelledby="cells-h">
<h2 id="cells-h">Cells</h2>
${cellSections(cells, anchors, options)}
</main>
<footer>Made with Clausebench. This file is self-contained: it loads nothing from elsewhere.</footer>
</body>
</html>
`;
}
