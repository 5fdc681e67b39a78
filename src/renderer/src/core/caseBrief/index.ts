/**
 * The case brief (issue 5/7): a model built from the clause export items, rendered as one
 * self-contained HTML file or as Markdown.
 */
export {
  buildCaseBrief,
  briefFileName,
  citationLine,
  documentSubheading,
  DEFAULT_ILLUSTRATIVE_NOTICE,
  type BriefClause,
  type BriefDocument,
  type BriefDocumentInput,
  type BriefGroup,
  type BriefGrouping,
  type BuildCaseBriefInput,
  type CaseBrief,
} from './model';
export { BRIEF_CSP, renderCaseBriefHtml, type RenderHtmlOptions } from './renderHtml';
export { BRIEF_CSS } from './briefStyles';
export { commentMarkdown, renderCaseBriefMarkdown } from './renderMarkdown';
export { escapeHtml, escapeMarkdownInline, escapeMarkdownLines } from './escape';
