export { useClauseWork, type ClauseWork, type ClauseWorkOptions } from './useClauseWork';
export { clauseExportItems, clausesCsv, exportFileName, webAnnotationsJson } from './exportClauses';
