import { describe, expect, it } from 'vitest';
import { briefDocuments, briefItems } from './briefFixtures';
import { briefFileName, buildCaseBrief, DEFAULT_ILLUSTRATIVE_NOTICE, documentSubheading } from './model';

const base = { caseName: '  My   case ', generatedAt: '2026-07-01T09:30:00.000Z', documents: briefDocuments, items: briefItems };

describe('buildCaseBrief', () => {
  it('groups by type in the built-in type order, users’ own types last, documents then reading order inside', () => {
    const brief = buildCaseBrief({ ...base, grouping: 'type' });
    expect(brief.groups.map((g) => g.heading)).toEqual(['Definition', 'Prohibition', 'Claim', 'my-own-type']);
    expect(brief.groups[0]!.clauses.map((c) => c.id)).toEqual(['eo-1', 'eo-3']);
    expect(brief.groups[1]!.clauses.map((c) => c.id)).toEqual(['eo-2', 's-1']);
    expect(brief.groups.map((g) => g.key)).toEqual(['type-1', 'type-2', 'type-3', 'type-4']);
    expect(brief.clauseCount).toBe(briefItems.length);
    expect(brief.caseName).toBe('My case');
  });

  it('groups by document in the documents’ order, each with its metadata line', () => {
    const brief = buildCaseBrief({ ...base, grouping: 'document' });
    expect(brief.groups.map((g) => g.heading)).toEqual(briefDocuments.map((d) => d.title));
    expect(brief.groups[0]!.clauses.map((c) => c.id)).toEqual(['eo-1', 'eo-2', 'eo-3']);
    expect(brief.groups[0]!.subheading).toBe('Executive order · The President · 2026-03-01 · Exec. Order No. 14999');
    expect(brief.groups.map((g) => g.illustrative)).toEqual([false, false, true]);
  });

  it('keeps only the chosen documents, and lists a chosen document without clauses with 0 but no group', () => {
    const brief = buildCaseBrief({
      ...base,
      grouping: 'document',
      documentIds: ['doc-sample', 'doc-eo'],
      items: briefItems.filter((i) => i.clause.documentId !== 'doc-eo'),
    });
    expect(brief.documents.map((d) => [d.id, d.clauseCount])).toEqual([
      ['doc-eo', 0],
      ['doc-sample', 1],
    ]);
    expect(brief.groups.map((g) => g.heading)).toEqual(['Reconstruction: Commerce letter']);
    expect(brief.clauseCount).toBe(1);
  });

  it('carries quotes, citations and pages from the export items, falling back to the title for an empty citation', () => {
    const brief = buildCaseBrief({ ...base, grouping: 'document' });
    const all = brief.groups.flatMap((g) => g.clauses);
    const eo1 = all.find((c) => c.id === 'eo-1')!;
    expect(eo1).toMatchObject({
      quote: 'The term "covered model" means an advanced model.',
      citation: 'EO 14999 § 2(a)',
      page: '8637',
      typeLabel: 'Definition',
    });
    expect(all.find((c) => c.id === 'eo-2')!.page).toBe('2'); // pageIndex 1, no printed page
    expect(all.find((c) => c.id === 's-1')).toMatchObject({ citation: 'Reconstruction: Commerce letter', illustrative: true });
  });

  it('adds the illustrative notice (and the sample’s own) only when an illustrative document is listed', () => {
    expect(buildCaseBrief({ ...base, grouping: 'type', sampleNotice: 'Study documents.' }).illustrativeNotice).toBe(
      'Documents marked “illustrative” belong to the sample case. Study documents.',
    );
    expect(buildCaseBrief({ ...base, grouping: 'type' }).illustrativeNotice).toBe(DEFAULT_ILLUSTRATIVE_NOTICE);
    expect(buildCaseBrief({ ...base, grouping: 'type', documentIds: ['doc-eo'] }).illustrativeNotice).toBe('');
  });
});

describe('documentSubheading and briefFileName', () => {
  it('leaves out empty parts', () => {
    expect(documentSubheading({ kind: 'other', issuer: ' ', date: '', citation: 'X 1' })).toBe('Other · X 1');
  });
  it('makes a file name from the case name', () => {
    expect(briefFileName('Légion v. Commerce (sample)', 'html')).toBe('clausebench-legion-v-commerce-sample-brief.html');
    expect(briefFileName('***', 'md')).toBe('clausebench-case-brief.md');
  });
});
