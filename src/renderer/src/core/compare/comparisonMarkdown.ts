/**
 * "Comparison (Markdown)": a GFM table of the short answers with their statuses (dimensions as
 * rows, regimes as columns), then each cell that holds something: its detail and its evidence,
 * each quote a blockquote followed by its pinpoint citation and the kind of its source.
 *
 * Names, questions, answers and quotes are escaped so they read as written (core/caseBrief's
 * escaping); a detail is the analyst's own Markdown, kept as written except what could break out
 * of the file (raw HTML, images, headings: core/caseBrief commentMarkdown).
 */
import { commentMarkdown, escapeMarkdownInline, escapeMarkdownLines } from '../caseBrief';
import {
  citesIllustrative,
  fullCitation,
  groupOf,
  ILLUSTRATIVE_NOTICE,
  isEmptyCell,
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function statusText(c: OutputCell): string {
  return `${STATUS_MARKS[c.status]} ${statusLabel(c.status)}`;
}

function tableCell(text: string): string {
  return escapeMarkdownInline(text) || '—';
}

function matrixCell(c: OutputCell): string {
  const answer = c.cell?.answer.trim() ? escapeMarkdownInline(c.cell.answer) : '—';
  return `${answer} (${statusText(c)})${c.differs ? ' ≠ baseline' : ''}`;
}

function matrix(input: ComparisonOutputInput, cells: readonly OutputCell[]): string[] {
  const { regimes, baseline } = input.model;
  if (regimes.length === 0 || cells.length === 0) return ['*This comparison has no regimes or no questions yet.*'];
  const heads = regimes.map((r) => `${tableCell(r.name)}${r.id === baseline?.id ? ' (baseline)' : ''}`);
  const lines = [`| Group | Question | ${heads.join(' | ')} |`, `| --- | --- | ${regimes.map(() => '---').join(' | ')} |`];
  for (let i = 0; i < cells.length; i += regimes.length) {
    const row = cells.slice(i, i + regimes.length);
    const d = row[0]!.dimension;
    lines.push(`| ${tableCell(groupOf(d))} | ${tableCell(d.question)} | ${row.map(matrixCell).join(' | ')} |`);
  }
  return lines;
}

function evidenceBlock(item: EvidenceItem | undefined): string[] {
  if (!item) return [`*${MISSING_EVIDENCE_TEXT}.*`, ''];
  const quote = escapeMarkdownLines(item.quote).map((line) => (line ? `> ${line}` : '>'));
  const note = evidenceWarning(item);
  const warning = note ? ` · **${note}**` : '';
  return [...quote, '', `— ${escapeMarkdownInline(fullCitation(item))} · *${SOURCE_KIND_TEXT[item.sourceKind]}*${warning}`, ''];
}

function cellBlock(c: OutputCell): string[] {
  const lines = [`#### ${escapeMarkdownInline(c.regime.name)} — ${statusText(c)}`, ''];
  const answer = c.cell?.answer.trim() ?? '';
  lines.push(`**Short answer:** ${answer ? escapeMarkdownInline(answer) : '—'}${c.differs ? ' *(differs from the baseline)*' : ''}`, '');
  const detail = c.cell?.detail.trim() ?? '';
  if (detail) lines.push(commentMarkdown(detail), '');
  if (c.evidence.length === 0) lines.push('*No evidence attached.*', '');
  for (const item of c.evidence) lines.push(...evidenceBlock(item));
  return lines;
}

/** The comparison as a Markdown document, ending with one newline. Pure. */
export function comparisonToMarkdown(input: ComparisonOutputInput): string {
  const { model, caseName, madeAt } = input;
  const cells = outputCells(model);
  const lines = [
    `# Comparison: ${escapeMarkdownInline(model.comparison.title)}`,
    '',
    `Case: ${escapeMarkdownInline(caseName)} · Made ${escapeMarkdownInline(madeAt.text)} · ${plural(model.regimes.length, 'regime')} × ${plural(model.dimensions.length, 'question')}.`,
    '',
    'Each short answer carries its status. A quote is the document’s own text as the analyst marked it, followed by its pinpoint citation and the kind of its source: a study note or other secondary source is a paraphrase, not the law’s text.',
    '',
    ...STATUS_ORDER.map((s) => `- ${STATUS_MARKS[s]} **${statusLabel(s)}**: ${escapeMarkdownInline(statusHelp(s))}`),
    '',
  ];
  if (model.baseline)
    lines.push(`Baseline: ${escapeMarkdownInline(model.baseline.name)}; “≠ baseline” marks a short answer that differs from it.`, '');
  if (citesIllustrative(cells)) lines.push(`> **Note:** ${escapeMarkdownInline(ILLUSTRATIVE_NOTICE)}`, '');
  lines.push('## Matrix', '', ...matrix(input, cells), '', '## Cells', '');
  let row: string | undefined;
  const filled = cells.filter((c) => !isEmptyCell(c));
  if (filled.length === 0) lines.push('*No cell holds an answer, a detail or evidence yet.*', '');
  for (const c of filled) {
    if (c.dimension.id !== row) lines.push(`### ${escapeMarkdownInline(groupOf(c.dimension))}: ${escapeMarkdownInline(c.dimension.question)}`, '');
    row = c.dimension.id;
    lines.push(...cellBlock(c));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
