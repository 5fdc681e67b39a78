/**
 * The sample case's comparison ("Deemed exports and AI models", resources/sample-case/
 * comparison.json): regimes, dimensions and one cell per pair, each cell citing sample clauses by
 * id. Ids are fixed in the file, as the clauses' and entities' are, so a reset gives every part its
 * old id. The sample documents are illustrative (never primary), so a cell with evidence is
 * 'paraphrased', one without is 'unsourced', and 'disputed' marks only what the sources call
 * contested.
 */
import { stamp } from './ids';
import type { SampleClausesFile } from './sampleClauses';
import type { Cell, CellStatus, Comparison, Dimension, Regime } from './types';
import { z } from './zod';

const text = z.string().trim().min(1);

const sampleRegime = z.object({
  id: z.uuid(),
  name: text,
  jurisdiction: text,
  status: text,
  instruments: z.array(text),
  order: z.int().min(0),
});

const sampleDimension = z.object({
  id: z.uuid(),
  question: text,
  group: text,
  order: z.int().min(0),
  agreement: z.enum(['agree', 'differ']).optional(),
});

/** 'sourced' and 'needs-review' cannot ship: no sample document is primary, and none is orphaned. */
const SHIPPED_STATUSES = ['paraphrased', 'unsourced', 'disputed'] as const satisfies readonly CellStatus[];

const sampleCell = z.object({
  id: z.uuid(),
  regimeId: z.uuid(),
  dimensionId: z.uuid(),
  answer: text,
  // Markdown, in the project's own words; never empty, so every cell says what is (not) known.
  detail: text,
  evidenceClauseIds: z.array(z.uuid()),
  status: z.enum(SHIPPED_STATUSES),
});

const sampleComparison = z
  .object({
    id: z.uuid(),
    title: text,
    baselineRegimeId: z.uuid().optional(),
    regimes: z.array(sampleRegime).min(1),
    dimensions: z.array(sampleDimension).min(1),
    cells: z.array(sampleCell),
  })
  .superRefine((c, ctx) => {
    const regimeIds = new Set(c.regimes.map((r) => r.id));
    const dimensionIds = new Set(c.dimensions.map((d) => d.id));
    if (c.baselineRegimeId && !regimeIds.has(c.baselineRegimeId))
      ctx.addIssue({ code: 'custom', path: ['baselineRegimeId'], message: 'the baseline is not a regime of this comparison' });
    const pairs = new Set<string>();
    c.cells.forEach((cell, i) => {
      if (!regimeIds.has(cell.regimeId))
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'regimeId'], message: `no regime has the id ${cell.regimeId}` });
      if (!dimensionIds.has(cell.dimensionId))
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'dimensionId'], message: `no dimension has the id ${cell.dimensionId}` });
      const pair = `${cell.regimeId} ${cell.dimensionId}`;
      if (pairs.has(pair)) ctx.addIssue({ code: 'custom', path: ['cells', i], message: 'two cells for one regime and dimension' });
      pairs.add(pair);
      if (new Set(cell.evidenceClauseIds).size !== cell.evidenceClauseIds.length)
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'evidenceClauseIds'], message: 'a clause is cited twice' });
      // The stored status must be what the evidence gives, unless the sources call the point contested.
      const derived = cell.evidenceClauseIds.length > 0 ? 'paraphrased' : 'unsourced';
      if (cell.status !== 'disputed' && cell.status !== derived)
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'status'],
          message: `a cell ${derived === 'paraphrased' ? 'with' : 'without'} evidence is ${derived}`,
        });
    });
    for (const r of c.regimes)
      for (const d of c.dimensions)
        if (!pairs.has(`${r.id} ${d.id}`)) ctx.addIssue({ code: 'custom', path: ['cells'], message: `no cell for “${r.name}” × “${d.question}”` });
  });

export const sampleComparisonsSchema = z.object({ version: z.literal(1), comparisons: z.array(sampleComparison).min(1) }).superRefine((file, ctx) => {
  const ids = new Set<string>();
  file.comparisons.forEach((c, i) => {
    const all: [string, string][] = [
      ['', c.id],
      ...c.regimes.map((r, j) => [`regimes.${j}`, r.id] as [string, string]),
      ...c.dimensions.map((d, j) => [`dimensions.${j}`, d.id] as [string, string]),
      ...c.cells.map((x, j) => [`cells.${j}`, x.id] as [string, string]),
    ];
    for (const [where, id] of all) {
      if (ids.has(id)) ctx.addIssue({ code: 'custom', path: ['comparisons', i, ...(where ? where.split('.') : [])], message: `duplicate id ${id}` });
      ids.add(id);
    }
  });
});

