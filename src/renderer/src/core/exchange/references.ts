/**
 * The references inside a bundle's records: every one must land on a record of the same bundle,
 * since a bundle is imported into a profile that may hold none of them; what is made in a case
 * refers only to what is made in the same case (a link joins a clause and an entity of its own
 * case; a regime, dimension or cell sits in a comparison of its case; evidence is a clause of the
 * cell's case; a cell's regime and dimension are its comparison's); and no id or other stored key
 * twice. Pure; the bundle reader refuses a bundle with any problem listed here.
 */
import type { BundleRecord, BundleRecords } from './records';

const str = (r: BundleRecord, key: string) => r[key] as string;

export function referenceProblems(records: BundleRecords): string[] {
  const problems: string[] = [];
  // Each table's records by id (the first of a repeated id: the repeat is a problem of its own).
  const ids = (table: keyof BundleRecords) => {
    const byId = new Map<string, BundleRecord>();
    for (const r of records[table]) {
      const id = str(r, 'id');
      if (byId.has(id)) problems.push(`${table}: the id ${id} appears twice`);
      else byId.set(id, r);
    }
    return byId;
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
  const need = (table: string, r: BundleRecord, key: string, pool: ReadonlyMap<string, unknown>, poolName: string, value = str(r, key)) => {
    if (!pool.has(value))
      problems.push(`${table} ${str(r, 'id') ?? str(r, 'documentId')}: its ${key} ${value} is not among the bundle's ${poolName}`);
  };
  // A reference that lands on a record of the bundle, but of another case (or comparison).
  const same = (
    table: string,
    r: BundleRecord,
    key: string,
    pool: ReadonlyMap<string, BundleRecord>,
    field: 'caseId' | 'comparisonId',
    value = str(r, key),
  ) => {
    const target = pool.get(value);
    if (target && str(target, field) !== str(r, field))
      problems.push(
        `${table} ${str(r, 'id')}: its ${key} ${value} is of another ${field === 'caseId' ? 'case' : 'comparison'} (${str(target, field)}, not ${str(r, field)})`,
      );
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
    same('links', l, 'clauseId', clauses, 'caseId');
    same('links', l, 'entityId', entities, 'caseId');
  }
  for (const c of records.comparisons) {
    need('comparisons', c, 'caseId', cases, 'cases');
    if (typeof c.baselineRegimeId === 'string') {
      need('comparisons', c, 'baselineRegimeId', regimes, 'regimes');
      const baseline = regimes.get(c.baselineRegimeId);
      if (baseline && str(baseline, 'comparisonId') !== str(c, 'id'))
        problems.push(`comparisons ${str(c, 'id')}: its baselineRegimeId ${c.baselineRegimeId} is a regime of another comparison`);
    }
  }
  for (const table of ['regimes', 'dimensions'] as const)
    for (const r of records[table]) {
      need(table, r, 'caseId', cases, 'cases');
      need(table, r, 'comparisonId', comparisons, 'comparisons');
      same(table, r, 'comparisonId', comparisons, 'caseId');
    }
  for (const c of records.cells) {
    need('cells', c, 'caseId', cases, 'cases');
    need('cells', c, 'comparisonId', comparisons, 'comparisons');
    need('cells', c, 'regimeId', regimes, 'regimes');
    need('cells', c, 'dimensionId', dimensions, 'dimensions');
    same('cells', c, 'comparisonId', comparisons, 'caseId');
    same('cells', c, 'regimeId', regimes, 'comparisonId');
    same('cells', c, 'dimensionId', dimensions, 'comparisonId');
    for (const e of c.evidenceClauseIds as string[]) {
      need('cells', c, 'evidenceClauseIds', clauses, 'clauses', e);
      same('cells', c, 'evidenceClauseIds', clauses, 'caseId', e);
    }
  }
  return problems;
}

/**
 * `records` without the references across cases that referenceProblems refuses: links whose clause
 * or entity is missing or of another case; evidence citing a clause of another case; regimes and
 * dimensions in a comparison of another case, and cells whose comparison, regime or dimension does
 * not fit; a baseline that is not a regime of its comparison. Only data written before imports kept
 * cases apart can hold them; a backup leaves them out so that it can be restored. Other records are
 * returned as they are (the same objects).
 */
export function withoutCrossCase(records: BundleRecords): BundleRecords {
  const byId = (rows: BundleRecord[]) => new Map(rows.map((r) => [str(r, 'id'), r]));
  const field = (pool: Map<string, BundleRecord>, id: unknown, key: string) => {
    const r = typeof id === 'string' ? pool.get(id) : undefined;
    return r ? str(r, key) : undefined;
  };
  const [clauses, entities, comparisons] = [byId(records.clauses), byId(records.entities), byId(records.comparisons)];
  const inOwnComparison = (r: BundleRecord) => field(comparisons, r.comparisonId, 'caseId') === str(r, 'caseId');
  const regimes = byId(records.regimes.filter(inOwnComparison));
  const dimensions = byId(records.dimensions.filter(inOwnComparison));
  const links = records.links.filter(
    (l) => field(clauses, l.clauseId, 'caseId') === str(l, 'caseId') && field(entities, l.entityId, 'caseId') === str(l, 'caseId'),
  );
  const cells = records.cells
    .filter(
      (c) =>
        inOwnComparison(c) &&
        field(regimes, c.regimeId, 'comparisonId') === str(c, 'comparisonId') &&
        field(dimensions, c.dimensionId, 'comparisonId') === str(c, 'comparisonId'),
    )
    .map((c) => {
      const evidence = c.evidenceClauseIds as string[];
      const kept = evidence.filter((id) => field(clauses, id, 'caseId') === str(c, 'caseId'));
      return kept.length === evidence.length ? c : { ...c, evidenceClauseIds: kept };
    });
  const withBaseline = records.comparisons.map((c) => {
    if (c.baselineRegimeId === undefined || field(regimes, c.baselineRegimeId, 'comparisonId') === str(c, 'id')) return c;
    const { baselineRegimeId: _dropped, ...rest } = c;
    return rest;
  });
  return { ...records, links, comparisons: withBaseline, regimes: [...regimes.values()], dimensions: [...dimensions.values()], cells };
}
