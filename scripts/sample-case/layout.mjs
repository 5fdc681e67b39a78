// Page layout for the sample case: wraps parsed blocks to the text width using the fonts' own
// metrics, paginates, and adds the running head and the footer (the illustrative-document mark
// and "Page N of M"). Layout is pure data (pages of drawing operations) so it can be tested
// without writing a PDF, and so the page count M is known before any footer is drawn.

/** @typedef {import('./parse.mjs').Block} Block */
/** @typedef {'roman' | 'bold' | 'italic' | 'heading' | 'sans'} FontKey */
/** @typedef {{ widthOfTextAtSize(text: string, size: number): number }} Metrics */
/** @typedef {Record<FontKey, Metrics>} FontSet */
/** @typedef {{ kind: 'text', x: number, y: number, text: string, font: FontKey, size: number }} TextOp */
/** @typedef {{ kind: 'line', x1: number, y1: number, x2: number, y2: number, thickness: number }} LineOp */
/** @typedef {TextOp | LineOp} Op */
/** @typedef {{ ops: Op[] }} Page */
/** @typedef {{ word: string, font: FontKey }} Token */

/** US Letter with one-inch margins; the body stops short of the header and footer bands. */
export const PAGE = { width: 612, height: 792, margin: 72, bodyTop: 720, bodyBottom: 72 };

/** Printed on every page: the issue requires every page to say what the document is. */
export const ILLUSTRATIVE_MARK = 'ILLUSTRATIVE STUDY DOCUMENT - not an official text. Clausebench sample case.';

const BODY = { font: /** @type {FontKey} */ ('roman'), size: 11, leading: 14.5, after: 6 };
const TITLE = { size: 15, leading: 19, after: 8 };
const HEADINGS = { 2: { size: 11.5, leading: 15, before: 10, after: 4 }, 3: { size: 10.5, leading: 14, before: 8, after: 3 } };
const NOTICE = { size: 10, leading: 13, pad: 6 };
const INDENT = 22; // per level of (a)/(i) nesting, and the minimum marker column
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * Splits runs of text into words, each remembering its font.
 * @param {{ text: string, font: FontKey }[]} runs
 * @returns {Token[]}
 */
export function tokenize(runs) {
  return runs.flatMap((run) =>
    run.text
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => ({ word, font: run.font })),
  );
}

/**
 * Greedy line breaking: as many words as fit within maxWidth; a single word wider than the
 * line is cut by characters so nothing is ever drawn outside the margins.
 * @param {Token[]} tokens
 * @param {number} maxWidth
 * @param {number} size
 * @param {FontSet} fonts
 * @returns {Token[][]}
 */