export type SampleComparisonsFile = z.infer<typeof sampleComparisonsSchema>;
export type SampleComparisonEntry = SampleComparisonsFile['comparisons'][number];

/**
 * Validates comparison.json against its schema and against clauses.json: every evidence clause id
 * must be a shipped clause. Throws, naming the problems, when it is not.
 */
export function parseSampleComparisons(json: unknown, clauses: SampleClausesFile): SampleComparisonsFile {
  const result = sampleComparisonsSchema.safeParse(json);
  if (!result.success) throw new Error(`The sample case's comparison.json is invalid: ${result.error.message}`);
  const clauseIds = new Set(clauses.clauses.map((c) => c.id));
  const cited = result.data.comparisons.flatMap((c) => c.cells.flatMap((cell) => cell.evidenceClauseIds));
  const unknown = [...new Set(cited.filter((id) => !clauseIds.has(id)))];
  if (unknown.length > 0)
    throw new Error(`The sample case's comparison.json is invalid: its cells cite clauses that clauses.json lacks (${unknown.join(', ')})`);
  return result.data;
}

/** A comparison with all its parts, as comparisonsRepo's addComparisonParts takes them. */
export interface ComparisonRecords {
  comparisons: Comparison[];
  regimes: Regime[];
  dimensions: Dimension[];
  cells: Cell[];
}

/**
 * The file's comparisons as records of case `caseId`, made by `profile` at `now`. Invariants: ids,
 * texts, orders and statuses are the file's; a comparison without a baseline and a dimension
 * without an agreement have no such key; every record has the same provenance. Pure.
 */
export function sampleComparisonRecords(file: SampleComparisonsFile, caseId: string, profile: string, now: Date): ComparisonRecords {
  const provenance = stamp(profile, now);
  const out: ComparisonRecords = { comparisons: [], regimes: [], dimensions: [], cells: [] };
  for (const c of file.comparisons) {
    const comparisonId = c.id;
    out.comparisons.push({
      id: c.id,
      caseId,
      title: c.title,
      ...(c.baselineRegimeId ? { baselineRegimeId: c.baselineRegimeId } : {}),
      ...provenance,
    });
    for (const { id, name, jurisdiction, status, instruments, order } of c.regimes)
      out.regimes.push({ id, caseId, comparisonId, name, jurisdiction, status, instruments: [...instruments], order, ...provenance });
    for (const { id, question, group, order, agreement } of c.dimensions)
      out.dimensions.push({ id, caseId, comparisonId, question, group, order, ...(agreement ? { agreement } : {}), ...provenance });
    for (const { id, regimeId, dimensionId, answer, detail, evidenceClauseIds, status } of c.cells)
      out.cells.push({
        id,
        caseId,
        comparisonId,
        regimeId,
        dimensionId,
        answer,
        detail,
        evidenceClauseIds: [...evidenceClauseIds],
        status,
        ...provenance,
      });
  }
  return out;
}

/** A part of the file the install left out or changed, and why. */
export interface SampleComparisonFailure {
  /** The comparison's title, the regime's name, the question, or a cell as "regime × question". */
  what: string;
  reason: string;
}

type Stored = Pick<Cell, 'caseId'> | undefined;

/** What the store holds now under the ids the install wants, read in the install's transaction. */
export interface SampleComparisonStoreState {
  sampleCaseId: string;
  /** Aligned with the records of each kind: the row stored under each id, if any. */
  storedComparisons: readonly Stored[];
  storedRegimes: readonly Stored[];
  storedDimensions: readonly Stored[];
  storedCells: readonly Stored[];
  /** "regimeId dimensionId" of every stored cell of the sample case's comparisons. */
  occupiedPairs: ReadonlySet<string>;
  /** The case of each cited clause that exists, by clause id. */
  clauseCases: ReadonlyMap<string, string>;
}

/** Names of parts for reports; `clause` names an evidence clause ("¶ 12 (04-note-….pdf)"). */
export interface SampleComparisonDescriber {
  clause(id: string): string;
}

