import { describe, expect, it } from 'vitest';
import { v1Records } from '../../../../../test/fixtures/bundles/v1Bundle';
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

  it('never makes a second sample case', () => {
    const bundle = incoming();
    bundle.cases[0]!.isSample = true;
    const w = resolveMerge(planMerge(bundle, local({}, { sampleCaseId: 'my-sample' }), fresh), new Map());
    expect(w.puts.cases[0]!.isSample).toBe(false);
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
