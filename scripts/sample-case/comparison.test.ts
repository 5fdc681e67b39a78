// The sample comparison (resources/sample-case/comparison.json) against the sample clauses
// (clauses.json) and the sample documents' sources: one cell per regime and question, evidence that
// says what the cell says, unconfirmed points never passed off as sourced, no figure or date that
// the sample documents do not carry, and no quotation put in anyone's mouth.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSampleClauses } from '../../src/renderer/src/core/sampleClauses';
import { parseSampleComparisons } from '../../src/renderer/src/core/sampleComparison';

const SAMPLE = 'resources/sample-case';
const clauses = parseSampleClauses(JSON.parse(readFileSync(join(SAMPLE, 'clauses.json'), 'utf8')));
const file = parseSampleComparisons(JSON.parse(readFileSync(join(SAMPLE, 'comparison.json'), 'utf8')), clauses);
const comparison = file.comparisons[0]!;
const sources = readdirSync(join(SAMPLE, 'sources'))
  .map((name) => readFileSync(join(SAMPLE, 'sources', name), 'utf8'))
  .join('\n');

const readable = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const clauseOf = (id: string) => clauses.clauses.find((c) => c.id === id)!;
const regimeOf = (id: string) => comparison.regimes.find((r) => r.id === id)!;
const dimensionOf = (id: string) => comparison.dimensions.find((d) => d.id === id)!;
const name = (cell: { regimeId: string; dimensionId: string }) => `${regimeOf(cell.regimeId).name} × ${dimensionOf(cell.dimensionId).question}`;
const textOf = (cell: { answer: string; detail: string }) => `${cell.answer}\n${cell.detail}`;
const cellsOf = (regimeName: string) => comparison.cells.filter((c) => regimeOf(c.regimeId).name === regimeName);
const cellAt = (regimeName: string, question: RegExp) => cellsOf(regimeName).find((c) => question.test(dimensionOf(c.dimensionId).question))!;

const REGIMES = [
  'Executive order (sample reconstruction)',
  'EAR deemed-export rules',
  'AI diffusion framework',
  'EU Regulation 2021/821',
  'Canada (EIPA)',
  'UK (Export Control Order 2008)',
  'Malaysia (Strategic Trade Act 2010)',
  'Wassenaar (ITT best practices)',
];
/** The sample documents each regime's cells may cite. */
const DOCUMENTS: Record<string, string[]> = {
  'Executive order (sample reconstruction)': ['01-executive-order.pdf', '02-commerce-letter.pdf', '03-complaint.pdf', '11-chronology.pdf'],
  'EAR deemed-export rules': ['04-note-ear-deemed-exports.pdf'],
  'AI diffusion framework': ['05-note-ai-diffusion-framework.pdf'],
  'EU Regulation 2021/821': ['06-note-eu-2021-821.pdf'],
  'Canada (EIPA)': ['07-note-canada-eipa.pdf'],
  'UK (Export Control Order 2008)': ['08-note-uk-export-control-order.pdf'],
  'Malaysia (Strategic Trade Act 2010)': ['09-note-malaysia-sta.pdf'],
  'Wassenaar (ITT best practices)': ['10-note-wassenaar.pdf'],
};
/** Points the project's facts mark [?] (unconfirmed): wherever a cell mentions one, it says so. */
const UNCONFIRMED = [
  '4819',
  '4821',
  'USD 1 million',
  'Art. 25',
  'member states',
  'Administrative Procedure Act',
  'APA',
  'informed by the competent authority',
];

/** Words that carry meaning: four letters or more, not the commonest function words. */
const STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'which',
  'when',
  'where',
  'their',
  'there',
  'those',
  'these',
  'into',
  'than',
  'them',
  'also',
  'such',
  'text',
  'read',
]);
const keyWords = (s: string) => new Set((readable(s).match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []).filter((w) => w.length >= 4 && !STOP.has(w)));