export function wrapTokens(tokens, maxWidth, size, fonts) {
  const w = (/** @type {string} */ s, /** @type {FontKey} */ f) => fonts[f].widthOfTextAtSize(s, size);
  /** @type {Token[][]} */
  const lines = [];
  /** @type {Token[]} */
  let line = [];
  let width = 0;
  const queue = [...tokens];
  while (queue.length > 0) {
    const tok = /** @type {Token} */ (queue.shift());
    const prev = line[line.length - 1];
    const add = (prev ? w(' ', prev.font) : 0) + w(tok.word, tok.font);
    if (width + add <= maxWidth) {
      line.push(tok);
      width += add;
      continue;
    }
    if (line.length > 0) {
      lines.push(line);
      line = [];
      width = 0;
      queue.unshift(tok);
      continue;
    }
    // An over-long word alone on a line: keep the longest prefix that fits (at least one char).
    let cut = tok.word.length - 1;
    while (cut > 1 && w(tok.word.slice(0, cut), tok.font) > maxWidth) cut--;
    lines.push([{ word: tok.word.slice(0, cut), font: tok.font }]);
    queue.unshift({ word: tok.word.slice(cut), font: tok.font });
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Text operations for one line, one per run of same-font words. Each run but the last keeps
 * its trailing space so text extracted from the PDF reads as it was written.
 * @param {Token[]} line
 * @param {number} x
 * @param {number} y  baseline
 * @param {number} size
 * @param {FontSet} fonts
 * @returns {TextOp[]}
 */
function lineOps(line, x, y, size, fonts) {
  /** @type {TextOp[]} */
  const ops = [];
  let cx = x;
  line.forEach((tok, i) => {
    const last = ops[ops.length - 1];
    const text = tok.word + (i < line.length - 1 ? ' ' : '');
    if (last && last.font === tok.font) last.text += text;
    else ops.push({ kind: 'text', x: cx, y, text, font: tok.font, size });
    cx += fonts[tok.font].widthOfTextAtSize(text, size);
  });
  return ops;
}

/** @param {Token[]} line @param {number} size @param {FontSet} fonts */
function lineWidth(line, size, fonts) {
  return lineOps(line, 0, 0, size, fonts).reduce((sum, op) => sum + fonts[op.font].widthOfTextAtSize(op.text, size), 0);
}

/**
 * Lays a document out into pages. The title is printed at the top of the first page.
 * @param {{ title: string, blocks: Block[] }} doc
 * @param {FontSet} fonts
 * @returns {Page[]}
 */
export function layoutBody(doc, fonts) {
  /** @type {Page[]} */
  const pages = [{ ops: [] }];
  let y = PAGE.bodyTop;
  const page = () => /** @type {Page} */ (pages[pages.length - 1]);
  const newPage = () => {
    pages.push({ ops: [] });
    y = PAGE.bodyTop;
  };
  /** Starts a new page unless `height` points still fit (never on an empty page). */
  const need = (/** @type {number} */ height) => {
    if (y - height < PAGE.bodyBottom && y < PAGE.bodyTop) newPage();
  };
  const rule = (/** @type {number} */ at) =>
    page().ops.push({ kind: 'line', x1: PAGE.margin, y1: at, x2: PAGE.width - PAGE.margin, y2: at, thickness: 0.5 });

  /**
   * Draws wrapped lines, breaking pages between lines.
   * @param {Token[][]} lines @param {{ size: number, leading: number }} st
   * @param {(line: Token[], index: number) => number} xOf
   * @param {(index: number) => TextOp[]} [extra]  ops drawn beside a line (a paragraph marker)
   */
  const flow = (lines, st, xOf, extra) => {
    lines.forEach((line, i) => {
      need(st.leading);
      const baseline = y - st.size;
      // The marker first: text extraction (pdf.js, search, quotes) reads in drawing order, and
      // "(a) The term ..." must not come out as "The term ...(a)".
      for (const op of extra ? extra(i) : []) page().ops.push({ ...op, y: baseline });
      page().ops.push(...lineOps(line, xOf(line, i), baseline, st.size, fonts));
      y -= st.leading;
    });
  };

  const titleLines = wrapTokens(tokenize([{ text: doc.title, font: 'heading' }]), TEXT_WIDTH, TITLE.size, fonts);
  flow(titleLines, TITLE, () => PAGE.margin);
  y -= 2;
  rule(y);
  y -= TITLE.after + 4;

  /** @type {Block['kind'] | null} */
  let previous = null;
  for (const block of doc.blocks) {
    // A group of centred lines (a caption, a letterhead) is set off from the text after it.
    if (previous === 'center' && block.kind !== 'center' && block.kind !== 'rule') y -= BODY.after;
    previous = block.kind;
    if (block.kind === 'heading') {
      const st = HEADINGS[block.level];
      const lines = wrapTokens(tokenize([{ text: block.text, font: 'heading' }]), TEXT_WIDTH, st.size, fonts);
      // Keep a heading with the first two lines of what follows it.
      need(st.before + lines.length * st.leading + st.after + 2 * BODY.leading);
      if (y < PAGE.bodyTop) y -= st.before;
      flow(lines, st, () => PAGE.margin);
      y -= st.after;
    } else if (block.kind === 'rule') {
      need(12);
      rule(y - 4);
      y -= 12;
    } else if (block.kind === 'notice') {
      const lines = wrapTokens(tokenize([{ text: block.text, font: 'italic' }]), TEXT_WIDTH - 2 * NOTICE.pad, NOTICE.size, fonts);
      need(Math.min(lines.length, 3) * NOTICE.leading + 2 * NOTICE.pad);
      rule(y);
      y -= NOTICE.pad;
      flow(lines, NOTICE, () => PAGE.margin + NOTICE.pad);
      rule(y);
      y -= NOTICE.pad + BODY.after;
    } else if (block.kind === 'center') {
      const runs = [...(block.lead ? [{ text: block.lead, font: /** @type {FontKey} */ ('bold') }] : []), { text: block.text, font: BODY.font }];
      const lines = wrapTokens(tokenize(runs), TEXT_WIDTH, BODY.size, fonts);
      flow(lines, BODY, (line) => PAGE.margin + (TEXT_WIDTH - lineWidth(line, BODY.size, fonts)) / 2);
      y -= 2;
    } else {
      const left = PAGE.margin + block.indent * INDENT;
      const markerWidth = block.marker ? fonts.roman.widthOfTextAtSize(block.marker, BODY.size) : 0;
      const textX = block.marker ? left + Math.max(INDENT, markerWidth + 6) : left;
      const runs = [...(block.lead ? [{ text: block.lead, font: /** @type {FontKey} */ ('bold') }] : []), { text: block.text, font: BODY.font }];
      const lines = wrapTokens(tokenize(runs), PAGE.width - PAGE.margin - textX, BODY.size, fonts);
      const marker = block.marker;
      /** @type {(i: number) => TextOp[]} */
      const extra = (i) => (i === 0 && marker ? [{ kind: 'text', x: left, y: 0, text: marker, font: 'roman', size: BODY.size }] : []);
      flow(lines, BODY, () => textX, extra);
      y -= BODY.after;
    }
  }
  return pages;
}

/**
 * Adds the running head and the footer to every page. Pure: returns new pages.
 * @param {Page[]} pages
 * @param {string} header
 * @param {FontSet} fonts
 * @returns {Page[]}
 */
export function decoratePages(pages, header, fonts) {
  const total = pages.length;
  const right = PAGE.width - PAGE.margin;
  return pages.map((p, i) => {
    const pageNo = `Page ${i + 1} of ${total}`;
    const pageNoX = right - fonts.sans.widthOfTextAtSize(pageNo, 8);
    /** @type {Op[]} */
    const ops = [
      { kind: 'text', x: PAGE.margin, y: 752, text: header, font: 'sans', size: 8 },
      { kind: 'line', x1: PAGE.margin, y1: 746, x2: right, y2: 746, thickness: 0.5 },
      ...p.ops,
      { kind: 'line', x1: PAGE.margin, y1: 54, x2: right, y2: 54, thickness: 0.5 },
      { kind: 'text', x: PAGE.margin, y: 42, text: ILLUSTRATIVE_MARK, font: 'sans', size: 8 },
      { kind: 'text', x: pageNoX, y: 42, text: pageNo, font: 'sans', size: 8 },
    ];
    return { ops };
  });
}
