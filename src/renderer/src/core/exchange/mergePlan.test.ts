import { describe, expect, it } from 'vitest';
import { v1Records } from '../../../../../test/fixtures/bundles/v1Bundle';
import { CASE_TABLES, derivedId } from './caseIdentity';
import { planMerge, resolveMerge, type Choice, type LocalState } from './mergePlan';
import { MERGED_TABLES, type BundleRecord, type BundleRecords, type MergedTable } from './records';

const SHA = ['a'.repeat(64), 'b'.repeat(64)];
const LATER = '2026-04-01T00:00:00.000Z';
const EARLIER = '2026-01-01T00:00:00.000Z';

function local(stored: Partial<Record<MergedTable, BundleRecord[]>> = {}, extra: Partial<LocalState> = {}): LocalState {
  const byId = Object.fromEntries(
    MERGED_TABLES.map((t) => [t, new Map((stored[t] ?? []).map((r) => [r.id as string, r]))]),
  ) as unknown as LocalState['byId'];
  return {
    byId,
    documentsBySha: new Map((stored.documents ?? []).map((d) => [d.sha256 as string, d])),
    fileShas: new Set((stored.documents ?? []).map((d) => d.sha256 as string)),
    ...extra,
  };
}

const fresh = () => 'fresh-id';
const incoming = (): BundleRecords => v1Records(SHA);

