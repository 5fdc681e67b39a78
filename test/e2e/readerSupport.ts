/**
 * Helpers for the reader suites (reader*.spec.ts): PDFs the reader needs that makeTextPdf does not
 * make (page labels, links, an outline, a scanned page), opening a document in the reader, and
 * reading where the text layer and the drawn text are.
 */
import { deflateSync, crc32 } from 'node:zlib';
import { PDFDocument, PDFName, PDFNull, PDFNumber, PDFString, StandardFonts, type PDFRef } from 'pdf-lib';
import type { Locator, Page } from '@playwright/test';
import { chooseFiles, documentRows, expect, importSummary, type UploadFile } from './fixtures';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/** Imports one file and opens it; resolves when page 1 (or `waitPage`) is drawn. */
export async function importAndOpen(page: Page, file: UploadFile | string, title: string | RegExp, waitPage = 1): Promise<Locator> {
  await chooseFiles(page, [file]);
  await importSummary(page);
  return openFromLibrary(page, title, waitPage);
}

/**
 * Opens a document from the Documents table by its title (import may propose a title from the
 * text: pass a RegExp) and waits until page `waitPage` is drawn (null: do not wait).
 */
export async function openFromLibrary(page: Page, title: string | RegExp, waitPage: number | null = 1): Promise<Locator> {
  await documentRows(page)
    .getByRole('button', { name: title, exact: typeof title === 'string' })
    .first()
    .click();
  const viewer = page.getByRole('region', { name: 'Document viewer' });
  if (waitPage !== null) await expect(pageElement(page, waitPage).locator('.canvasWrapper canvas')).toBeAttached({ timeout: 30_000 });
  return viewer;
}

export function pageElement(page: Page, n: number): Locator {
  return page.locator(`.pdfViewer .page[data-page-number="${n}"]`);
}

export function pageField(page: Page): Locator {
  return page.getByRole('region', { name: 'Document viewer' }).getByRole('textbox', { name: 'Page' });
}

