/**
 * Entity suggestions on the real documents in ../shared/corpus/legal, text extracted by pdf.js as
 * import does, all in one case. Skipped with a printed reason when the corpus is absent; under
 * CI=true its absence fails.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../../test/support/nodePdf';
import type { EntityType } from '../types';
import { combineScans, scanDocument, type EntityCandidate, type EntitySuggestions } from './suggestEntities';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const shared = process.env.CLAUSEBENCH_SHARED ? resolve(process.env.CLAUSEBENCH_SHARED) : resolve(repoRoot, '../shared');
const legal = join(shared, 'corpus', 'legal');
const available = existsSync(legal);

if (!available && process.env.CI === 'true') {
  describe('legal corpus', () => {
    it('is present under CI', () => {
      throw new Error(`The legal corpus is missing at ${legal}; CI must provide ../shared/corpus (or CLAUSEBENCH_SHARED).`);
    });
  });
} else if (!available) {
  console.warn(`[suggestEntitiesCorpus] skipped: no legal corpus at ${legal} (set CLAUSEBENCH_SHARED to the shared folder).`);
}

const FILES = [
  'FR-2025-02098.pdf',
  'FR-2025-14218.pdf',
  'FR-2025-15010.pdf',
  'FR-2025-23844.pdf',
  'vector-pdf.pdf',
  'ca1_00117684624.pdf',
  'gov.uscourts.azd.1085839.3.0.pdf',
];

describe.skipIf(!available)('suggestEntities on the real legal corpus', () => {
  let result: EntitySuggestions;
  beforeAll(async () => {
    const scans = [];
    for (const file of FILES) scans.push(scanDocument(file, (await extractPageTexts(join(legal, file))).pageTexts));
    result = combineScans(scans, { entities: [] });
  });
  const find = (name: string): EntityCandidate => {
    const found = result.candidates.find((c) => c.name === name);
    if (!found) throw new Error(`no candidate “${name}”`);
    return found;
  };
  const files = (c: EntityCandidate) => [...new Set(c.occurrences.map((o) => o.documentId))];

  it('finds Executive Order 14320 on the first page of FR-2025-14218.pdf and the orders FR-2025-02098.pdf revokes', () => {
    const eo = find('Executive Order 14320');
    expect(eo.type).toBe('instrument');
    expect(eo.occurrences[0]).toMatchObject({ documentId: 'FR-2025-14218.pdf', pageIndex: 0, text: 'Executive Order 14320' });
    for (const n of ['14174', '14042', '14043']) expect(files(find(`Executive Order ${n}`))).toEqual(['FR-2025-02098.pdf']);
  });

  it.each<[string, string]>([
    ['Supreme Court of the United States', 'vector-pdf.pdf'],
    ['United States Court of Appeals for the Tenth Circuit', 'vector-pdf.pdf'],
    ['United States Court of Appeals for the First Circuit', 'ca1_00117684624.pdf'],
    ['United States District Court for the District of Maine', 'ca1_00117684624.pdf'],
    ['United States District Court for the District of Arizona', 'gov.uscourts.azd.1085839.3.0.pdf'],
  ])('names the court %s in %s', (name, file) => {
    const court = find(name);
    expect(court.type).toBe('court');
    expect(files(court)).toContain(file);
  });

  it.each<[string, EntityType, string[]]>([
    ['Department of Commerce', 'agency', []],
    ['Office of Science and Technology Policy', 'agency', ['OSTP']],
    ['Office of Management and Budget', 'agency', []],
    ['Bureau of Industry and Security', 'agency', []],
    ['White House', 'agency', []],
    ['Secretary of Commerce', 'person', []],
    ['Calvary Chapel of Bangor', 'organisation', ['Chapel']],
    ['Oklahoma Water Resources Board', 'agency', ['OWRB']],
    ['Red River Compact', 'instrument', ['Compact']],
    ['Public Law 116-94', 'instrument', []],
    ['Oklahoma', 'country', []],
    ['Maine', 'country', []],
  ])('suggests %s as %s', (name, type, aliases) => {
    const c = find(name);
    expect(c.type).toBe(type);
    expect(c.aliases).toEqual(expect.arrayContaining(aliases));
  });

  it('joins a name the typesetter broke at a line end and counts it whole', () => {
    const louisiana = find('Louisiana');
    expect(louisiana.aliases).toEqual([]);
    expect(louisiana.occurrences.some((o) => o.text === 'Louisiana' && o.end - o.start > 'Louisiana'.length)).toBe(true);
  });

  it('leaves out print slugs, running heads and citation abbreviations', () => {
    const names = result.candidates.map((c) => c.name);
    for (const noise of [
      'VerDate',
      'Presidential Documents',
      'Jkt',
      'PRESDOC',
      'App',
      'Okla',
      'Cir.',
      'Stat.',
      'Syllabus',
      'Opinion of the Court',
      'Schedule A',
    ])
      expect(names).not.toContain(noise);
  });
});