describe('planMerge', () => {
  it('adds everything to an empty profile, PDFs and page texts included', () => {
    const plan = planMerge(incoming(), local(), fresh);
    const r = resolveMerge(plan, new Map());
    for (const t of MERGED_TABLES) expect(r.report[t], t).toEqual({ added: incoming()[t].length, updated: 0, skipped: 0 });
    expect(r.files.sort()).toEqual(SHA);
    expect(r.pageTexts).toHaveLength(3);
    expect(plan.conflicts).toEqual([]);
  });

  it('skips records equal to the stored ones, whatever their key order', () => {
    const stored = incoming();
    const reordered = Object.fromEntries(MERGED_TABLES.map((t) => [t, stored[t].map((r) => Object.fromEntries(Object.entries(r).reverse()))]));
    const r = resolveMerge(planMerge(incoming(), local(reordered), fresh), new Map());
    for (const t of MERGED_TABLES) expect(r.report[t], t).toEqual({ added: 0, updated: 0, skipped: incoming()[t].length });
    expect(r.files).toEqual([]);
    expect(r.pageTexts).toEqual([]);
  });

  it('takes a strictly newer incoming record as an update; an older or same-time different one is a conflict', () => {
    const stored = incoming();
    const bundle = incoming();
    // c1: the bundle's edit is later -> update. c2: the stored edit is later -> conflict. c3: same time, different -> conflict.
    bundle.clauses[0] = { ...bundle.clauses[0]!, comment: 'theirs', updatedAt: LATER };
    stored.clauses[1] = { ...stored.clauses[1]!, comment: 'mine', updatedAt: LATER };
    bundle.clauses[2] = { ...bundle.clauses[2]!, comment: 'theirs too' };
    const plan = planMerge(bundle, local(stored), fresh);
    expect(plan.updated.map((u) => u.after.id)).toEqual(['c1']);
    expect(plan.conflicts.map((c) => [c.key, c.label])).toEqual([
      ['clauses:c2', 'Sec. c2'],
      ['clauses:c3', 'Sec. c3'],
    ]);

    const keepMine = resolveMerge(plan, new Map());
    expect(keepMine.report.clauses).toEqual({ added: 0, updated: 1, skipped: 2 });
    expect(keepMine.puts.clauses.map((c) => c.comment)).toEqual(['theirs']);
    expect(keepMine.before.clauses.map((c) => c.comment)).toEqual([stored.clauses[0]!.comment]);

    const choices = new Map<string, Choice>([
      ['clauses:c2', 'theirs'],
      ['clauses:c3', 'theirs'],
    ]);
    const takeTheirs = resolveMerge(plan, choices);
    expect(takeTheirs.report.clauses).toEqual({ added: 0, updated: 3, skipped: 0 });
    expect(takeTheirs.puts.clauses.map((c) => [c.id, c.comment])).toEqual([
      ['c1', 'theirs'],
      ['c2', bundle.clauses[1]!.comment],
      ['c3', 'theirs too'],
    ]);
  });

  it('skips a record that differs only in who made it and when, whichever is newer (a sample record installed in two profiles)', () => {
    const stored = incoming();
    stored.clauses[0] = { ...stored.clauses[0]!, createdBy: 'Ben', createdAt: LATER, updatedAt: LATER };
    stored.documents[0] = { ...stored.documents[0]!, addedAt: EARLIER, updatedAt: EARLIER };
    const plan = planMerge(incoming(), local(stored), fresh);
    expect([plan.updated, plan.conflicts]).toEqual([[], []]);
    expect(plan.unchanged).toContainEqual({ table: 'clauses', id: 'c1' });
    expect(plan.unchanged).toContainEqual({ table: 'documents', id: 'doc-1' });
  });

  it('maps a document with the same PDF but another id onto the stored one, with its clauses; merges case lists', () => {
    const stored = { documents: [{ ...incoming().documents[0]!, id: 'my-doc', caseIds: ['my-case'] }] };
    const plan = planMerge(incoming(), local(stored), fresh);
    expect(plan.documentIdMap).toEqual({ 'doc-1': 'my-doc' });
    const w = resolveMerge(plan, new Map());
    expect(w.report.documents).toEqual({ added: 1, updated: 1, skipped: 0 });
    const doc1 = w.puts.documents.find((d) => d.id === 'my-doc')!;
    expect(doc1.caseIds).toEqual(['my-case', 'case-1']);
    expect(w.puts.documents.find((d) => d.id === 'doc-2')!.versionOf).toBe('my-doc');
    expect(w.puts.clauses.filter((c) => c.documentId === 'my-doc').map((c) => c.id)).toEqual(['c1', 'c2']);
    // The stored document keeps its page texts and PDF: only doc-2's come in.
    expect(new Set(w.pageTexts.map((p) => p.documentId))).toEqual(new Set(['doc-2']));
    expect(w.files).toEqual([SHA[1]]);
  });

  it('gives a bundle document a fresh id when its id is taken by a stored document with other bytes', () => {
    const stored = { documents: [{ ...incoming().documents[0]!, sha256: 'c'.repeat(64) }] };
    const w = resolveMerge(planMerge(incoming(), local(stored), fresh), new Map());
    expect(w.puts.documents.map((d) => d.id).sort()).toEqual(['doc-2', 'fresh-id']);
    expect(w.pageTexts.filter((p) => p.documentId === 'fresh-id')).toHaveLength(2);
  });

  it("merges a bundle's sample case into this profile's sample case: never a second sample, every record of it in mine", () => {
    const bundle = incoming();
    bundle.cases[0]!.isSample = true;
    const mySample = { ...bundle.cases[0]!, id: 'my-sample' };
    const plan = planMerge(bundle, local({ cases: [mySample] }, { sampleCaseId: 'my-sample' }), fresh);
    expect(plan.caseIdMap).toEqual({ 'case-1': 'my-sample' });
    expect(plan.unchanged).toContainEqual({ table: 'cases', id: 'my-sample' });
    const w = resolveMerge(plan, new Map());
    expect(w.puts.cases).toEqual([]);
    for (const t of CASE_TABLES) for (const r of w.puts[t]) expect(r.caseId, `${t} ${String(r.id)}`).toBe('my-sample');
    expect(w.puts.documents.map((d) => d.caseIds)).toEqual([['my-sample'], ['my-sample']]);
  });

  it('a stored case keeps whether it is the sample; a new sample case is not one when this profile has one', () => {
    const bundle = incoming();
    const stored = { ...bundle.cases[0]!, isSample: true };
    // The bundle says not-the-sample and is newer: the name comes in, the flag stays.
    bundle.cases[0] = { ...bundle.cases[0]!, isSample: false, name: 'Renamed', updatedAt: LATER };
    const w = resolveMerge(planMerge(bundle, local({ cases: [stored] }, { sampleCaseId: 'case-1' }), fresh), new Map());
    expect(w.puts.cases).toEqual([{ ...bundle.cases[0], isSample: true }]);

    const two = incoming();
    two.cases = [
      { ...two.cases[0]!, isSample: true },
      { ...two.cases[0]!, id: 'my-sample', name: 'Other' },
    ];
    // The bundle holds a case under my sample's id too: no mapping, and its sample case is not made a second sample.
    const plan = planMerge(two, local({}, { sampleCaseId: 'my-sample' }), fresh);
    expect(plan.caseIdMap).toEqual({});
    expect(resolveMerge(plan, new Map()).puts.cases.map((c) => [c.id, c.isSample])).toEqual([
      ['case-1', false],
      ['my-sample', undefined],
    ]);
  });

  it('a conflict on a document keeps the merged case list whichever side is chosen', () => {
    const stored = { documents: [{ ...incoming().documents[0]!, title: 'My title', caseIds: ['mine'], updatedAt: LATER }] };
    const bundle = incoming();
    bundle.documents[0]!.updatedAt = EARLIER;
    const plan = planMerge(bundle, local(stored), fresh);
    expect(plan.conflicts.map((c) => c.key)).toEqual(['documents:doc-1']);
    const mine = resolveMerge(plan, new Map()).puts.documents.find((d) => d.id === 'doc-1')!;
    const theirs = resolveMerge(plan, new Map([['documents:doc-1', 'theirs']])).puts.documents.find((d) => d.id === 'doc-1')!;
    expect([mine.title, mine.caseIds]).toEqual(['My title', ['mine', 'case-1']]);
    expect([theirs.title, theirs.caseIds]).toEqual(['Document 1', ['mine', 'case-1']]);
  });
});