describe('resources/sample-case/comparison.json', () => {
  it('ships one comparison, "Deemed exports and AI models", with the eight regimes in order', () => {
    expect(file.comparisons).toHaveLength(1);
    expect(comparison.title).toBe('Deemed exports and AI models');
    expect([...comparison.regimes].sort((a, b) => a.order - b.order).map((r) => r.name)).toEqual(REGIMES);
    expect(comparison.regimes.find((r) => r.name === 'AI diffusion framework')?.status).toBe('Contested');
    // No baseline: most cells are unknowns, and an unknown differing from the order's "Not reported"
    // would mark nearly every cell as a difference. The analyst picks one.
    expect(comparison.baselineRegimeId).toBeUndefined();
  });

  it('asks about fourteen questions, grouped, in order', () => {
    expect(comparison.dimensions.length).toBeGreaterThanOrEqual(13);
    expect(comparison.dimensions.length).toBeLessThanOrEqual(16);
    const ordered = [...comparison.dimensions].sort((a, b) => a.order - b.order);
    expect([...new Set(ordered.map((d) => d.group))]).toEqual(['Scope', 'Transfers', 'Carve-outs', 'Reach', 'Enforcement', 'Status']);
    const questions = ordered.map((d) => d.question).join('\n');
    for (const topic of [
      /nationality/,
      /permanent residents/,
      /cloud/,
      /oral/,
      /technical assistance/,
      /weights/,
      /allies/,
      /published/,
      /licen/,
      /extraterritorial/,
      /de minimis/,
      /catch-all/,
      /penalties/,
      /judicial review/,
      /Status and dates/,
    ])
      expect(questions).toMatch(topic);
  });

  it('has exactly one cell for every regime and question', () => {
    for (const r of comparison.regimes)
      for (const d of comparison.dimensions)
        expect(
          comparison.cells.filter((c) => c.regimeId === r.id && c.dimensionId === d.id),
          `${r.name} × ${d.question}`,
        ).toHaveLength(1);
    expect(comparison.cells).toHaveLength(comparison.regimes.length * comparison.dimensions.length);
  });

  it("cites only clauses of clauses.json, from the regime's own documents", () => {
    const ids = new Set(clauses.clauses.map((c) => c.id));
    for (const cell of comparison.cells)
      for (const id of cell.evidenceClauseIds) {
        expect(ids.has(id), name(cell)).toBe(true);
        expect(DOCUMENTS[regimeOf(cell.regimeId).name], `${name(cell)} cites ${clauseOf(id).fileName}`).toContain(clauseOf(id).fileName);
      }
  });

  it("cites a clause only when the clause's words say what the cell says (two or more key words shared)", () => {
    for (const cell of comparison.cells) {
      const said = keyWords(textOf(cell));
      for (const id of cell.evidenceClauseIds) {
        const shared = [...keyWords(clauseOf(id).quote.exact)].filter((w) => said.has(w));
        expect(
          shared.length,
          `${name(cell)} cites ${clauseOf(id).label} (${clauseOf(id).fileName}); shared: ${shared.join(', ')}`,
        ).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('is paraphrased with evidence and unsourced without; "contested" is a reported fact, not the analyst disputing the cell', () => {
    for (const cell of comparison.cells) expect(cell.status, name(cell)).toBe(cell.evidenceClauseIds.length > 0 ? 'paraphrased' : 'unsourced');
    const status = cellsOf('AI diffusion framework').find((c) => name(c) === 'AI diffusion framework × Status and dates')!;
    expect(status.answer).toMatch(/^Contested/);
    expect(status.status).toBe('paraphrased');
    // The honest state of the sample: most cells rest on nothing in the workbench.
    const unsourced = comparison.cells.filter((c) => c.evidenceClauseIds.length === 0);
    expect(unsourced.length).toBeGreaterThan(comparison.cells.length / 2);
  });

  it('says plainly, in every unsourced cell, that the point is not established, not reported or unconfirmed', () => {
    for (const cell of comparison.cells.filter((c) => c.evidenceClauseIds.length === 0))
      expect(cell.answer, name(cell)).toMatch(/^(Not established|Not reported|\[\?\] reported but unconfirmed: )/);
  });

  it('never presents an unconfirmed [?] point as sourced', () => {
    for (const cell of comparison.cells) {
      const text = textOf(cell);
      for (const point of UNCONFIRMED.filter((p) => text.includes(p))) expect(text, `${name(cell)} mentions ${point}`).toMatch(/\[\?\]|Unconfirmed/);
      // The short answer is what a table or a CSV shows alone: it carries the mark itself.
      for (const point of UNCONFIRMED.filter((p) => cell.answer.includes(p)))
        expect(cell.answer, `${name(cell)} answers ${point}`).toMatch(/^\[\?\] /);
      if (cell.answer.includes('[?]')) expect(cell.evidenceClauseIds, name(cell)).toEqual([]);
    }
    // The best-practices document's content is unconfirmed: only its title and year can be cited.
    const wassenaar = cellsOf('Wassenaar (ITT best practices)');
    expect(wassenaar.filter((c) => c.evidenceClauseIds.length > 0).map(name)).toEqual(['Wassenaar (ITT best practices) × Status and dates']);
  });

  it('carries no number (section, date, figure) that the sample documents do not, unless marked unconfirmed', () => {
    const known = new Set(sources.match(/\d+/g));
    for (const cell of comparison.cells) {
      if (/\[\?\]|Unconfirmed/.test(textOf(cell))) continue;
      const numbers = `${textOf(cell)} ${regimeOf(cell.regimeId).instruments.join(' ')}`.match(/\d+/g) ?? [];
      expect(
        numbers.filter((n) => !known.has(n)),
        name(cell),
      ).toEqual([]);
    }
  });

  it("quotes only words of the cell's own evidence, or the name of another question", () => {
    const questions = new Set(comparison.dimensions.map((d) => d.question));
    for (const cell of comparison.cells) {
      const evidence = cell.evidenceClauseIds.map((id) => readable(clauseOf(id).quote.exact));
      for (const [, words] of cell.detail.matchAll(/"([^"]+)"/g)) {
        if (questions.has(words!)) continue;
        expect(
          evidence.some((q) => q.includes(readable(words!))),
          `${name(cell)}: "${words}"`,
        ).toBe(true);
      }
    }
  });

  it('describes the order as the reporting and the reconstruction do: what is reported, what is assumed', () => {
    for (const cell of cellsOf(REGIMES[0]!)) expect(textOf(cell), name(cell)).toMatch(/reported|\[assumed\]/);
    // Where it speaks of the reconstruction's own provisions, it marks them assumed.
    for (const cell of cellsOf(REGIMES[0]!).filter((c) => /reconstruction's Sec\. 2/.test(c.detail)))
      expect(cell.detail, name(cell)).toMatch(/\[assumed\]/);
    // The reporting leaves open whether permanent residents are covered; the EAR say they are not.
    expect(cellAt(REGIMES[0]!, /permanent residents/).answer).toMatch(/not reported/);
    expect(cellAt('EAR deemed-export rules', /permanent residents/).detail).toMatch(/Permanent residents are not covered/);
  });
});
