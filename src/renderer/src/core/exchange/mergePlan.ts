/**
 * Planning how a bundle merges into what is stored. Pure: the db layer gathers the local records
 * the bundle touches, this decides, the analyst resolves conflicts, and one transaction writes.
 *
 * The rule (a bundle has no common ancestor with the local copy, so time decides, never guesses):
 * - a record whose id is not stored is added;
 * - a record equal to the stored one is skipped (unchanged), as is one that differs only in who made
 *   it and when (the same shipped sample record, installed in two profiles at two times);
 * - a record that differs and was changed later (updatedAt strictly newer) than the stored one is
 *   an update: the bundle carries a later edit;
 * - a record that differs while the stored one is as new or newer is a conflict: both sides may
 *   have edited it, and the analyst chooses (keep mine / take theirs). Unresolved means keep mine.
 * Documents are matched by the SHA-256 of their PDF first: a bundle document with another id but
 * the same bytes is the stored document (its id is mapped, and its clauses and page texts follow);
 * a document's case list is the union of both sides whatever else is chosen. The PDF bytes and page
 * texts of a document already stored are not written again (same bytes, same text).
 * Cases come first (caseIdentity.ts): the bundle's sample case is this profile's sample case, and a
 * record whose id a stored record of another case holds is re-identified rather than matched, so a
 * merge never moves a stored record into another case. Whether a case is the sample stays the
 * profile's own: a merge never changes it.
 */
import { CASE_TABLES, localise, type CaseTable } from './caseIdentity';
import { MERGED_TABLES, type BundleRecord, type BundleRecords, type MergedTable } from './records';
import { sameContent, sameRecord } from './sameRecord';

export interface LocalState {
  /**
   * Stored records with the ids of incoming ones, per table; also the stored sample case, and the
   * records under the derived ids of incoming records that clash (caseIdentity.derivedIdLookups).
   */
  byId: Record<MergedTable, ReadonlyMap<string, BundleRecord>>;
  /** Stored documents by SHA-256 (at least those of incoming documents). */
  documentsBySha: ReadonlyMap<string, BundleRecord>;
  /** SHA-256s of the PDFs already stored. */
  fileShas: ReadonlySet<string>;
  /** The stored sample case's id: a second sample case is never made. */
  sampleCaseId?: string;
}

export interface PlannedChange {
  table: MergedTable;
  /** The stored record (updates only). */
  before?: BundleRecord;
  after: BundleRecord;
}

export interface Conflict {
  /** `${table}:${id}`, the key of the analyst's choice. */
  key: string;
  table: MergedTable;
  id: string;
  label: string;
  before: BundleRecord;
  mine: BundleRecord;
  theirs: BundleRecord;
}

export interface MergePlan {
  added: PlannedChange[];
  updated: PlannedChange[];
  unchanged: { table: MergedTable; id: string }[];
  conflicts: Conflict[];
  /** Page texts of documents new to this profile (ids mapped). */
  pageTexts: BundleRecord[];
  /** SHA-256s of PDFs to store. */
  files: string[];
  /** Bundle document id -> stored document id, where they differ. */
  documentIdMap: Record<string, string>;
  /** Bundle case id -> stored case id, where they differ (the bundle's sample case -> this profile's). */
  caseIdMap: Record<string, string>;
  /** Records given a new id because a stored record of another case holds theirs: `${table}:${newId}`. */
  reidentified: Set<string>;
}

export type Choice = 'mine' | 'theirs';

const str = (r: BundleRecord, k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');

/** -1, 0 or 1: how `a` orders against `b` as times (ISO strings; unparsable ones compare as text). */
function compareTimes(a: string, b: string): number {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(x) || Number.isNaN(y)) return a < b ? -1 : a > b ? 1 : 0;
  return Math.sign(x - y);
}

export function recordLabel(table: MergedTable, r: BundleRecord): string {
  const quote = (r.target as { quote?: { exact?: string } } | undefined)?.quote?.exact ?? '';
  const byTable: Record<MergedTable, string> = {
    cases: str(r, 'name'),
    documents: str(r, 'title'),
    clauses: str(r, 'label') || quote.slice(0, 60),
    entities: str(r, 'name'),
    links: str(r, 'role'),
    comparisons: str(r, 'title'),
    regimes: str(r, 'name'),
    dimensions: str(r, 'question'),
    cells: str(r, 'answer'),
  };
  return byTable[table] || str(r, 'id');
}

/**
 * A case keeps the profile's own word on whether it is the sample: a stored case its stored flag,
 * a new one the bundle's, unless this profile has a sample case already (there is at most one).
 */
