export { CaseBriefDialog } from './CaseBriefDialog';
export type { BriefFormat } from './gatherBrief';
export { briefCommentHtml } from './commentHtml';
