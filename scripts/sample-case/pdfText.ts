// Test helper: the text of every page of a PDF, as pdf.js (the app's own reader) extracts it,
// rebuilt into lines by baseline so tests can match line starts like "Sec. 2." or "12.".
import { fileURLToPath } from 'node:url';

type TextItem = { str: string; transform: number[] };

// Standard 14 fonts are not embedded in the sample PDFs; pdf.js reads their metrics from here.
const STANDARD_FONTS = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));

export type PdfText = { title: string | null; pages: string[][] };

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js transfers (detaches) the buffer it is given: pass a copy. (pdfjs-dist 6 no longer
  // has an isEvalSupported option: it never evaluates font code as JavaScript.)
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: string };
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const rows = new Map<number, { x: number; str: string }[]>();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const { str, transform } = item as TextItem;
        const y = Math.round(transform[5] ?? 0);
        const row = rows.get(y) ?? [];
        row.push({ x: transform[4] ?? 0, str });
        rows.set(y, row);
      }
      const lines = [...rows.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, row]) =>
          row
            .sort((a, b) => a.x - b.x)
            .map((r) => r.str)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter((l) => l.length > 0);
      pages.push(lines);
    }
    return { title: info.Title ?? null, pages };
  } finally {
    await task.destroy();
  }
}
