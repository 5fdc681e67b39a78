/**
 * "Clauses (CSV)": one row per clause for spreadsheets.
 *
 * Written for what spreadsheet apps actually do with a file: RFC 4180 quoting, CRLF line ends,
 * a UTF-8 byte order mark (without it Excel reads UTF-8 as the local code page and mangles
 * "§", "¶" and accents), and a guard against formula injection (OWASP "CSV injection"): a
 * quote or comment beginning with "=", "+", "-", "@", tab or carriage return would otherwise be
 * run as a formula when the file is opened, so such a field gets a leading apostrophe.
 *
 * Entities: "entities" lists the names of the entities the clause is linked to, once each;
 * "entity roles" lists every link as "Name (role)", e.g. "Anthropic (addressed to); Commerce
 * Department (issued by)", so an entity with two roles on one clause appears twice there. Both
 * join with "; " (as tags do), in the links' order (core/clauseExport.ts clauseEntityLinks).
 */
import { clauseTypeLabel } from './clauseTypes';
import { entityWithRole, exportedPage, exportedQuote, linkedEntityNames, type ClauseExportItem } from './clauseExport';

export const CLAUSE_CSV_COLUMNS = [
  'document',
  'citation',
  'page',
  'label',
  'type',
  'quote',
  'comment',
  'tags',
  'entities',
  'entity roles',
  'author',
  'created',
  'updated',
] as const;

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The CSV text (BOM, header row, one row per item in the items' order, each line ending CRLF).
 *
 * Invariants: pure; every row has CLAUSE_CSV_COLUMNS.length fields; no field begins with a
 * formula trigger unless prefixed by an apostrophe; a field is quoted exactly when it contains a
 * comma, quote, CR or LF, with its quotes doubled; quotes of illustrative documents end with
 * " (illustrative reconstruction)".
 */
export function clausesToCsv(items: readonly ClauseExportItem[]): string {
  const rows: string[][] = [[...CLAUSE_CSV_COLUMNS], ...items.map(clauseRow)];
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + CRLF).join('');
}

/** The fields of one clause, in CLAUSE_CSV_COLUMNS order, before quoting. */
export function clauseRow(item: ClauseExportItem): string[] {
  const { clause, document } = item;
  return [
    document.title.trim() || document.fileName,
    item.citation,
    exportedPage(item),
    clause.label,
    clauseTypeLabel(clause.type),
    exportedQuote(item),
    clause.comment,
    clause.tags.join('; '),
    linkedEntityNames(item.links).join('; '),
    (item.links ?? []).map(entityWithRole).join('; '),
    clause.createdBy,
    clause.createdAt,
    clause.updatedAt,
  ];
}

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field: formula triggers defused with a leading apostrophe (the convention spreadsheets show
 * as text and hide), then RFC 4180 quoting.
 */
export function csvField(value: string): string {
  const safe = FORMULA_TRIGGER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
