// Parser for the sample case's tiny source markup (resources/sample-case/sources/*.md).
//
// Plain JavaScript with JSDoc types, not TypeScript: the CLI must run under plain Node 20,
// and Node 20.20 rejects --experimental-strip-types. parse.d.mts gives the tests the types.
//
// Markup, one construct per line (blank lines end a paragraph):
//   %% comment             ignored (notes to the author, never printed)
//   @header: text          running head printed at the top of every page
//   ## Heading / ### Sub    headings (Helvetica-Bold)
//   ^ text                 a centred line (caption, signature block); not joined with the next
//   > text                 a notice paragraph (italic, ruled), e.g. the reconstruction notice;
//                          plain lines after it continue it, as in Markdown
//   ---                    a horizontal rule
//   1. text / (a) text     a marked paragraph with a hanging indent; two leading spaces per
//                          level of indentation, so "  (a)" is level 1 and "    (i)" level 2
//   **Lead.** text         a bold run at the start of any paragraph or centred line
// Any other line continues the paragraph above it (or starts one).

/** @typedef {{ kind: 'heading', level: 2 | 3, text: string, line: number }} HeadingBlock */
/** @typedef {{ kind: 'paragraph', indent: number, marker: string | null, lead: string | null, text: string, line: number }} ParagraphBlock */
/** @typedef {{ kind: 'center', lead: string | null, text: string, line: number }} CenterBlock */
/** @typedef {{ kind: 'notice', text: string, line: number }} NoticeBlock */
/** @typedef {{ kind: 'rule', line: number }} RuleBlock */
/** @typedef {HeadingBlock | ParagraphBlock | CenterBlock | NoticeBlock | RuleBlock} Block */
/** @typedef {{ header: string | null, blocks: Block[] }} ParsedSource */

// Section numbers, (a)/(i)/(1) subsections and "A." list letters; anything longer is text.
const MARKER = /^(\d{1,3}\.|\([a-z]{1,4}\)|\(\d{1,2}\)|[A-Z]\.)\s+(.*)$/;
const LEAD = /^\*\*(.+?)\*\*\s*(.*)$/;

/**
 * The characters the generator may print. The PDFs use pdf-lib's StandardFonts, which encode
 * WinAnsi only; keeping to printable ASCII plus the section sign avoids silent look-alikes
 * (curly quotes, dashes) that would make quotes copied from the PDF differ from the source.
 * @param {string} text
 * @param {string} where  file and line, for the error message
 */
export function assertPrintable(text, where) {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || ch === '\u00a7') continue;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`${where}: character U+${hex} is not allowed; use plain ASCII (or "\u00a7").`);
  }
}

/**
 * @param {string} line
 * @returns {{ lead: string | null, text: string }}
 */
function splitLead(line) {
  const m = LEAD.exec(line);
  return m ? { lead: m[1] ?? '', text: m[2] ?? '' } : { lead: null, text: line };
}

/**
 * Parses one source file. Throws naming the file and line on anything it cannot print.
 * @param {string} source
 * @param {string} [name]  file name used in error messages
 * @returns {ParsedSource}
 */
export function parseSource(source, name = 'source') {
  /** @type {Block[]} */
  const blocks = [];
  /** @type {string | null} */
  let header = null;
  /** @type {ParagraphBlock | NoticeBlock | null} */
  let open = null; // the paragraph that a plain next line continues

  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const where = `${name}:${lineNo}`;
    const trimmed = raw.trim();
    if (trimmed.startsWith('%%')) return;
    assertPrintable(raw, where);
    if (trimmed === '') {
      open = null;
      return;
    }
    if (trimmed.startsWith('@header:')) {
      header = trimmed.slice('@header:'.length).trim();
      open = null;
      return;
    }
    const heading = /^(#{2,3})\s+(.*)$/.exec(trimmed);
    if (heading) {
      const level = heading[1] === '##' ? 2 : 3;
      blocks.push({ kind: 'heading', level, text: heading[2] ?? '', line: lineNo });
      open = null;
      return;
    }
    if (trimmed.startsWith('#')) throw new Error(`${where}: only "##" and "###" headings exist (the title comes from manifest.json).`);
    if (trimmed === '---') {
      blocks.push({ kind: 'rule', line: lineNo });
      open = null;
      return;
    }
    if (trimmed.startsWith('^')) {
      blocks.push({ kind: 'center', ...splitLead(trimmed.slice(1).trim()), line: lineNo });
      open = null;
      return;
    }
    if (trimmed.startsWith('>')) {
      const text = trimmed.slice(1).trim();
      if (open && open.kind === 'notice') open.text += ' ' + text;
      else {
        open = { kind: 'notice', text, line: lineNo };
        blocks.push(open);
      }
      return;
    }
    const indentSpaces = raw.length - raw.trimStart().length;
    const marked = MARKER.exec(trimmed);
    if (marked || !open) {
      if (indentSpaces % 2 !== 0) throw new Error(`${where}: indent by two spaces per level.`);
      const body = marked ? (marked[2] ?? '') : trimmed;
      const { lead, text } = splitLead(body);
      open = { kind: 'paragraph', indent: indentSpaces / 2, marker: marked ? (marked[1] ?? null) : null, lead, text, line: lineNo };
      blocks.push(open);
      return;
    }
    open.text += ' ' + trimmed;
  });
  return { header, blocks };
}

/**
 * The printable text of a block, as a reader would see it (marker and lead included).
 * @param {Block} block
 * @returns {string}
 */
export function blockText(block) {
  switch (block.kind) {
    case 'heading':
    case 'notice':
      return block.text;
    case 'center':
      return [block.lead, block.text].filter(Boolean).join(' ');
    case 'paragraph':
      return [block.marker, block.lead, block.text].filter(Boolean).join(' ');
    case 'rule':
      return '';
  }
}
