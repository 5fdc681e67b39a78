/**
 * The references inside a bundle's records: every one must land on a record of the same bundle,
 * since a bundle is imported into a profile that may hold none of them; and no id or other stored
 * key twice. Pure; the bundle reader refuses a bundle with any problem listed here.
 */
import type { BundleRecord, BundleRecords } from './records';

const str = (r: BundleRecord, key: string) => r[key] as string;

export function referenceProblems(records: BundleRecords): string[] {
  const problems: string[] = [];
  const ids = (table: keyof BundleRecords) => {
    const set = new Set<string>();
    for (const r of records[table]) {
      const id = str(r, 'id');
      if (set.has(id)) problems.push(`${table}: the id ${id} appears twice`);
      set.add(id);
    }
    return set;
  };
  const cases = ids('cases');
  const documents = ids('documents');
  const clauses = ids('clauses');
  const entities = ids('entities');
  const comparisons = ids('comparisons');
  const regimes = ids('regimes');
  const dimensions = ids('dimensions');
  ids('links');
  ids('cells');
  // Keys that are unique where the records are stored: two of them would fail (or silently overwrite) on writing.
  const unique = (table: keyof BundleRecords, what: string, keyOf: (r: BundleRecord) => string) => {
    const seen = new Set<string>();
    for (const r of records[table]) {
      const key = keyOf(r);
      if (seen.has(key)) problems.push(`${table}: ${what} ${key} appears twice`);
      seen.add(key);
    }
  };
  unique('documents', 'the PDF', (d) => str(d, 'sha256'));
  unique('pageTexts', 'the page', (p) => `${str(p, 'documentId')} #${String(p.pageIndex)}`);
  unique('settings', 'the key', (s) => str(s, 'key'));
  unique('viewStates', 'the document', (v) => str(v, 'documentId'));
  const need = (table: string, r: BundleRecord, key: string, pool: Set<string>, poolName: string, value = str(r, key)) => {
    if (!pool.has(value))
      problems.push(`${table} ${str(r, 'id') ?? str(r, 'documentId')}: its ${key} ${value} is not among the bundle's ${poolName}`);
  };
  for (const d of records.documents) {
    for (const c of d.caseIds as string[]) need('documents', d, 'caseIds', cases, 'cases', c);
    if (d.versionOf !== undefined) need('documents', d, 'versionOf', documents, 'documents');
  }
  for (const p of records.pageTexts) need('pageTexts', p, 'documentId', documents, 'documents');
  for (const v of records.viewStates) need('viewStates', v, 'documentId', documents, 'documents');
  for (const c of records.clauses) {
    need('clauses', c, 'caseId', cases, 'cases');
    need('clauses', c, 'documentId', documents, 'documents');
  }
  for (const e of records.entities) need('entities', e, 'caseId', cases, 'cases');
  for (const l of records.links) {
    need('links', l, 'caseId', cases, 'cases');
    need('links', l, 'clauseId', clauses, 'clauses');
    need('links', l, 'entityId', entities, 'entities');
  }
  for (const c of records.comparisons) need('comparisons', c, 'caseId', cases, 'cases');
  for (const table of ['regimes', 'dimensions'] as const)
    for (const r of records[table]) {
      need(table, r, 'caseId', cases, 'cases');
      need(table, r, 'comparisonId', comparisons, 'comparisons');
    }
  for (const c of records.cells) {
    need('cells', c, 'caseId', cases, 'cases');
    need('cells', c, 'comparisonId', comparisons, 'comparisons');
    need('cells', c, 'regimeId', regimes, 'regimes');
    need('cells', c, 'dimensionId', dimensions, 'dimensions');
    for (const e of c.evidenceClauseIds as string[]) need('cells', c, 'evidenceClauseIds', clauses, 'clauses', e);
  }
  return problems;
}
