// Types for clauses.mjs (plain JS so the CLI runs on Node 20 without a TypeScript runner).
export type QuoteFields = { exact: string; prefix?: string; suffix?: string };
export type ClauseEntry = {
  id?: string;
  fileName: string;
  label: string;
  type: string;
  tags: string[];
  comment: string;
  quote: QuoteFields;
};
export type ClausesFile = { version: number; clauses: ClauseEntry[] };

export const CLAUSES_FILE: string;
export const CONTEXT_LENGTH: number;
export function locateQuote(docText: string, quote: QuoteFields): { start: number; end: number };
export function refreshEntry(entry: ClauseEntry, docText: string): ClauseEntry & { id: string; quote: Required<QuoteFields> };
export function refreshClauses(file: ClausesFile, textOf: (fileName: string) => string): { file: ClausesFile; problems: string[] };
export function formatClausesFile(file: ClausesFile): string;
