/**
 * The brief's one stylesheet, inlined in the file so it needs nothing else to look right: system
 * fonts only (no web fonts, no url()), readable on screen, and on paper with clauses kept whole
 * on a page, headings kept with what follows and the documents table's header repeated.
 */
export const BRIEF_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto;
  max-width: 52rem;
  padding: 2rem 1.5rem 4rem;
  font: 16px/1.5 Georgia, "Times New Roman", Times, serif;
  color: #1a1a1a;
  background: #fff;
}
h1, h2, h3, .kicker, .meta, .cite, table, .contents, .generated, .notice, .doc-sub {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: #555; }
h1 { margin: 0.2rem 0 0.6rem; font-size: 1.9rem; line-height: 1.2; }
h2 { margin: 2.2rem 0 0.8rem; font-size: 1.35rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
h2 .count { font-weight: normal; font-size: 0.9rem; color: #555; }
h3 { margin: 0 0 0.4rem; font-size: 1rem; }
h3 .doc { font-weight: normal; font-size: 0.9rem; color: #444; }
.generated { color: #333; margin: 0 0 0.4rem; font-size: 0.95rem; }
.notice { margin: 0.6rem 0 0; padding: 0.5rem 0.75rem; border-left: 4px solid #8a5a00; background: #fbf5e6; font-size: 0.9rem; }
.badge { display: inline-block; margin-left: 0.4rem; padding: 0 0.35rem; border: 1px solid #8a5a00; border-radius: 3px; color: #6b4500; font-size: 0.75rem; font-weight: normal; font-family: system-ui, sans-serif; vertical-align: 0.1em; }
.doc-sub { margin: -0.4rem 0 1rem; color: #444; font-size: 0.9rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.85rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #ccc; }
th { border-bottom: 2px solid #1a1a1a; }
td.num, th.num { text-align: right; }
th:first-child { width: 34%; }
.contents ol { margin: 0; padding-left: 1.4rem; columns: 2; column-gap: 2rem; font-size: 0.95rem; }
.contents a { color: inherit; }
.clause { margin: 0 0 1.25rem; padding: 0.6rem 0 0.6rem 0.9rem; border-left: 4px solid #a0a0a0; }
blockquote { margin: 0.2rem 0 0.3rem; font-size: 1.02rem; }
blockquote p { margin: 0; }
.cite { margin: 0; font-size: 0.9rem; color: #222; }
.cite .note { color: #6b4500; }
.comment { margin: 0.5rem 0 0; padding: 0.4rem 0.6rem; background: #f4f4f4; font-size: 0.92rem; }
.comment > :first-child { margin-top: 0; }
.comment > :last-child { margin-bottom: 0; }
.comment-head { font: 600 0.75rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.06em; color: #555; margin: 0 0 0.2rem; }
.meta { margin: 0.35rem 0 0; font-size: 0.8rem; color: #555; }
.warning { color: #8b1a1a; font-weight: 600; }
.empty { color: #555; font-style: italic; }
footer { margin-top: 3rem; font-size: 0.8rem; color: #555; font-family: system-ui, sans-serif; }
@page { margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { margin-top: 1.4rem; }
  h1, h2, h3, .doc-sub { break-after: avoid; page-break-after: avoid; }
  .clause, tr, .notice { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .contents { break-inside: avoid; page-break-inside: avoid; }
  .contents a { text-decoration: none; }
  .clause, .notice, .comment, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
