import { describe, expect, it } from 'vitest';
import { buildComparisonModel } from './comparisonModel';
import { comparisonToMarkdown } from './comparisonMarkdown';
import { fixtureInput, fixtureModel, ORPHAN_QUOTE, SAMPLE_QUOTE } from './outputFixtures';

describe('comparisonToMarkdown', () => {
  const md = comparisonToMarkdown(fixtureInput());
  const lines = md.split('\n');

  it('opens with the title, the case and the date made, then the legend', () => {
    expect(lines[0]).toBe('# Comparison: Deemed exports & AI models');
    expect(md).toContain('Case: Legion v. Commerce \\<script\\>alert("x")\\</script\\>');
    expect(md).toContain('Made 4 July 2026 at 09:30 · 3 regimes × 3 questions.');
    expect(md).toContain('a study note or other secondary source is a paraphrase, not the law’s text');
    for (const s of ['§ **Sourced**', '≈ **Paraphrased**', '○ **Unsourced**', '⚑ **Disputed**', '⚠ **Needs review**'])
      expect(md).toContain(`- ${s}: `);
    expect(md).toContain('Baseline: EAR deemed exports;');
    expect(md).toContain('> **Note:** Evidence marked “illustrative” comes from the sample case');
  });

  it('has a matrix table: a header with every regime, a row per question with each answer and status', () => {
    const start = lines.indexOf('## Matrix') + 2;
    const table = lines.slice(start, lines.indexOf('', start));
    expect(table).toHaveLength(2 + 3);
    expect(table[0]).toBe(
      '| Group | Question | Sample executive order | EAR deemed exports (baseline) | Regime \\<script\\>alert("x")\\</script\\> & "quoted" \'single\' \\<img src=x onerror=alert(1)\\> |',
    );
    expect(table[1]).toBe('| --- | --- | --- | --- | --- |');
    expect(table[2]).toBe(
      '| Scope | What triggers control? | Nationality (§ Sourced) ≠ baseline | Release in the US (≈ Paraphrased) | Nationality \\<script\\>alert("x")\\</script\\> & "quoted" \'single\' \\<img src=x onerror=alert(1)\\> (⚑ Disputed) ≠ baseline |',
    );
    expect(table[3]).toBe('| Scope | Are permanent residents covered? | Yes (⚠ Needs review) ≠ baseline | No (⚠ Needs review) | — (○ Unsourced) |');
    // Every row has as many cells as the header.
    for (const row of table) expect(row.replace(/\\\|/g, '').split(' | ')).toHaveLength(5);
  });

  it('gives each filled cell a section with its detail and blockquoted evidence followed by citation and source kind', () => {
    expect(md).toContain(
      '### Scope: What triggers control?\n\n#### Sample executive order — § Sourced\n\n**Short answer:** Nationality *(differs from the baseline)*',
    );
    expect(md).toContain('Follows the **person**, wherever located.\n\n- even abroad');
    expect(md).toContain(
      `> The term "foreign person" means any natural person who is not a “U.S. person,” wherever located (§ 2(d)).\n\n— EO 14320 § 2(d), 90 FR 35393 (Executive Order 14320) · *Primary text*`,
    );
    expect(md).toContain(
      `> ${SAMPLE_QUOTE}\n\n— Letter ¶ 3 (Commerce letter (reconstruction)) · *Study note or other secondary source — a paraphrase, not the law’s text*`,
    );
    expect(md).toContain(
      `> ${ORPHAN_QUOTE}\n\n— EO 14320 § 4 (Executive Order 14320) · *Primary text* · **Not found in the current text of the document: check the quote**`,
    );
    expect(md).toContain('*An evidence clause was deleted: review this cell.*');
    expect(md).toContain('#### EAR deemed exports — ○ Unsourced\n\n**Short answer:** \\+ up to $300,000 per violation\n\n*No evidence attached.*');
  });

  it('keeps a hostile detail from breaking out: raw HTML and headings are escaped', () => {
    expect(md).toContain('See &lt;script>alert("x")&lt;/script> & "quoted" \'single\' &lt;img src=x onerror=alert(1)>');
    // Any "<" left is backslash-escaped: a Markdown viewer shows it as text.
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);
  });

  it('leaves out empty cells from the sections, and says so when nothing is filled in', () => {
    expect(md.match(/^#### /gm)).toHaveLength(6);
    const empty = fixtureModel();
    const bare = buildComparisonModel({ comparison: empty.comparison, regimes: empty.regimes, dimensions: empty.dimensions, cells: [] }, new Map());
    const out = comparisonToMarkdown(fixtureInput(bare));
    expect(out).toContain('*No cell holds an answer, a detail or evidence yet.*');
    expect(out).not.toContain('> **Note:**');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });
});
