import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../../test/support/parseCsv';
import { COMPARISON_CSV_COLUMNS, comparisonToCsv } from './comparisonCsv';
import { fixtureModel, HOSTILE, NOTE_QUOTE, PRIMARY_QUOTE, SAMPLE_QUOTE } from './outputFixtures';

const col = (name: (typeof COMPARISON_CSV_COLUMNS)[number]) => COMPARISON_CSV_COLUMNS.indexOf(name);

describe('comparisonToCsv', () => {
  const csv = comparisonToCsv(fixtureModel());
  const rows = parseCsv(csv);
  const find = (regime: string, question: string) =>
    rows.find((r) => r[col('regime')]!.startsWith(regime) && r[col('question')]!.startsWith(question))!;

  it('starts with a BOM, ends every line with CRLF, and has a header and one row per dimension × regime', () => {
    expect(csv.startsWith('\uFEFFgroup,question,regime,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...COMPARISON_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3 * 3);
    for (const row of rows) expect(row).toHaveLength(COMPARISON_CSV_COLUMNS.length);
  });

  it('goes row by row in the view’s order, regimes left to right', () => {
    expect(rows.slice(1).map((r) => `${r[col('group')]}|${r[col('question')]!.slice(0, 12)}|${r[col('regime')]!.slice(0, 6)}`)).toEqual([
      'Scope|What trigger|Sample',
      'Scope|What trigger|EAR de',
      'Scope|What trigger|Regime',
      'Scope|Are permanen|Sample',
      'Scope|Are permanen|EAR de',
      'Scope|Are permanen|Regime',
      'Enforcement|Penalties <s|Sample',
      'Enforcement|Penalties <s|EAR de',
      'Enforcement|Penalties <s|Regime',
    ]);
  });

  it('gives each cell its status, its plain detail and its evidence, quotes exactly, one per line', () => {
    const eo = find('Sample', 'What');
    expect(eo[col('short answer')]).toBe('Nationality');
    expect(eo[col('status')]).toBe('Sourced');
    expect(eo[col('differs from baseline')]).toBe('yes');
    expect(eo[col('detail')]).toBe('Follows the person, wherever located.\n\n- even abroad');
    expect(eo[col('evidence quotes')]).toBe(`${PRIMARY_QUOTE}\n${SAMPLE_QUOTE}`);
    expect(eo[col('evidence citations')]).toBe('EO 14320 § 2(d), 90 FR 35393 (Executive Order 14320)\nLetter ¶ 3 (Commerce letter (reconstruction))');
    expect(eo[col('source kinds')]).toBe('Primary text\nStudy note or other secondary source — a paraphrase, not the law’s text');
  });

  it('labels a paraphrase as such and defuses a quote that starts like a formula', () => {
    const ear = find('EAR', 'What');
    expect(ear[col('status')]).toBe('Paraphrased');
    expect(ear[col('differs from baseline')]).toBe('no');
    expect(ear[col('evidence quotes')]).toBe(`'${NOTE_QUOTE}`);
    expect(ear[col('source kinds')]).toBe('Study note or other secondary source — a paraphrase, not the law’s text');
  });

  it('keeps hostile text as text, defuses formula starts in any field', () => {
    const bad = find('Regime', 'What');
    expect(bad[col('regime')]).toBe(`Regime ${HOSTILE}`);
    expect(bad[col('jurisdiction')]).toBe(`'=HYPERLINK("evil")`);
    expect(bad[col('status')]).toBe('Disputed');
    expect(find('EAR', 'Penalties')[col('short answer')]).toBe(`'+ up to $300,000 per violation`);
    // Every field that starts with a formula trigger carries the apostrophe.
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('marks broken evidence: an orphaned clause and a deleted one both need review', () => {
    expect(find('Sample', 'Are')[col('status')]).toBe('Needs review');
    const gone = find('EAR', 'Are');
    expect(gone[col('status')]).toBe('Needs review');
    expect(gone[col('evidence citations')]).toBe('An evidence clause was deleted: review this cell');
    expect(gone[col('evidence quotes')]).toBe('');
  });

  it('writes a position never filled in as an unsourced empty cell, and leaves "differs" empty without a baseline', () => {
    const never = find('Regime', 'Are');
    expect(never.slice(col('short answer'))).toEqual(['', 'Unsourced', 'no', '', '', '', '']);
    const noBaseline = parseCsv(comparisonToCsv(fixtureModel({ baseline: undefined })));
    for (const row of noBaseline.slice(1)) expect(row[col('differs from baseline')]).toBe('');
  });
});
