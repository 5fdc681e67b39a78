/**
 * The comparison outputs as files: "Comparison (CSV)", "Comparison (Markdown)" and "Comparison
 * brief (HTML)" (core/compare renders them; a detail's Markdown goes through the case brief's
 * strict marked + DOMPurify renderer, which needs this layer's DOM), and the brief as a PDF where
 * the host can print one (Electron).
 */
import { renderComparisonBriefHtml } from '../../core/compare/comparisonBriefHtml';
import { comparisonToCsv } from '../../core/compare/comparisonCsv';
import { comparisonToMarkdown } from '../../core/compare/comparisonMarkdown';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { comparisonFileName, madeAtOf, type ComparisonOutputInput } from '../../core/compare/comparisonOutput';
import { briefCommentHtml } from '../brief';

export type ComparisonExportFormat = 'csv' | 'md' | 'html';

export const COMPARISON_FORMAT_LABELS: Record<ComparisonExportFormat, string> = {
  csv: 'CSV (one row per cell, for spreadsheets)',
  md: 'Markdown',
  html: 'HTML brief (one file, prints well)',
};

export interface ComparisonFile {
  name: string;
  mimeType: string;
  text: string;
}

function outputInput(model: ComparisonModel, caseName: string, now: Date): ComparisonOutputInput {
  return { model, caseName, madeAt: madeAtOf(now, now.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })) };
}

/** The brief's HTML, as saved and as printed to PDF. */
export function comparisonBriefHtml(model: ComparisonModel, caseName: string, now: Date = new Date()): string {
  return renderComparisonBriefHtml(outputInput(model, caseName, now), { detailHtml: briefCommentHtml });
}

/** The file of `model` in `format`, named after the case and the comparison. */
export function makeComparisonFile(model: ComparisonModel, caseName: string, format: ComparisonExportFormat, now: Date = new Date()): ComparisonFile {
  const name = comparisonFileName(caseName, model.comparison.title, format);
  switch (format) {
    case 'csv':
      return { name, mimeType: 'text/csv;charset=utf-8', text: comparisonToCsv(model) };
    case 'md':
      return { name, mimeType: 'text/markdown;charset=utf-8', text: comparisonToMarkdown(outputInput(model, caseName, now)) };
    case 'html':
      return { name, mimeType: 'text/html;charset=utf-8', text: comparisonBriefHtml(model, caseName, now) };
  }
}