describe('planMerge never moves a stored record into another case', () => {
  /** Stored under the bundle's ids, but in the case "other": entity e1, regime rg-us, clause c1 (newer than the bundle's). */
  const clashing = () =>
    local({
      entities: [{ ...incoming().entities[0]!, caseId: 'other' }],
      regimes: [{ ...incoming().regimes[0]!, caseId: 'other', comparisonId: 'their-cmp' }],
      clauses: [{ ...incoming().clauses[0]!, caseId: 'other', updatedAt: EARLIER }],
    });

  it('re-identifies each clashing record, even a newer one, and rewrites every reference to it within the bundle', () => {
    const bundle = incoming();
    bundle.clauses[0]!.updatedAt = LATER;
    const plan = planMerge(bundle, clashing(), fresh);
    expect(plan.updated).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    const [e1, rgUs, c1] = [derivedId('entities', 'case-1', 'e1'), derivedId('regimes', 'case-1', 'rg-us'), derivedId('clauses', 'case-1', 'c1')];
    expect(new Set([e1, rgUs, c1, 'e1', 'rg-us', 'c1']).size).toBe(6);
    expect(plan.reidentified).toEqual(new Set([`entities:${e1}`, `regimes:${rgUs}`, `clauses:${c1}`]));
    const w = resolveMerge(plan, new Map());
    expect(w.reidentified).toMatchObject({ entities: 1, regimes: 1, clauses: 1, links: 0 });
    expect(w.report.entities).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(w.puts.links.find((l) => l.id === 'l1')).toMatchObject({ clauseId: c1, entityId: e1 });
    expect(w.puts.cells.filter((c) => c.regimeId === rgUs).map((c) => c.id)).toEqual(['cell-1', 'cell-2']);
    expect(w.puts.cells.find((c) => c.id === 'cell-1')!.evidenceClauseIds).toEqual([c1, 'c2']);
    // Nothing written has the id of a record of the other case.
    for (const t of CASE_TABLES) for (const r of w.puts[t]) expect(r.caseId, `${t} ${String(r.id)}`).toBe('case-1');
    expect(w.addedIds.clauses).not.toContain('c1');
  });

  it('rewrites a comparison whose baseline regime is re-identified', () => {
    const bundle = incoming();
    bundle.comparisons[0]!.baselineRegimeId = 'rg-us';
    const w = resolveMerge(planMerge(bundle, clashing(), fresh), new Map());
    expect(w.puts.comparisons[0]!.baselineRegimeId).toBe(derivedId('regimes', 'case-1', 'rg-us'));
  });

  it('planned again once written, changes nothing (the derived ids are met again)', () => {
    const state = clashing();
    const first = resolveMerge(planMerge(incoming(), state, fresh), new Map());
    const stored = Object.fromEntries(MERGED_TABLES.map((t) => [t, [...state.byId[t].values(), ...first.puts[t]]])) as Record<
      MergedTable,
      BundleRecord[]
    >;
    const again = resolveMerge(planMerge(incoming(), local(stored), fresh), new Map());
    for (const t of MERGED_TABLES) expect(again.report[t], t).toEqual({ added: 0, updated: 0, skipped: incoming()[t].length });
  });

  it('takes a fresh id when the derived id is held by another case too', () => {
    const state = clashing();
    const e1 = derivedId('entities', 'case-1', 'e1');
    (state.byId.entities as Map<string, BundleRecord>).set(e1, { ...incoming().entities[0]!, id: e1, caseId: 'third' });
    const w = resolveMerge(planMerge(incoming(), state, fresh), new Map());
    expect(w.puts.entities.map((e) => e.id)).toEqual(['fresh-id', 'e2']);
    expect(w.puts.links.find((l) => l.id === 'l1')!.entityId).toBe('fresh-id');
  });
});