function sampleFlag(record: BundleRecord, stored: BundleRecord | undefined, sampleCaseId: string | undefined): BundleRecord {
  const { isSample, ...rest } = record;
  if (stored) return stored.isSample === undefined ? rest : { ...rest, isSample: stored.isSample };
  return isSample === true && sampleCaseId !== undefined ? { ...rest, isSample: false } : record;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

/**
 * The plan for merging `incoming` into the stored state. `freshId` names a bundle document whose
 * id is taken by a stored document with other bytes. Invariant: every incoming record of a merged
 * table is in exactly one of added, updated, unchanged, conflicts.
 */
export function planMerge(bundleRecords: BundleRecords, local: LocalState, freshId: () => string): MergePlan {
  const { records: incoming, caseIdMap, idMaps } = localise(bundleRecords, local, freshId);
  const reidentified = new Set(CASE_TABLES.flatMap((t: CaseTable) => Object.values(idMaps[t]).map((id) => `${t}:${id}`)));
  const plan: MergePlan = {
    added: [],
    updated: [],
    unchanged: [],
    conflicts: [],
    pageTexts: [],
    files: [],
    documentIdMap: {},
    caseIdMap,
    reidentified,
  };
  const mapDoc = (id: string) => plan.documentIdMap[id] ?? id;

  // Documents first: their ids may change, and what refers to them follows.
  const newDocuments = new Set<string>();
  for (const doc of incoming.documents) {
    const sha = str(doc, 'sha256');
    const sameBytes = local.documentsBySha.get(sha);
    const sameId = local.byId.documents.get(str(doc, 'id'));
    if (sameBytes && str(sameBytes, 'id') !== str(doc, 'id')) plan.documentIdMap[str(doc, 'id')] = str(sameBytes, 'id');
    else if (!sameBytes && sameId) plan.documentIdMap[str(doc, 'id')] = freshId();
    if (!sameBytes) newDocuments.add(mapDoc(str(doc, 'id')));
  }
  for (const [table, records] of MERGED_TABLES.map((t) => [t, incoming[t]] as const)) {
    for (const raw of records) {
      let record = raw;
      if (table === 'documents') {
        record = { ...record, id: mapDoc(str(record, 'id')) };
        if (typeof record.versionOf === 'string') record.versionOf = mapDoc(record.versionOf);
      }
      if (table === 'clauses') record = { ...record, documentId: mapDoc(str(record, 'documentId')) };
      const id = str(record, 'id');
      const stored = table === 'documents' ? local.documentsBySha.get(str(record, 'sha256')) : local.byId[table].get(id);
      if (table === 'cases') record = sampleFlag(record, stored, local.sampleCaseId);
      if (!stored) {
        plan.added.push({ table, after: record });
        continue;
      }
      // A document's case list merges whatever is chosen for the rest of it.
      const caseIds = table === 'documents' ? union(stored.caseIds as string[], record.caseIds as string[]) : undefined;
      const withCases = (r: BundleRecord) => (caseIds ? { ...r, caseIds } : r);
      // The same content is kept as stored, whatever the times say: nothing to choose between.
      if (sameContent(withCases(stored), withCases(record))) {
        if (sameRecord(withCases(stored), stored)) plan.unchanged.push({ table, id });
        else plan.updated.push({ table, before: stored, after: withCases(stored) });
      } else if (compareTimes(str(record, 'updatedAt'), str(stored, 'updatedAt')) > 0) {
        plan.updated.push({ table, before: stored, after: withCases(record) });
      } else {
        plan.conflicts.push({
          key: `${table}:${id}`,
          table,
          id,
          label: recordLabel(table, record),
          before: stored,
          mine: withCases(stored),
          theirs: withCases(record),
        });
      }
    }
  }
  plan.pageTexts = incoming.pageTexts
    .map((p) => ({ ...p, documentId: mapDoc(str(p, 'documentId')) }))
    .filter((p) => newDocuments.has(str(p, 'documentId')));
  plan.files = [...new Set(incoming.documents.map((d) => str(d, 'sha256')))].filter((sha) => !local.fileShas.has(sha));
  return plan;
}

export type MergeReport = Record<MergedTable, { added: number; updated: number; skipped: number }>;

export interface MergeWrites {
  /** Records to put, per table (added and updated). */
  puts: Record<MergedTable, BundleRecord[]>;
  /** Stored records these puts overwrite, as they were (Undo puts them back). */
  before: Record<MergedTable, BundleRecord[]>;
  /** Ids of records that were not stored (Undo deletes them). */
  addedIds: Record<MergedTable, string[]>;
  pageTexts: BundleRecord[];
  files: string[];
  report: MergeReport;
  /** Of the added records, per table, how many were re-identified (their id belonged to another case here). */
  reidentified: Record<MergedTable, number>;
}

function perTable<T>(make: () => T): Record<MergedTable, T> {
  return Object.fromEntries(MERGED_TABLES.map((t) => [t, make()])) as Record<MergedTable, T>;
}

/** What to write once the analyst has chosen; a conflict without a choice keeps the stored record. */
export function resolveMerge(plan: MergePlan, choices: ReadonlyMap<string, Choice>): MergeWrites {
  const w: MergeWrites = {
    puts: perTable(() => []),
    before: perTable(() => []),
    addedIds: perTable(() => []),
    pageTexts: plan.pageTexts,
    files: plan.files,
    report: perTable(() => ({ added: 0, updated: 0, skipped: 0 })),
    reidentified: perTable(() => 0),
  };
  for (const c of plan.added) {
    w.puts[c.table].push(c.after);
    w.addedIds[c.table].push(str(c.after, 'id'));
    w.report[c.table].added++;
    if (plan.reidentified.has(`${c.table}:${str(c.after, 'id')}`)) w.reidentified[c.table]++;
  }
  const update = (table: MergedTable, before: BundleRecord, after: BundleRecord) => {
    w.puts[table].push(after);
    w.before[table].push(before);
    w.report[table].updated++;
  };
  for (const c of plan.updated) update(c.table, c.before!, c.after);
  for (const u of plan.unchanged) w.report[u.table].skipped++;
  for (const c of plan.conflicts) {
    const chosen = choices.get(c.key) === 'theirs' ? c.theirs : c.mine;
    if (sameRecord(chosen, c.before)) w.report[c.table].skipped++;
    else update(c.table, c.before, chosen);
  }
  return w;
}

/** The whole report's totals, for a one-line summary. */
export function reportTotals(report: MergeReport): { added: number; updated: number; skipped: number } {
  const t = { added: 0, updated: 0, skipped: 0 };
  for (const r of Object.values(report)) {
    t.added += r.added;
    t.updated += r.updated;
    t.skipped += r.skipped;
  }
  return t;
}
