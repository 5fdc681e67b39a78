export { useClauseWork, type ClauseWork, type ClauseWorkOptions } from './useClauseWork';
export { clauseExportItems, clausesCsv, exportFileName, webAnnotationsJson } from './exportClauses';
export { addLinksUndoably, describeLink, isRepeatLink, newLink, removeLinksUndoably, type LinkChoice } from './linkActions';
