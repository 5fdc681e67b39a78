// The sample clauses (resources/sample-case/clauses.json) against the committed PDFs, extracted
// exactly as the app's import extracts them: a clause that would not anchor on install fails here,
// not in a user's sample case.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorTarget, buildAnchorIndex } from '../../src/renderer/src/core/anchoring';
import { BUILT_IN_CLAUSE_TYPES } from '../../src/renderer/src/core/clauseTypes';
import { joinDocumentText, pageStartOffsets } from '../../src/renderer/src/core/documentText';
import { parseSampleClauses, placeSampleClauses, type SampleDocumentText } from '../../src/renderer/src/core/sampleClauses';
import { parseSampleManifest } from '../../src/renderer/src/core/sampleManifest';
import { parseStructure, labelAt } from '../../src/renderer/src/core/structureLabels';
import { extractPageTexts } from '../../test/support/nodePdf';
import { formatClausesFile, refreshClauses } from './clauses.mjs';

const raw = readFileSync('resources/sample-case/clauses.json', 'utf8');
const file = parseSampleClauses(JSON.parse(raw));
const manifest = parseSampleManifest(JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')));
const documents: SampleDocumentText[] = [];
const docText = (fileName: string) => joinDocumentText(documents.find((d) => d.fileName === fileName)?.pageTexts ?? []);

beforeAll(async () => {
  for (const { fileName } of manifest.documents) {
    const { pageTexts } = await extractPageTexts(`resources/sample-case/pdf/${fileName}`);
    documents.push({ fileName, documentId: `doc-${fileName}`, pageTexts });
  }
});

describe('resources/sample-case/clauses.json', () => {
  it('names only documents of the manifest, and marks the key documents', () => {
    const names = new Set(manifest.documents.map((d) => d.fileName));
    expect(file.clauses.filter((c) => !names.has(c.fileName)).map((c) => c.fileName)).toEqual([]);
    const marked = new Set(file.clauses.map((c) => c.fileName));
    for (const key of ['01-executive-order.pdf', '02-commerce-letter.pdf', '03-complaint.pdf', '04-note-ear-deemed-exports.pdf']) {
      expect(marked.has(key), key).toBe(true);
    }
    expect(file.clauses.length).toBeGreaterThanOrEqual(25);
    expect(file.clauses.length).toBeLessThanOrEqual(80);
  });

  it("uses built-in clause types and labels in the app's own forms", () => {
    const types = new Set(BUILT_IN_CLAUSE_TYPES.map((t) => t.id));
    const labelForm = /^(Sec\. \d+(\([a-z]+\))*|¶ \d+(\([a-z]\))?|Count [IVX]+)$/;
    for (const c of file.clauses) {
      expect(types.has(c.type), `${c.fileName} ${c.label}: ${c.type}`).toBe(true);
      expect(c.label, c.fileName).toMatch(labelForm);
    }
  });

  it('anchors every clause exactly, at a range whose text is its quote', () => {
    for (const d of documents) {
      const index = buildAnchorIndex(joinDocumentText(d.pageTexts), pageStartOffsets(d.pageTexts));
      for (const c of file.clauses.filter((x) => x.fileName === d.fileName)) {
        const found = anchorTarget(index, {
          quote: { type: 'TextQuoteSelector', ...c.quote },
          position: { type: 'TextPositionSelector', start: 0, end: 0 },
          pageIndex: 0,
        });
        expect(found.status, `${c.fileName} ${c.label}`).toBe('anchored');
        expect(index.docText.slice(found.start, found.end), `${c.fileName} ${c.label}`).toBe(c.quote.exact);
      }
    }
  });

  it('places every clause through placeSampleClauses with its stored selectors and no failures', () => {
    const { clauses, failures } = placeSampleClauses(file, documents, 'sample', 'Sample', new Date('2026-01-01T00:00:00Z'));
    expect(failures).toEqual([]);
    expect(clauses.map((c) => c.id)).toEqual(file.clauses.map((c) => c.id));
    clauses.forEach((clause, i) => {
      const entry = file.clauses[i]!;
      expect(clause.anchorStatus, entry.label).toBe('anchored');
      expect(clause.target.quote, entry.label).toEqual({ type: 'TextQuoteSelector', ...entry.quote });
      expect(docText(entry.fileName).slice(clause.target.position.start, clause.target.position.end)).toBe(entry.quote.exact);
    });
  });

  it('labels each clause as the app would: the numbered unit its quote starts in, or its count', () => {
    for (const d of documents) {
      const kind = manifest.documents.find((m) => m.fileName === d.fileName)!.kind;
      const text = joinDocumentText(d.pageTexts);
      const structure = parseStructure(text, kind);
      const placed = placeSampleClauses(file, [d], 'sample', 'Sample', new Date(0)).clauses;
      for (const c of file.clauses.filter((x) => x.fileName === d.fileName)) {
        // Where the quote starts; it leaves out its own number ("12. ", "(a) "), which ends the prefix.
        const start = placed.find((p) => p.id === c.id)?.target.position.start ?? -1;
        if (c.label.startsWith('Count ')) {
          const count = structure.marks.filter((m) => m.unit === 'count' && m.start <= start).at(-1);
          expect(count?.label, `${c.fileName} ${c.label}`).toBe(c.label);
        } else {
          expect(labelAt(structure, start), `${c.fileName} ${c.label}`).toBe(c.label);
        }
      }
    }
  });

  it('holds the quotes the generator writes (node scripts/sample-case/clauses.mjs --check)', () => {
    const { file: fresh, problems } = refreshClauses(JSON.parse(raw), docText);
    expect(problems).toEqual([]);
    expect(formatClausesFile(fresh)).toBe(raw);
  });
});
