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
export { renderCaseBriefHtml, type RenderHtmlOptions } from './renderHtml';
export { renderCaseBriefMarkdown } from './renderMarkdown';
export { escapeHtml } from './escape';