/**
 * Which records to add, as the sample clauses and entities are added: an id already in the sample
 * case is left alone (an install completing an earlier one keeps the user's edits); an id held by
 * another case is never overwritten but reported, and the parts under it are skipped with it (one
 * report, not one per cell); a cell whose place is taken by another cell is skipped and reported;
 * an evidence clause that is not in the sample case (it did
 * not anchor, or its id belongs to another case) is dropped from its cell, which is kept, reported,
 * and made 'unsourced' when no evidence remains (unless disputed). Invariant: every record returned
 * belongs to the sample case, names a comparison, regime and dimension returned or already in the
 * sample case, and cites only clauses of the sample case. Pure.
 */
export function planSampleComparisons(
  records: ComparisonRecords,
  state: SampleComparisonStoreState,
  describe: SampleComparisonDescriber,
): ComparisonRecords & { failures: SampleComparisonFailure[] } {
  const failures: SampleComparisonFailure[] = [];
  const out: ComparisonRecords = { comparisons: [], regimes: [], dimensions: [], cells: [] };
  const present = new Set<string>();
  const take = <T extends { id: string; comparisonId?: string }>(
    rows: readonly T[],
    stored: readonly Stored[],
    into: T[],
    name: (row: T) => string,
    kind: string,
  ) =>
    rows.forEach((row, i) => {
      // A part whose comparison was refused goes with it; the comparison's report says so.
      if (row.comparisonId !== undefined && !present.has(row.comparisonId)) return;
      if (stored[i]?.caseId === state.sampleCaseId) present.add(row.id);
      else if (stored[i])
        failures.push({
          what: name(row),
          reason: `its id is taken by ${kind} of another case; ${kind === 'a comparison' ? 'nothing of it was' : 'its cells were not'} added`,
        });
      else {
        into.push(row);
        present.add(row.id);
      }
    });
  take(records.comparisons, state.storedComparisons, out.comparisons, (c) => c.title, 'a comparison');
  take(records.regimes, state.storedRegimes, out.regimes, (r) => r.name, 'a regime');
  take(records.dimensions, state.storedDimensions, out.dimensions, (d) => d.question, 'a dimension');

  const regimeName = new Map(records.regimes.map((r) => [r.id, r.name]));
  const question = new Map(records.dimensions.map((d) => [d.id, d.question]));
  const cellName = (c: Cell) => `${regimeName.get(c.regimeId) ?? c.regimeId} × ${question.get(c.dimensionId) ?? c.dimensionId}`;
  records.cells.forEach((cell, i) => {
    const stored = state.storedCells[i];
    if (stored?.caseId === state.sampleCaseId) return;
    // Its comparison, regime or dimension was refused, and reported.
    if (![cell.comparisonId, cell.regimeId, cell.dimensionId].every((id) => present.has(id))) return;
    let reason: string | undefined;
    if (stored) reason = 'its id is taken by a cell of another case';
    else if (state.occupiedPairs.has(`${cell.regimeId} ${cell.dimensionId}`)) reason = 'another cell already holds its place';
    if (reason) {
      failures.push({ what: cellName(cell), reason });
      return;
    }
    const kept = cell.evidenceClauseIds.filter((id) => state.clauseCases.get(id) === state.sampleCaseId);
    for (const id of cell.evidenceClauseIds.filter((x) => !kept.includes(x)))
      failures.push({ what: cellName(cell), reason: `its evidence ${describe.clause(id)} is not in the sample case; the cell is kept without it` });
    const status: CellStatus = cell.status === 'disputed' ? 'disputed' : kept.length > 0 ? 'paraphrased' : 'unsourced';
    out.cells.push(kept.length === cell.evidenceClauseIds.length ? cell : { ...cell, evidenceClauseIds: kept, status });
  });
  return { ...out, failures };
}

/** Names evidence clauses by the label and file clauses.json gives them. */
export function sampleComparisonDescriber(clauses: SampleClausesFile): SampleComparisonDescriber {
  const byId = new Map(clauses.clauses.map((c) => [c.id, c]));
  return {
    clause: (id) => {
      const c = byId.get(id);
      return c ? `${c.label} (${c.fileName})` : `clause ${id}`;
    },
  };
}
