import { describe, expect, it } from 'vitest';
import { buildComparisonModel } from './comparisonModel';
import { renderComparisonBriefHtml } from './comparisonBriefHtml';
import { comparisonFileName, fullCitation } from './comparisonOutput';
import { cells, evidence, fixtureInput, fixtureModel, NOTE_QUOTE, PRIMARY_QUOTE, SAMPLE_QUOTE } from './outputFixtures';

/** Anything that would make a browser fetch or run something. */
const EXTERNAL = [
  /https?:/i,
  /<[^>]*\ssrc\s*=/i,
  /<script/i,
  /<link/i,
  /<img/i,
  /<iframe/i,
  /<object/i,
  /url\(/i,
  /@import/i,
  /<[^>]*\son[a-z]+\s*=/i,
  /<[^>]*href="(?!#)/i,
];

const html = renderComparisonBriefHtml(fixtureInput());

describe('renderComparisonBriefHtml', () => {
  it('contains every cited quote exactly, as its source text, each followed by its citation and source kind', () => {
    for (const item of evidence.values()) {
      expect(html).toContain(`<blockquote><p>${item.quote}</p></blockquote>`);
      expect(html).toContain(`<figcaption>— <cite>${fullCitation(item)}</cite>`);
    }
    // Quotation marks inside a quote are kept as printed, not turned into entities.
    expect(html).toContain(PRIMARY_QUOTE);
    expect(html).toContain(NOTE_QUOTE);
    expect(html).toContain(SAMPLE_QUOTE);
    expect(html).toContain('<cite>EO 14320 § 2(d), 90 FR 35393 (Executive Order 14320)</cite> <span class="kind kind-primary">Primary text</span>');
    expect(html).toContain(
      '<cite>Study note on deemed exports, p. 2</cite> <span class="kind kind-secondary">Study note or other secondary source — a paraphrase, not the law’s text</span>',
    );
    // The sample document's quote is marked illustrative, and the notice says what that means.
    expect(html).toContain('<cite>Letter ¶ 3 (Commerce letter (reconstruction))</cite><span class="badge">illustrative</span>');
    expect(html).toContain('<p class="notice">Evidence marked “illustrative” comes from the sample case');
  });

  it('is one self-contained document: its own CSP, one inline stylesheet, no script, no external address', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    for (const pattern of EXTERNAL) expect(html).not.toMatch(pattern);
  });

  it('escapes hostile names, answers, questions and details: nothing of them becomes markup', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<h1>Deemed exports &amp; AI models</h1>');
    expect(html).toContain(
      'Case: Legion v. Commerce &lt;script&gt;alert("x")&lt;/script&gt; &amp; "quoted" \'single\' &lt;img src=x onerror=alert(1)&gt;.',
    );
    expect(html).toContain('<th scope="col">Regime &lt;script&gt;alert("x")&lt;/script&gt;');
    expect(html).toContain('<a class="answer" href="#cell-3">Nationality &lt;script&gt;');
    expect(html).toContain('<th scope="row">Penalties &lt;script&gt;');
    // Without a renderer, a detail is escaped text with its line breaks.
    expect(html).toContain('<div class="detail">\n<p>See &lt;script&gt;alert("x")&lt;/script&gt;');
    expect(html).toContain('<p>Follows the **person**, wherever located.<br>\n<br>\n- even abroad</p>');
    // The made-at attribute is escaped as an attribute.
    const attr = renderComparisonBriefHtml({ ...fixtureInput(), madeAt: { iso: '"><script>x</script>', text: 'then' } });
    expect(attr).toContain('<time datetime="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">then</time>');
  });

  it('renders details through the given sanitiser', () => {
    const rendered = renderComparisonBriefHtml(fixtureInput(), { detailHtml: (md) => `<p>[rendered ${md.length}]</p>` });
    expect(rendered).toContain(`<div class="detail">\n<p>[rendered ${cells[0]!.detail.length}]</p>\n</div>`);
    expect(rendered).not.toContain('**person**');
  });

  it('states the date made, the counts and a legend of every status that says a paraphrase is not the law’s text', () => {
    expect(html).toContain('Made on <time datetime="2026-07-04T09:30:00.000Z">4 July 2026 at 09:30</time>: 3 regimes × 3 questions;');
    expect(html).toContain('of 9 cells, 1 sourced, 1 paraphrased, 4 unsourced, 1 disputed, 2 needing review.');
    for (const [status, label, sign] of [
      ['sourced', 'Sourced', '§'],
      ['paraphrased', 'Paraphrased', '≈'],
      ['unsourced', 'Unsourced', '○'],
      ['disputed', 'Disputed', '⚑'],
      ['needs-review', 'Needs review', '⚠'],
    ]) {
      expect(html).toContain(`<dt><span class="mark st-${status}">${sign} ${label}</span></dt>`);
    }
    expect(html).toContain('A paraphrase is not the law’s text');
  });

  it('has a matrix with a column per regime (baseline marked), group rows, and every cell’s answer and status', () => {
    const table = html.slice(html.indexOf('<table class="matrix">'), html.indexOf('</table>'));
    expect(table.match(/<th scope="col">/g)).toHaveLength(1 + 3);
    expect(table).toContain('EAR deemed exports <span class="juris">United States</span> <span class="baseline">baseline</span>');
    expect(table.match(/<tr class="group">/g)).toHaveLength(2);
    expect(table.match(/<th scope="row">/g)).toHaveLength(3);
    expect(table.match(/<td class="st-/g)).toHaveLength(9);
    expect(table).toContain(
      '<td class="st-sourced"><a class="answer" href="#cell-1">Nationality</a> <span class="mark st-sourced">§ Sourced</span> <span class="differs">≠ baseline</span></td>',
    );
    expect(table).toContain(
      '<td class="st-paraphrased"><a class="answer" href="#cell-2">Release in the US</a> <span class="mark st-paraphrased">≈ Paraphrased</span></td>',
    );
    // A position never filled in: a dash, unsourced, no link.
    expect(table).toContain('<td class="st-unsourced"><span class="answer">—</span> <span class="mark st-unsourced">○ Unsourced</span></td>');
  });

  it('gives each filled cell an article reached from the matrix, with broken evidence called out', () => {
    const ids = [...html.matchAll(/<article class="cell st-[a-z-]+" id="(cell-\d+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['cell-1', 'cell-2', 'cell-3', 'cell-4', 'cell-5', 'cell-6']);
    for (const id of ids) expect(html).toContain(`href="#${id}"`);
    expect(html).toContain('An evidence clause was deleted: review this cell.');
    expect(html).toContain('<span class="warning">Not found in the current text of the document: check the quote</span>');
    expect(html).toContain('<p class="none">No evidence attached.</p>');
  });

  it('prints landscape with the header repeated and rows, cells and quotes kept whole', () => {
    expect(html).toContain('@page { size: landscape;');
    expect(html).toMatch(/@media print \{[\s\S]*thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/@media print \{[\s\S]*\.cell, figure, tr \{ break-inside: avoid;/);
  });

  it('says so when the comparison is empty, without a notice', () => {
    const m = fixtureModel();
    const empty = buildComparisonModel({ comparison: m.comparison, regimes: [], dimensions: [], cells: [] }, new Map());
    const out = renderComparisonBriefHtml(fixtureInput(empty));
    expect(out).toContain('This comparison has no regimes or no questions yet.');
    expect(out).toContain('No cell holds an answer, a detail or evidence yet.');
    expect(out).not.toContain('class="notice"');
  });
});

describe('comparisonFileName', () => {
  it('names the case and the comparison', () => {
    expect(comparisonFileName('Légion v. Commerce', 'Deemed exports & AI', 'html')).toBe(
      'clausebench-legion-v-commerce-deemed-exports-ai-comparison-brief.html',
    );
    expect(comparisonFileName('Légion v. Commerce', 'Deemed exports & AI', 'csv')).toBe(
      'clausebench-legion-v-commerce-deemed-exports-ai-comparison.csv',
    );
    expect(comparisonFileName('', '', 'md')).toBe('clausebench-case-comparison-comparison.md');
  });
});
