// The bench's input: a 500-page text PDF of dense, legal-looking prose (about 40 body lines a
// page, sections, lettered paragraphs, a running head and a page footer, and a "left blank"
// page closing each Part), made with pdf-lib. Same bytes every run (fixed dates, a seeded
// generator, no random ids), so figures from different runs and machines describe one input;
// the bench prints its SHA-256 to show it. Run alone to write it out:
//   node scripts/bench/makeBenchPdf.mjs /tmp/bench.pdf
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const PAGE = { width: 612, height: 792, margin: 72 };
const BODY = { size: 10.5, leading: 16, top: 712, lines: 40 };
const TITLE = 'Synthetic Export Control Regulations on Advanced AI Models';
const RUNNING_HEAD = `ILLUSTRATIVE BENCH DOCUMENT - synthetic text, not an official regulation. ${TITLE}`;
/** A Part ends every this many pages with a page that is blank but for its notice (realistic, and it exercises the image check of short pages). */
const PART_PAGES = 50;

// Phrases recombined into sentences: the vocabulary and rhythm of regulatory text, not a real one.
const SUBJECTS = [
  'A covered developer', 'The Secretary', 'Each licensee', 'Any person subject to this part', 'The Bureau',
  'A foreign national', 'The exporter of record', 'An authorized recipient', 'The Under Secretary', 'Each covered entity',
];
const VERBS = [
  'shall not release', 'may authorize the transfer of', 'shall maintain records of', 'shall notify the Bureau of',
  'may not provide access to', 'shall certify compliance with respect to', 'shall submit a report describing',
  'may request an advisory opinion concerning', 'shall ensure that no person obtains', 'shall retain for five years',
];
const OBJECTS = [
  'the weights of any covered model', 'technical data relating to a dual-use foundation model',
  'any model trained using more than 10^26 integer or floating-point operations',
  'source code, parameters, or training data described in paragraph (b) of this section',
  'cloud computing services used to train a covered model', 'the results of red-team testing under Sec. 4.2',
  'documentation of safety evaluations conducted before deployment', 'any license issued under this subpart',
];
const QUALIFIERS = [
  'except as provided in paragraph (c) of this section', 'unless a license has been issued under Sec. 744.23',
  'within 30 days after the effective date of this rule', 'to any foreign national, wherever located',
  'in accordance with the procedures set out in part 750 of this chapter', 'notwithstanding any other provision of this part',
  'for the purposes of this subpart', 'without the prior written authorization of the Bureau',
];

/** mulberry32: tiny seeded generator, so the "random" text is the same every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}, ${pick(QUALIFIERS)}.`;
}

/** Greedy wrap to the text width with the font's own metrics. */
function wrap(text, font, size, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** An endless stream of body lines: section headings, then lettered paragraphs of 2-5 sentences. */
function* bodyLines(random, font, width) {
  for (let section = 1; ; section++) {
    yield `Sec. ${section}. ${['Definitions', 'Prohibitions', 'Licence requirements', 'Exemptions', 'Recordkeeping', 'Penalties'][section % 6]}.`;
    const paragraphs = 3 + Math.floor(random() * 5);
    for (let p = 0; p < paragraphs; p++) {
      const label = `(${String.fromCharCode(97 + p)})`;
      const count = 2 + Math.floor(random() * 4);
      const text = Array.from({ length: count }, () => sentence(random)).join(' ');
      yield* wrap(`${label} ${text}`, font, BODY.size, width);
    }
  }
}

/** @returns {Promise<{ bytes: Buffer, sha256: string, pages: number, linesPerPage: number, name: string }>} */
export async function makeBenchPdf(pages = 500) {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer('clausebench bench');
  pdf.setCreator('clausebench bench');
  pdf.setTitle(TITLE);
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const width = PAGE.width - 2 * PAGE.margin;
  const lines = bodyLines(seeded(20260101), font, width);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    page.drawText(RUNNING_HEAD, { x: PAGE.margin, y: 752, size: 7.5, font });
    page.drawText(`Page ${n} of ${pages}`, { x: PAGE.width / 2 - 24, y: 40, size: 9, font });
    if (n % PART_PAGES === 0) {
      page.drawText('[Reserved]', { x: PAGE.width / 2 - 20, y: 400, size: 10.5, font });
      continue;
    }
    for (let i = 0; i < BODY.lines; i++) {
      const text = lines.next().value;
      page.drawText(text, { x: PAGE.margin, y: BODY.top - i * BODY.leading, size: BODY.size, font: text.startsWith('Sec. ') ? bold : font });
    }
  }
  const bytes = Buffer.from(await pdf.save({ useObjectStreams: false }));
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages,
    linesPerPage: BODY.lines,
    name: 'bench-500-pages.pdf',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  const made = await makeBenchPdf();
  if (out) await writeFile(out, made.bytes);
  console.log(`${made.pages} pages, ${made.bytes.length} bytes, sha256 ${made.sha256}${out ? `, written to ${out}` : ''}`);
}
