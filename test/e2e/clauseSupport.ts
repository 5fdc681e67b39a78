/**
 * Helpers for the clause suites: select words in the text layer with the mouse (as a user drags),
 * find the boxes of words and of highlights, and make the documents the tests annotate.
 */
import type { Locator, Page } from '@playwright/test';
import { makeTextPdf } from '../fixtures/makePdf';
import { expect } from './fixtures';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a substring of the text layer is on screen (union of its boxes), page `n`. */
export async function textBox(page: Page, n: number, text: string): Promise<Box & { first: Box; last: Box }> {
  const box = await page.evaluate(
    ({ n, text }) => {
      const layer = document.querySelector(`.pdfViewer .page[data-page-number="${n}"] .textLayer`);
      if (!layer) return null;
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rects = [...range.getClientRects()];
        const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        const first = document.createRange();
        first.setStart(node, at);
        first.setEnd(node, at + 1);
        const last = document.createRange();
        last.setStart(node, at + text.length - 1);
        last.setEnd(node, at + text.length);
        return {
          left: Math.min(...rects.map((r) => r.left)),
          top: Math.min(...rects.map((r) => r.top)),
          right: Math.max(...rects.map((r) => r.right)),
          bottom: Math.max(...rects.map((r) => r.bottom)),
          first: box(first.getBoundingClientRect()),
          last: box(last.getBoundingClientRect()),
        };
      }
      return null;
    },
    { n, text },
  );
  if (!box) throw new Error(`"${text}" is not in the text layer of page ${n}`);
  return box;
}

/** Drags the mouse from the first character of `from` to the last of `to` (page n, or pages n and m). */
export async function dragSelect(page: Page, from: { page: number; text: string }, to: { page: number; text: string }): Promise<void> {
  const start = (await textBox(page, from.page, from.text)).first;
  const end = (await textBox(page, to.page, to.text)).last;
  // A third into the first character: its left edge can lie under the box of the span before it.
  await page.mouse.move(start.left + (start.right - start.left) / 3, (start.top + start.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move((start.left + end.right) / 2, (start.top + end.bottom) / 2, { steps: 4 });
  // Just inside the last character's right edge (a quarter of it at most: a full stop is narrow).
  await page.mouse.move(end.right - Math.min(1, (end.right - end.left) / 4), (end.top + end.bottom) / 2, { steps: 4 });
  await page.mouse.up();
}

/** The union box of a clause's highlight elements on page n (null when none is drawn). */
export async function highlightBox(page: Page, clauseId: string, n?: number): Promise<Box | null> {
  return page.evaluate(
    ({ clauseId, n }) => {
      const scope = n ? `.pdfViewer .page[data-page-number="${n}"] ` : '';
      const els = [...document.querySelectorAll(`${scope}.cb-hl[data-clause-id="${clauseId}"]`)].map((e) => e.getBoundingClientRect());
      if (els.length === 0) return null;
      return {
        left: Math.min(...els.map((r) => r.left)),
        top: Math.min(...els.map((r) => r.top)),
        right: Math.max(...els.map((r) => r.right)),
        bottom: Math.max(...els.map((r) => r.bottom)),
      };
    },
    { clauseId, n },
  );
}

/** Asserts two boxes agree within `tolerance` CSS pixels on every side. */
export function expectSameBox(actual: Box | null, expected: Box, tolerance = 3): void {
  expect(actual, 'a highlight is drawn').not.toBeNull();
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    expect(Math.abs((actual as Box)[side] - expected[side]), `${side}: ${(actual as Box)[side]} vs ${expected[side]}`).toBeLessThanOrEqual(tolerance);
  }
}

export function clausesList(page: Page): Locator {
  return page.getByRole('list', { name: 'Clauses' });
}

/** Fills and saves the "New clause" dialog. */
export async function saveNewClause(page: Page, fields: { type?: string; label?: string; comment?: string; tags?: string }): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'New clause' });
  await expect(dialog).toBeVisible();
  if (fields.type) await dialog.getByLabel('Clause type').selectOption({ label: fields.type });
  if (fields.label !== undefined) await dialog.getByLabel('Label').fill(fields.label);
  if (fields.comment !== undefined) await dialog.getByLabel('Comment').fill(fields.comment);
  if (fields.tags !== undefined) await dialog.getByLabel('Tags').fill(fields.tags);
  await dialog.getByRole('button', { name: 'Save clause' }).click();
  await expect(dialog).toBeHidden();
}

export const ORDER_LINES = {
  1: [
    'Sec. 1. Purpose. The policy of this order is to protect advanced models.',
    'Sec. 2. Prohibition. A covered developer shall not share a covered',
    'model with any foreign national, wherever that person is located.',
    'Sec. 3. Approval. The Secretary may approve a request in writing.',
  ],
  2: ['Sec. 4. Enforcement. The Secretary shall enforce this order.', 'Sec. 5. General provisions. Nothing in this order impairs other law.'],
} as const;

/** A two-page order whose words the clause tests select. */
export function makeOrderPdf(): Promise<Buffer> {
  return makeTextPdf({ pages: 2, title: 'Test order on model sharing', lines: (n) => [...ORDER_LINES[n as 1 | 2]] });
}

/**
 * The same order amended: a page of findings inserted before it, "in writing" changed to "within
 * thirty days", and the whole of Sec. 4 removed.
 */
export function makeAmendedOrderPdf(): Promise<Buffer> {
  const pages: string[][] = [
    ['Findings. The amended order restates the policy after public comment.', 'This page was inserted before the order.'],
    [...ORDER_LINES[1].slice(0, 3), 'Sec. 3. Approval. The Secretary may approve a request within thirty days.'],
    ['Sec. 5. General provisions. Nothing in this order impairs other law.'],
  ];
  return makeTextPdf({ pages: 3, title: 'Test order on model sharing, amended', lines: (n) => pages[n - 1] ?? [] });
}

/**
 * A one-page PDF that carries a highlight made in another reader: over the words "shall not share"
 * of its second line, with a note. Made with pdf-lib's low-level objects (no appearance stream:
 * Clausebench reads the quadrilaterals, not the drawing).
 */
export async function makeHighlightedPdf(): Promise<Buffer> {
  const { PDFDocument, PDFName, PDFString, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const fixed = new Date('2026-01-01T00:00:00Z');
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  pdf.setTitle('Memo with a highlight');
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const page = pdf.addPage([612, 792]);
  page.drawText('Memo on the order.', { x: 72, y: 720, size: 11, font });
  const before = 'A covered developer ';
  const marked = 'shall not share';
  page.drawText(`${before}${marked} a covered model abroad.`, { x: 72, y: 704, size: 11, font });
  const x1 = 72 + font.widthOfTextAtSize(before, 11);
  const x2 = x1 + font.widthOfTextAtSize(marked, 11);
  const [y1, y2] = [702, 714];
  const annot = pdf.context.register(
    pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: [x1, y1, x2, y2],
      QuadPoints: [x1, y2, x2, y2, x1, y1, x2, y1],
      Contents: PDFString.of('The core prohibition'),
      T: PDFString.of('Reviewer'),
      C: [1, 1, 0],
    }),
  );
  page.node.set(PDFName.of('Annots'), pdf.context.obj([annot]));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
