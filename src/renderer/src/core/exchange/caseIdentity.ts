/**
 * Keeping a bundle's records in their own case as they merge. Pure; mergePlan.ts runs it first.
 *
 * Everything an analyst makes belongs to exactly one case, and a merge must never move a stored
 * record into another case. Ids alone do not guarantee that: the sample case ships clauses,
 * entities and links under fixed ids while each profile's sample case has a random id, and a
 * bundle can carry a record whose id a stored record of another case holds. So, before planning:
 * - the bundle's sample case IS this profile's sample case (its id maps onto the stored one), so a
 *   colleague's sample-case bundle merges into the sample case here, shipped records meeting their
 *   own copies, rather than becoming a second copy of the sample under another name;
 * - a record of a case-owned table whose id a stored record of ANOTHER case holds is re-identified:
 *   it gets a new id, derived from its case and old id (so importing the same bundle again meets
 *   the same re-identified record and changes nothing), and every reference to it within the
 *   bundle follows, as document ids do through documentIdMap.
 */
import type { BundleRecord, BundleRecords, MergedTable } from './records';

/** The tables whose records belong to one case (a `caseId`), in the order their references run. */
export const CASE_TABLES = ['clauses', 'entities', 'links', 'comparisons', 'regimes', 'dimensions', 'cells'] as const;
export type CaseTable = (typeof CASE_TABLES)[number];

/** What the step needs of the stored state (a part of mergePlan's LocalState). */
export interface StoredForIdentity {
  /** Stored records with the ids of incoming ones (and with their derived ids, see derivedIdLookups). */
  byId: Record<MergedTable, ReadonlyMap<string, BundleRecord>>;
  sampleCaseId?: string;
}

export interface Localised {
  /** The incoming records with cases mapped and clashing records re-identified. */
  records: BundleRecords;
  /** Bundle case id -> stored case id, where they differ. */
  caseIdMap: Record<string, string>;
  /** Per case table, bundle id -> new id of each re-identified record. */
  idMaps: Record<CaseTable, Record<string, string>>;
}

const str = (r: BundleRecord, k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');

/**
 * Bundle case id -> this profile's sample case id, when the bundle carries a sample case that is
 * not the stored one. Not when the bundle also holds a case under the stored sample's id: two of
 * its cases would then become one.
 */
export function caseIdMapFor(incoming: BundleRecords, sampleCaseId: string | undefined): Record<string, string> {
  if (sampleCaseId === undefined || incoming.cases.some((c) => str(c, 'id') === sampleCaseId)) return {};
  const samples = incoming.cases.filter((c) => c.isSample === true);
  return samples.length === 1 ? { [str(samples[0]!, 'id')]: sampleCaseId } : {};
}

/** 128 bits of a string, as four 32-bit words (cyrb128: fast, well mixed; not for secrets). */
function hash128(text: string): number[] {
  let [h1, h2, h3, h4] = [1779033703, 3144134277, 1013904242, 2773480762];
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * The id a record of `table` with `id` in the bundle's case `caseId` takes when re-identified:
 * the same for the same inputs, shaped as a UUID (version nibble 8: custom, RFC 9562).
 */
export function derivedId(table: CaseTable, caseId: string, id: string): string {
  const hex = hash128(`${table}\u0000${caseId}\u0000${id}`)
    .map((w) => w.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Per case table: bundle id -> derived id, for each record whose id a stored record of another case holds. */
function clashes(incoming: BundleRecords, local: StoredForIdentity, caseIdMap: Record<string, string>): Record<CaseTable, Map<string, string>> {
  const out = {} as Record<CaseTable, Map<string, string>>;
  for (const table of CASE_TABLES) {
    out[table] = new Map();
    for (const r of incoming[table]) {
      const caseId = str(r, 'caseId');
      const stored = local.byId[table].get(str(r, 'id'));
      if (stored && str(stored, 'caseId') !== (caseIdMap[caseId] ?? caseId)) out[table].set(str(r, 'id'), derivedId(table, caseId, str(r, 'id')));
    }
  }
  return out;
}

/**
 * The derived ids the stored state must also be read for (a second look-up, made only for the
 * records that clash), so a re-import finds the records an earlier import re-identified.
 */
export function derivedIdLookups(incoming: BundleRecords, local: StoredForIdentity): Record<CaseTable, string[]> {
  const found = clashes(incoming, local, caseIdMapFor(incoming, local.sampleCaseId));
  return Object.fromEntries(CASE_TABLES.map((t) => [t, [...found[t].values()]])) as Record<CaseTable, string[]>;
}

/**
 * The incoming records as they are to be merged here. Invariant: no record of a case table keeps
 * an id that a stored record of another case holds (`freshId` names one whose derived id is taken
 * too), and every reference within the bundle points where it did before.
 */
export function localise(incoming: BundleRecords, local: StoredForIdentity, freshId: () => string): Localised {
  const caseIdMap = caseIdMapFor(incoming, local.sampleCaseId);
  const mapCase = (id: string) => caseIdMap[id] ?? id;
  const idMaps = {} as Record<CaseTable, Record<string, string>>;
  const found = clashes(incoming, local, caseIdMap);
  for (const table of CASE_TABLES) {
    idMaps[table] = {};
    for (const r of incoming[table]) {
      const derived = found[table].get(str(r, 'id'));
      if (derived === undefined) continue;
      const taken = local.byId[table].get(derived);
      idMaps[table][str(r, 'id')] = taken && str(taken, 'caseId') !== mapCase(str(r, 'caseId')) ? freshId() : derived;
    }
  }
  const to = (table: CaseTable) => (id: string) => idMaps[table][id] ?? id;
  const [clause, entity, comparison, regime, dimension] = [to('clauses'), to('entities'), to('comparisons'), to('regimes'), to('dimensions')];
  // Each record of a case table: its own id and case, then what it refers to.
  const own = (table: CaseTable, refs: (r: BundleRecord) => BundleRecord = () => ({})) =>
    incoming[table].map((r) => ({ ...r, id: to(table)(str(r, 'id')), caseId: mapCase(str(r, 'caseId')), ...refs(r) }));
  const records: BundleRecords = {
    ...incoming,
    cases: incoming.cases.map((c) => (caseIdMap[str(c, 'id')] ? { ...c, id: mapCase(str(c, 'id')) } : c)),
    documents: incoming.documents.map((d) => ({ ...d, caseIds: [...new Set((d.caseIds as string[]).map(mapCase))] })),
    clauses: own('clauses'),
    entities: own('entities'),
    links: own('links', (l) => ({ clauseId: clause(str(l, 'clauseId')), entityId: entity(str(l, 'entityId')) })),
    comparisons: own('comparisons', (c) => (typeof c.baselineRegimeId === 'string' ? { baselineRegimeId: regime(c.baselineRegimeId) } : {})),
    regimes: own('regimes', (r) => ({ comparisonId: comparison(str(r, 'comparisonId')) })),
    dimensions: own('dimensions', (d) => ({ comparisonId: comparison(str(d, 'comparisonId')) })),
    cells: own('cells', (c) => ({
      comparisonId: comparison(str(c, 'comparisonId')),
      regimeId: regime(str(c, 'regimeId')),
      dimensionId: dimension(str(c, 'dimensionId')),
      evidenceClauseIds: (c.evidenceClauseIds as string[]).map(clause),
    })),
  };
  return { records, caseIdMap, idMaps };
}
