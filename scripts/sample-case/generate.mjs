// Builds the sample case's PDFs from resources/sample-case (manifest.json + sources/*.md).
//
// The SHA-256 of a PDF is the document's identity in the app, so the output must be the same
// bytes on every run and machine: every metadata field pdf-lib would fill from the clock or its
// own name is set here explicitly, the fonts are the standard 14 (never embedded, so no subset
// randomness), and the xref layout is fixed (useObjectStreams: false, on every save).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { assertPrintable, parseSource } from './parse.mjs';
import { PAGE, ILLUSTRATIVE_MARK, layoutBody, decoratePages } from './layout.mjs';

/** @typedef {import('./layout.mjs').FontKey} FontKey */
/**
 * @typedef {{ fileName: string, title: string, kind: string, issuer: string, date: string,
 *   citation: string, jurisdiction: string, assumptions: string[] }} ManifestDocument
 * @typedef {{ caseName: string, notice: string, documents: ManifestDocument[] }} Manifest
 */

/** resources/sample-case/, resolved from this file so the CLI works from any directory. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../resources/sample-case/', import.meta.url));

// Deliberately artificial (not a date of the case) so nobody reads it as one; fixed because a
// clock-derived date would change the bytes, and with them the document's identity.
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
const PRODUCER = 'Clausebench sample-case generator (pdf-lib 1.17.1)';
const CREATOR = 'Clausebench scripts/sample-case';

/** @type {Record<FontKey, StandardFonts>} */
const FONT_NAMES = {
  roman: StandardFonts.TimesRoman,
  bold: StandardFonts.TimesRomanBold,
  italic: StandardFonts.TimesRomanItalic,
  heading: StandardFonts.HelveticaBold,
  sans: StandardFonts.Helvetica,
};

/**
 * The source file that holds a document's text: same stem as the PDF, under sources/.
 * @param {string} fileName
 */
export function sourceNameFor(fileName) {
  return fileName.replace(/\.pdf$/, '.md');
}

/** @returns {Promise<Manifest>} */
export async function loadManifest() {
  const text = await readFile(join(SAMPLE_DIR, 'manifest.json'), 'utf8');
  return /** @type {Manifest} */ (JSON.parse(text));
}

/**
 * Renders one document. Throws naming the file when the source cannot be printed.
 * @param {ManifestDocument} entry
 * @param {string} source  the text of its source file
 * @returns {Promise<Uint8Array>}
 */
export async function buildPdf(entry, source) {
  assertPrintable(entry.title, `manifest.json: title of ${entry.fileName}`);
  const parsed = parseSource(source, sourceNameFor(entry.fileName));
  if (!parsed.header) throw new Error(`${sourceNameFor(entry.fileName)}: missing "@header:" line.`);

  // updateMetadata: false stops pdf-lib from stamping its own producer and the current time.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  /** @type {Record<string, import('pdf-lib').PDFFont>} */
  const embedded = {};
  for (const [key, name] of Object.entries(FONT_NAMES)) embedded[key] = await pdf.embedFont(name);
  const fonts = /** @type {Record<FontKey, import('pdf-lib').PDFFont>} */ (embedded);

  if (fonts.sans.widthOfTextAtSize(parsed.header, 8) > PAGE.width - 2 * PAGE.margin) {
    throw new Error(`${sourceNameFor(entry.fileName)}: the @header line is too long for the page.`);
  }
  const pages = decoratePages(layoutBody({ title: entry.title, blocks: parsed.blocks }, fonts), parsed.header, fonts);
  for (const p of pages) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    for (const op of p.ops) {
      if (op.kind === 'text') page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: fonts[op.font], color: rgb(0, 0, 0) });
      else page.drawLine({ start: { x: op.x1, y: op.y1 }, end: { x: op.x2, y: op.y2 }, thickness: op.thickness, color: rgb(0.4, 0.4, 0.4) });
    }
  }

  pdf.setTitle(entry.title, { showInWindowTitleBar: true });
  // The author is the project, never a real person: these are the project's own reconstructions.
  pdf.setAuthor('Clausebench sample case (illustrative)');
  pdf.setSubject(ILLUSTRATIVE_MARK);
  pdf.setKeywords(['Clausebench', 'sample case', 'illustrative study document', entry.kind]);
  pdf.setProducer(PRODUCER);
  pdf.setCreator(CREATOR);
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setLanguage('en-US');
  return pdf.save({ useObjectStreams: false });
}

/**
 * Generates every document of the manifest, in manifest order.
 * Invariant: the same manifest and sources give the same bytes, run after run.
 * @returns {Promise<{ fileName: string, bytes: Uint8Array }[]>}
 */
export async function generateSampleCase() {
  const manifest = await loadManifest();
  /** @type {{ fileName: string, bytes: Uint8Array }[]} */
  const out = [];
  for (const entry of manifest.documents) {
    const source = await readFile(join(SAMPLE_DIR, 'sources', sourceNameFor(entry.fileName)), 'utf8');
    out.push({ fileName: entry.fileName, bytes: await buildPdf(entry, source) });
  }
  return out;
}