export async function goToPage(page: Page, query: string): Promise<void> {
  await pageField(page).fill(query);
  await pageField(page).press('Enter');
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The text-layer span holding `text` on page `n`, and the box (in CSS pixels, page coordinates)
 * of the dark pixels the canvas drew in a band around it: the drawn line.
 */
export async function spanAndInk(page: Page, n: number, text: string): Promise<{ span: Box; ink: Box | null }> {
  return page.evaluate(
    ({ n, text }) => {
      const pageDiv = document.querySelector(`.pdfViewer .page[data-page-number="${n}"]`);
      const canvas = pageDiv?.querySelector<HTMLCanvasElement>('.canvasWrapper canvas');
      const span = [...(pageDiv?.querySelectorAll<HTMLElement>('.textLayer span') ?? [])].find((s) => s.textContent?.includes(text));
      if (!pageDiv || !canvas || !span) throw new Error(`page ${n}: no canvas or no span with “${text}”`);
      const c = canvas.getBoundingClientRect();
      const s = span.getBoundingClientRect();
      const sx = canvas.width / c.width;
      const sy = canvas.height / c.height;
      // Look a little beyond the span on every side (less than the gap to the next line), so
      // ink that spills out of the span is seen; rotated text runs along the longer side.
      const thick = Math.min(s.width, s.height);
      const along = thick * 1.0;
      const across = thick * 0.25;
      const [padX, padY] = s.width >= s.height ? [along, across] : [across, along];
      const x0 = Math.max(0, Math.floor((s.left - c.left - padX) * sx));
      const x1 = Math.min(canvas.width, Math.ceil((s.right - c.left + padX) * sx));
      const y0 = Math.max(0, Math.floor((s.top - c.top - padY) * sy));
      const y1 = Math.min(canvas.height, Math.ceil((s.bottom - c.top + padY) * sy));
      const data = canvas.getContext('2d')?.getImageData(x0, y0, x1 - x0, y1 - y0);
      if (!data) throw new Error('canvas cannot be read');
      let ink: { left: number; top: number; right: number; bottom: number } | null = null;
      for (let y = 0; y < data.height; y++) {
        for (let x = 0; x < data.width; x++) {
          const i = (y * data.width + x) * 4;
          if ((data.data[i] ?? 255) + (data.data[i + 1] ?? 255) + (data.data[i + 2] ?? 255) > 3 * 128) continue;
          const px = c.left + (x0 + x) / sx;
          const py = c.top + (y0 + y) / sy;
          ink = ink
            ? {
                left: Math.min(ink.left, px),
                top: Math.min(ink.top, py),
                right: Math.max(ink.right, px + 1 / sx),
                bottom: Math.max(ink.bottom, py + 1 / sy),
              }
            : { left: px, top: py, right: px + 1 / sx, bottom: py + 1 / sy };
        }
      }
      return { span: { left: s.left, top: s.top, right: s.right, bottom: s.bottom }, ink };
    },
    { n, text },
  );
}

/** A PDF whose /PageLabels number its pages i, ii, then 1, 2, ... then A-1, A-2 (an appendix). */
export async function makeLabelledPdf(): Promise<Buffer> {
  const pdf = await base('Labelled book');
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (let n = 1; n <= 8; n++) pdf.addPage([612, 792]).drawText(`Sheet ${n} of the labelled book.`, { x: 72, y: 720, size: 12, font });
  pdf.catalog.set(PDFName.of('PageLabels'), pdf.context.obj({ Nums: [0, { S: 'r' }, 2, { S: 'D' }, 6, { S: 'D', P: PDFString.of('A-') }] }));
  return save(pdf);
}

/**
 * Six pages; page 1 has a link to page 5 and a link to https://example.org/rule; an outline
 * ("Part one" -> page 2, "Part two" -> page 4 with a child "Details" -> page 6); and an attached
 * file, exhibit-a.txt.
 */
export async function makeLinkedPdf(): Promise<Buffer> {
  const pdf = await base('Linked memo');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = Array.from({ length: 6 }, (_, i) => {
    const p = pdf.addPage([612, 792]);
    p.drawText(`Memo page ${i + 1}.`, { x: 72, y: 720, size: 14, font });
    return p;
  });
  const first = pages[0]!;
  first.drawText('Go to page five', { x: 72, y: 650, size: 14, font });
  first.drawText('Open the rule online', { x: 72, y: 600, size: 14, font });
  const dest = (i: number) => pdf.context.obj([pages[i]!.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]);
  const internal = pdf.context.register(
    pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [70, 645, 200, 665], Border: [0, 0, 0], Dest: dest(4) }),
  );
  const external = pdf.context.register(
    pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [70, 595, 230, 615],
      Border: [0, 0, 0],
      A: { S: 'URI', URI: PDFString.of('https://example.org/rule') },
    }),
  );
  first.node.set(PDFName.of('Annots'), pdf.context.obj([internal, external]));

  const outlines = pdf.context.nextRef();
  const [one, two, details] = [pdf.context.nextRef(), pdf.context.nextRef(), pdf.context.nextRef()];
  const item = (title: string, parent: PDFRef, page: number, extra: Record<string, unknown>) =>
    pdf.context.obj({ Title: PDFString.of(title), Parent: parent, Dest: dest(page), ...extra });
  pdf.context.assign(one, item('Part one', outlines, 1, { Next: two }));
  pdf.context.assign(two, item('Part two', outlines, 3, { Prev: one, First: details, Last: details, Count: PDFNumber.of(1) }));
  pdf.context.assign(details, item('Details', two, 5, {}));
  pdf.context.assign(outlines, pdf.context.obj({ Type: 'Outlines', First: one, Last: two, Count: PDFNumber.of(3) }));
  pdf.catalog.set(PDFName.of('Outlines'), outlines);
  await pdf.attach(Buffer.from('Exhibit A: the licence terms.\n'), 'exhibit-a.txt', {
    mimeType: 'text/plain',
    description: 'Licence terms',
    creationDate: FIXED_DATE,
    modificationDate: FIXED_DATE,
  });
  return save(pdf);
}

/** Two pages: page 1 text; page 2 a full-page grey "scan" image with no text (flagged at import). */
export async function makeScannedPdf(): Promise<Buffer> {
  const pdf = await base('Scanned exhibit');
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  pdf.addPage([612, 792]).drawText('Exhibit cover page with ordinary text on it for the reader.', { x: 72, y: 720, size: 12, font });
  const png = await pdf.embedPng(greyPng(153, 198));
  pdf.addPage([612, 792]).drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  return save(pdf);
}

/** A PNG of stripes of grey ink, like a scanned page of text (enough ink to count as content). */
function greyPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = y % 6 < 2 && x > 10 && x < width - 10 ? 60 : 245;
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function base(title: string): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer('clausebench tests');
  pdf.setTitle(title);
  return pdf;
}

async function save(pdf: PDFDocument): Promise<Buffer> {
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
