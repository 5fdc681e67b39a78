/**
 * Entity suggestions on the sample case's own PDFs (resources/sample-case/pdf), with text extracted
 * by pdf.js as import does and the shipped clauses placed where their quotes are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../../test/support/nodePdf';
import { joinDocumentText } from '../documentText';
import type { Clause, EntityType } from '../types';
import { combineScans, scanDocument, type DocumentScan, type EntityCandidate, type SuggestionContext } from './suggestEntities';

const SAMPLE = join(process.cwd(), 'resources', 'sample-case');
const manifest = JSON.parse(readFileSync(join(SAMPLE, 'manifest.json'), 'utf8')) as { documents: { fileName: string }[] };
const shipped = JSON.parse(readFileSync(join(SAMPLE, 'clauses.json'), 'utf8')) as {
  clauses: { id: string; fileName: string; label: string; quote: { exact: string; prefix: string } }[];
};

type ClauseRow = Pick<Clause, 'id' | 'documentId' | 'target' | 'anchorStatus'>;

const scans: DocumentScan[] = [];
const clauses: ClauseRow[] = [];

beforeAll(async () => {
  for (const { fileName } of manifest.documents) {
    const { pageTexts } = await extractPageTexts(join(SAMPLE, 'pdf', fileName));
    scans.push(scanDocument(fileName, pageTexts));
    const text = joinDocumentText(pageTexts);
    for (const c of shipped.clauses.filter((x) => x.fileName === fileName)) {
      const at = text.indexOf(c.quote.prefix + c.quote.exact);
      const start = at >= 0 ? at + c.quote.prefix.length : text.indexOf(c.quote.exact);
      if (start < 0) continue;
      const position = { type: 'TextPositionSelector' as const, start, end: start + c.quote.exact.length };
      clauses.push({
        id: c.id,
        documentId: fileName,
        anchorStatus: 'anchored',
        target: { quote: { type: 'TextQuoteSelector', exact: c.quote.exact, prefix: '', suffix: '' }, position, pageIndex: 0, rects: [] },
      });
    }
  }
});

const run = (context: Partial<SuggestionContext> = {}) => combineScans(scans, { entities: [], clauses, ...context });
function find(name: string, context?: Partial<SuggestionContext>): EntityCandidate {
  const found = run(context).candidates.find((c) => c.name === name);
  if (!found) throw new Error(`no candidate “${name}”`);
  return found;
}
/** Where a candidate occurs: "file:page" (1-based), each once, in document order. */
const places = (c: EntityCandidate) => [...new Set(c.occurrences.map((o) => `${o.documentId}:${o.pageIndex + 1}`))];
const clauseLabel = (id: string) => {
  const c = shipped.clauses.find((x) => x.id === id)!;
  return `${c.fileName} ${c.label}`;
};

describe('suggestions on the sample case', () => {
  it('placed every shipped clause', () => {
    expect(clauses).toHaveLength(shipped.clauses.length);
  });

  it.each<[string, EntityType]>([
    ['Legion', 'organisation'],
    ['Anthropic', 'organisation'],
    ['Canada', 'country'],
    ['China', 'country'],
    ['United States', 'country'],
    ['Department of Commerce', 'agency'],
    ['Secretary of Commerce', 'person'],
    ['White House', 'agency'],
    ['Fable 5', 'ai-model'],
    ['Mythos 5', 'ai-model'],
    ['Canadian nationals', 'class-of-persons'],
    ['Foreign nationals', 'class-of-persons'],
    ['Regulation (EU) 2021/821', 'instrument'],
    ['Executive Order 14320', 'instrument'],
    ['Wassenaar Arrangement', 'instrument'],
    ['Congressional Review Act', 'instrument'],
    ['United States District Court for the District of Columbia', 'court'],
  ])('suggests %s as %s', (name, type) => {
    expect(find(name).type).toBe(type);
  });

  it('lists the pages each name is on', () => {
    expect(places(find('Fable 5'))).toEqual(['03-complaint.pdf:1', '03-complaint.pdf:2', '11-chronology.pdf:1']);
    expect(places(find('Canadian nationals'))).toEqual(['03-complaint.pdf:1', '03-complaint.pdf:2', '03-complaint.pdf:3']);
    expect(places(find('China'))).toEqual(['01-executive-order.pdf:1', '03-complaint.pdf:2']);
    expect(places(find('Regulation (EU) 2021/821'))).toEqual(['06-note-eu-2021-821.pdf:1']);
    expect(find('Anthropic').count).toBe(15);
  });

  it('counts "EO 14320" with Executive Order 14320 and finds the clause that covers it', () => {
    const eo = find('Executive Order 14320');
    expect(eo.aliases).toContain('EO 14320');
    expect(places(eo)).toEqual(['05-note-ai-diffusion-framework.pdf:2', '11-chronology.pdf:1']);
    expect(eo.clauseIds.map(clauseLabel)).toEqual(['05-note-ai-diffusion-framework.pdf ¶ 15']);
  });

  it('reports an existing entity as known, with the clauses that cover it and are not linked yet', () => {
    const entities = [{ id: 'e-legion', name: 'Legion', aliases: [], type: 'organisation' as const }];
    const result = run({ entities, links: [] });
    expect(result.candidates.map((c) => c.name)).not.toContain('Legion');
    const legion = result.known.find((k) => k.entityId === 'e-legion')!;
    expect(legion.count).toBe(find('Legion').count);
    expect(legion.unlinkedClauseIds.map(clauseLabel)).toEqual(
      expect.arrayContaining(['03-complaint.pdf ¶ 4', '03-complaint.pdf ¶ 36', '11-chronology.pdf ¶ 12']),
    );
    const linkedOne = run({ entities, links: [{ clauseId: legion.unlinkedClauseIds[0]!, entityId: 'e-legion' }] }).known[0]!;
    expect(linkedOne.unlinkedClauseIds).toHaveLength(legion.unlinkedClauseIds.length - 1);
  });

  it('leaves out noise: headings, running heads, months, section words and common words', () => {
    const names = run().candidates.map((c) => c.name);
    for (const noise of [
      'Reconstruction',
      'Study',
      'Illustrative Study Document',
      'ILLUSTRATIVE STUDY DOCUMENT',
      'Section',
      'Sec',
      'June',
      'Page',
      'Order',
      'Secretary',
      'Report',
      'Count',
      'Approval Process',
      'General Provisions',
      'Plaintiff Legion',
      'Clausebench',
      'The United States',
      'Executive Order',
    ])
      expect(names).not.toContain(noise);
  });
});
