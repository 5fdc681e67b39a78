/**
 * The comparison brief's stylesheet, added after the case brief's (core/caseBrief BRIEF_CSS: fonts,
 * quotes, notices, footer, and print rules that repeat table headers and keep rows whole). What it
 * adds: a wider page for the matrix, one look per status that does not rest on colour (a sign and
 * a word, and a border style of its own: solid, dashed, dotted, double, thick; the colours are
 * the Compare view's, features/compare/matrix.css), and landscape
 * pages on paper, whichever size the printer uses (A4 or Letter).
 */
export const COMPARISON_BRIEF_CSS = `
body.comparison-brief { max-width: 78rem; }
.legend dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0; font-size: 0.9rem; }
.legend dt, .legend dd { margin: 0; }
.legend .principle { margin: 0.6rem 0 0; font-size: 0.9rem; }
/* Sized in em, so a mark in the small print of the matrix stays as small as the answer beside it. */
.mark { display: inline-block; white-space: nowrap; font: 600 0.8em system-ui, sans-serif; padding: 0 0.25em; border: 1px solid currentColor; border-radius: 3px; }
table.matrix .mark { margin-top: 0.15em; }
.mark.st-sourced { color: #145c36; border: 1px solid #1e7a4a; background: #e6f4ec; }
.mark.st-paraphrased { color: #4a3d8f; border: 1px dashed #6a5cb8; background: #f3f1fb; font-style: italic; }
.mark.st-unsourced { color: #4d535c; border: 1px dotted #7b818b; background: #f1f2f3; }
.mark.st-disputed { color: #6b4400; border: 2px solid #c98a00; background: #fff1cc; }
.mark.st-needs-review { color: #fff; border: 1px solid #a3261b; background: #a3261b; }
.matrix-wrap { overflow-x: auto; }
table.matrix { table-layout: fixed; font-size: 0.8rem; }
table.matrix caption { text-align: left; font-size: 0.85rem; color: #444; padding-bottom: 0.3rem; }
table.matrix th:first-child { width: 15rem; }
table.matrix thead th { vertical-align: bottom; }
table.matrix tbody th { border-bottom: 1px solid #ccc; }
table.matrix .juris { display: block; font-weight: normal; color: #555; }
table.matrix .baseline { display: block; font-weight: normal; font-style: italic; }
table.matrix tr.group th { background: #eee; border-bottom: 1px solid #999; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; }
table.matrix td { border-left: 4px solid transparent; overflow-wrap: anywhere; hyphens: auto; }
table.matrix td .answer { display: block; margin-bottom: 0.2rem; color: inherit; text-decoration: none; }
table.matrix td a.answer { text-decoration: underline; text-decoration-color: #bbb; }
table.matrix td.st-sourced { border-left: 4px solid #1e7a4a; }
table.matrix td.st-paraphrased { border-left: 4px dashed #6a5cb8; font-style: italic; }
table.matrix td.st-unsourced { border-left: 4px dotted #7b818b; color: #444; background: repeating-linear-gradient(135deg, #fff 0 7px, #f0f1f3 7px 9px); }
table.matrix td.st-disputed { border-left: 4px double #c98a00; background: #fff8e5; }
table.matrix td.st-needs-review { border-left: 4px solid #a3261b; outline: 2px solid #a3261b; outline-offset: -2px; }
td .differs { display: block; font: 600 0.85em system-ui, sans-serif; color: #1a1a1a; }
.dimension h3 .group-name { display: block; font-weight: normal; font-size: 0.8rem; color: #555; text-transform: uppercase; letter-spacing: 0.05em; }
.dimension h3 { margin-top: 1.6rem; font-size: 1.1rem; }
.cell { margin: 0 0 1rem; padding: 0.5rem 0 0.5rem 0.9rem; border-left: 4px solid #a0a0a0; }
.cell.st-sourced { border-left: 4px solid #1e7a4a; }
.cell.st-paraphrased { border-left: 4px dashed #6a5cb8; }
.cell.st-unsourced { border-left: 4px dotted #7b818b; }
.cell.st-disputed { border-left: 4px double #c98a00; }
.cell.st-needs-review { border-left: 6px solid #a3261b; }
.cell h4 { margin: 0 0 0.3rem; font: 600 1rem system-ui, sans-serif; }
.cell h4 .mark { font-size: 0.75em; vertical-align: 0.1em; }
.cell .short { margin: 0 0 0.3rem; }
.cell .detail { font-size: 0.95em; }
.cell .detail > :first-child { margin-top: 0; }
.cell .none { color: #555; font-style: italic; font-size: 0.9em; margin: 0.2rem 0; }
.evidence { margin: 0.5rem 0 0; }
.evidence figure { margin: 0 0 0.6rem; }
.evidence blockquote { margin: 0 0 0.2rem; padding-left: 0.6rem; border-left: 2px solid #ccc; font-size: 1.02em; }
.evidence blockquote p { white-space: pre-line; }
.evidence figcaption { font: 0.85em system-ui, sans-serif; color: #222; }
.kind { display: inline-block; margin-left: 0.3rem; padding: 0 0.3rem; border-radius: 3px; font-size: 0.88em; }
.kind-primary { border: 1px solid #1e7a4a; color: #145c36; }
.kind-secondary { border: 1px dashed #6a5cb8; color: #4a3d8f; }
@page { size: landscape; margin: 12mm 12mm 14mm; }
@media print {
  body.comparison-brief { font-size: 9.5pt; }
  .matrix-wrap { overflow: visible; }
  table.matrix { font-size: 7.5pt; }
  table.matrix th:first-child { width: 22%; }
  table.matrix td a.answer { text-decoration: none; }
  .cell, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  .dimension h3, .cell h4 { break-after: avoid; page-break-after: avoid; }
  .mark, .kind, td, .cell { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
