import { describe, expect, it } from 'vitest';
import { HOSTILE, briefDocuments, briefItems } from './briefFixtures';
import { escapeMarkdownInline } from './escape';
import { buildCaseBrief, type BriefGrouping } from './model';
import { renderCaseBriefHtml } from './renderHtml';
import { renderCaseBriefMarkdown } from './renderMarkdown';

function brief(grouping: BriefGrouping) {
  return buildCaseBrief({
    caseName: `Case ${HOSTILE}`,
    generatedAt: '2026-07-01T09:30:00.000Z',
    generatedAtText: '1 July 2026, 11:30',
    grouping,
    documents: briefDocuments,
    items: briefItems,
    sampleNotice: 'Illustrative study documents; not official texts.',
  });
}

/** Anything that would make a browser fetch or run something. */
const EXTERNAL = [
  /https?:\/\//i,
  /<[^>]*\ssrc\s*=/i,
  /<script/i,
  /<link/i,
  /<img/i,
  /<iframe/i,
  /url\(/i,
  /@import/i,
  /<[^>]*\son[a-z]+\s*=/i,
  /<[^>]*href="(?!#)/i,
];

describe('renderCaseBriefHtml', () => {
  const html = renderCaseBriefHtml(brief('type'));

  it('escapes every hostile string: nothing of it becomes markup', () => {
    for (const pattern of EXTERNAL) expect(html).not.toMatch(pattern);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
    expect(html).toContain('<title>Case brief: Case &lt;script&gt;');
  });

  it('is one self-contained document with print rules and no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/@media print \{[^}]*[\s\S]*\.clause[^{]*\{[^}]*break-inside: avoid/);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('gives each quote with its pinpoint citation, and marks illustrative quotes', () => {
    expect(html).toContain('<blockquote><p>“shall not share any covered model”</p></blockquote>\n<p class="cite">— EO 14999 § 3(b)</p>');
    expect(html).toContain('<p class="cite">— Reconstruction: Commerce letter <span class="note">(illustrative reconstruction)</span></p>');
    // A quote's line break is kept.
    expect(html).toContain('means<br>\nany person');
    expect(html).toContain('Not found in the current text');
    expect(html).toContain(
      'Generated from the analyst’s clauses on <time datetime="2026-07-01T09:30:00.000Z">1 July 2026, 11:30</time>: 6 clauses from 3 documents, grouped by clause type.',
    );
    expect(html).toContain('Illustrative study documents; not official texts.');
  });

  it('orders the type sections as the model does, each linked from the contents', () => {
    const headings = [...html.matchAll(/<h2 id="type-\d-h">([^<]*)/g)].map((m) => m[1]!.trim());
    expect(headings).toEqual(['Definition', 'Prohibition', 'Claim', 'my-own-type']);
    for (let i = 1; i <= 4; i++) expect(html).toContain(`<a href="#type-${i}">`);
  });

  it('lists each clause\u2019s entities with their roles in its meta line, escaped', () => {
    expect(html).toContain('Entities: Northwind Labs (plaintiff); Commerce, Department of (defendant)');
    expect(html).toContain('Entities: Hostile &lt;script&gt;alert(&quot;x&quot;)');
    expect(html.match(/Entities: /g)).toHaveLength(2);
    const md = renderCaseBriefMarkdown(brief('document'));
    expect(md).toContain('*Page 2 · Entities: Northwind Labs (plaintiff); Commerce, Department of (defendant)*');
    expect(md).toContain('Entities: Hostile \\<script\\>alert');
  });

  it('renders comments through the given sanitiser, else as escaped text with line breaks', () => {
    expect(html).toContain('**Bold** point.<br>\n&lt;script&gt;');
    const withMarkdown = renderCaseBriefHtml(brief('type'), { commentHtml: (md) => `<p>[rendered ${md.length}]</p>` });
    expect(withMarkdown).toContain(`<p>[rendered ${briefItems[3]!.clause.comment.length}]</p>`);
  });

  it('by document: one section per document with its metadata and an illustrative badge', () => {
    const byDoc = renderCaseBriefHtml(brief('document'));
    const headings = [...byDoc.matchAll(/<h2 id="doc-\d-h">([^<]*)/g)].map((m) => m[1]!.trim());
    expect(headings).toEqual([
      'Executive Order 14999',
      'Complaint &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39; &lt;img src=x onerror=alert(1)&gt;',
      'Reconstruction: Commerce letter',
    ]);
    expect(byDoc).toContain('Reconstruction: Commerce letter<span class="badge">illustrative</span> <span class="count">1 clause</span>');
    expect(byDoc).toContain('<h3><span class="label">Prohibition: Sec. 3(b)</span></h3>');
    for (const pattern of EXTERNAL) expect(byDoc).not.toMatch(pattern);
  });

  it('says so when there are no clauses', () => {
    const empty = renderCaseBriefHtml(
      buildCaseBrief({ caseName: 'Empty', generatedAt: 'x', grouping: 'type', documents: briefDocuments, items: [] }),
    );
    expect(empty).toContain('No clauses in the chosen documents yet.');
    expect(empty).not.toContain('class="contents"');
  });
});

describe('renderCaseBriefMarkdown', () => {
  const md = renderCaseBriefMarkdown(brief('type'));

  it('writes each quote as a blockquote with its citation after it', () => {
    expect(md).toContain('### Sec. 3(b) · Executive Order 14999\n\n> “shall not share any covered model”\n\n— EO 14999 § 3(b)\n');
    expect(md).toContain('> “The term "covered model" means an advanced model.”');
    expect(md).toContain('> “The term "foreign national" means\n> any person who is not a citizen.”');
    expect(md).toContain('— Reconstruction: Commerce letter (illustrative reconstruction)');
  });

  it('groups under type headings in order and lists the documents in a table', () => {
    const headings = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Documents', 'Definition (2 clauses)', 'Prohibition (2 clauses)', 'Claim (1 clause)', 'my-own-type (1 clause)']);
    expect(md).toContain('| Reconstruction: Commerce letter (illustrative) | Agency letter |');
  });

  it('leaves no raw HTML of a hostile string and no heading smuggled in by a comment', () => {
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/im);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('**Bold** point.\n&lt;script>');
    expect(md).toContain('\n\\# Not a heading');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3}/);
  });
});

describe('renderCaseBriefMarkdown, a comment', () => {
  it('keeps no image to fetch and no heading made by an underline', () => {
    const [first] = briefItems;
    const comment = 'See ![seal](https://example.org/seal.png) and ![ref][r].\nA false title\n===\nAnother\n---\n- a list item stays';
    const md = renderCaseBriefMarkdown(
      buildCaseBrief({
        caseName: 'C',
        generatedAt: 'x',
        grouping: 'document',
        documents: briefDocuments,
        items: [{ ...first!, clause: { ...first!.clause, comment } }],
      }),
    );
    expect(md).toContain('See !\\[seal](https://example.org/seal.png) and !\\[ref][r].');
    expect(md).not.toMatch(/!\[/);
    expect(md).toContain('A false title\n\\===\nAnother\n\\---\n- a list item stays');
  });
});

describe('escapeMarkdownInline', () => {
  it('escapes inline marks and block starts, and joins lines', () => {
    expect(escapeMarkdownInline('# a *b* [c](d) `e` | f')).toBe('\\# a \\*b\\* \\[c\\](d) \\`e\\` \\| f');
    expect(escapeMarkdownInline('- item')).toBe('\\- item');
    expect(escapeMarkdownInline('12. Twelve')).toBe('12\\. Twelve');
    expect(escapeMarkdownInline('a\nb')).toBe('a b');
  });
});
